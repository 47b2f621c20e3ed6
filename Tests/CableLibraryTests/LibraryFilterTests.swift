import Testing

@testable import CableLibrary

@Suite("Library: every filter field")
struct LibraryFilterTests {
    /// Three cables of our own: a TIP-tagged unclassified one citing a State cable, the State cable, a secret one.
    private static func library() throws -> (LibraryFixture, Library) {
        let fixture = LibraryFixture()
        fixture.write(
            "first.txt",
            TestCable.text(
                post: "VALLETTA", number: 12, dateTimeGroup: "031015Z MAR 09", tags: "PGOV KTIP MT",
                subject: "FERRY WORKERS ASK FOR HELP", reference: "STATE 4455",
                paragraphs: [
                    "The harbour police counted 14 stowaways on the night ferry last week, as reftel asked.",
                    "Under Article 12 of the Maritime Code the captain must report every stowaway to the Ministry of "
                        + "Transport within a day.",
                ]))
        fixture.write(
            "second.txt",
            TestCable.text(
                post: "STATE", number: 4455, dateTimeGroup: "020900Z JAN 09", classification: "CONFIDENTIAL",
                subject: "GUIDANCE ON HARBOUR INSPECTIONS",
                paragraphs: ["Posts should report how many inspections the harbour authorities carried out."]))
        fixture.write(
            "third.txt",
            TestCable.text(
                post: "LIMASSOL", number: 7, dateTimeGroup: "151200Z JUN 10", classification: "SECRET",
                tags: "PREL CY", subject: "A QUIET WEEK", reference: "09 STATE 4455",
                paragraphs: ["Nothing of note happened at the marina this week, the stowaways aside."]))
        try fixture.index([fixture.folder])
        return (fixture, try fixture.readable())
    }

    private static func ids(_ library: Library, _ query: String) throws -> [String] {
        try library.list(LibraryQuery(query), sort: .id).map(\.id)
    }

    @Test func everyFieldKeepsTheCablesItNames() throws {
        let (fixture, library) = try LibraryFilterTests.library()
        let cases: [(String, [String])] = [
            ("origin:valletta", ["09VALLETTA12"]),
            ("tag:ktip", ["09VALLETTA12"]),
            ("class:secret", ["10LIMASSOL7"]),
            ("class:>=confidential", ["09STATE4455", "10LIMASSOL7"]),
            ("class:<confidential", ["09VALLETTA12"]),
            ("date:2009", ["09STATE4455", "09VALLETTA12"]),
            ("date:2010-06", ["10LIMASSOL7"]),
            ("date:2009-01..2009-02", ["09STATE4455"]),
            ("subject:harbour", ["09STATE4455"]),
            ("subject:\"quiet week\"", ["10LIMASSOL7"]),
            ("subject:inspection", ["09STATE4455"]),
            ("subject:the", []),
            ("cites:09STATE4455", ["09VALLETTA12", "10LIMASSOL7"]),
            ("cited-by:09VALLETTA12", ["09STATE4455"]),
            ("statute:\"Maritime Code\"", ["09VALLETTA12"]),
            ("statute:12", ["09VALLETTA12"]),
            ("name:\"Ministry of Transport\"", ["09VALLETTA12"]),
            ("stowaways", ["09VALLETTA12", "10LIMASSOL7"]),
            ("stowaway class:secret", ["10LIMASSOL7"]),
            ("harbour -inspections", ["09VALLETTA12"]),
            ("\"harbour authorities\"", ["09STATE4455"]),
            ("insp*", ["09STATE4455"]),
            ("tag:KTIP date:2010", []),
            ("Article", ["09VALLETTA12"]),
            ("MARINA", []),
            ("marina", ["10LIMASSOL7"]),
        ]
        for (query, expected) in cases {
            #expect(try LibraryFilterTests.ids(library, query) == expected, "\(query)")
            #expect(try library.count(LibraryQuery(query)) == expected.count, "\(query)")
        }
        _ = fixture
    }

    @Test func aSearchBesideAFilterFindsTheCablesItsListHolds() throws {
        let (fixture, library) = try LibraryFilterTests.library()
        let queries = [
            "tag:ktip stowaway", "tag:ktip marina", "name:\"Ministry of Transport\" stowaway",
            "name:\"Ministry of Transport\" harbour", "name:\"Ministry of Transport\" marina",
            "tag:ktip date:2009 stowaway",
        ]
        for text in queries {
            let query = try LibraryQuery(text)
            let listed = Set(try library.list(query).map(\.id))
            for ranking in [0, Library.rankedMatchLimit] {
                let found = Set(try library.search(query, limit: 100, ranking: ranking).map(\.cableID))
                #expect(found == listed, "\(text), ranking \(ranking)")
            }
            #expect(try library.count(query, upTo: Library.countedCables) == listed.count, "\(text)")
        }
        #expect(try LibraryFilterTests.ids(library, "name:\"Ministry of Transport\" stowaway") == ["09VALLETTA12"])
        _ = fixture
    }

    @Test func listsAreSortedAndPaged() throws {
        let (fixture, library) = try LibraryFilterTests.library()
        #expect(try library.list(.everything, sort: .date).map(\.id) == ["09STATE4455", "09VALLETTA12", "10LIMASSOL7"])
        #expect(
            try library.list(.everything, sort: .date, descending: true).map(\.id)
                == ["10LIMASSOL7", "09VALLETTA12", "09STATE4455"])
        #expect(try library.list(.everything, sort: .origin).map(\.post) == ["LIMASSOL", "STATE", "VALLETTA"])
        #expect(try library.list(.everything, sort: .id, offset: 1, limit: 1).map(\.id) == ["09VALLETTA12"])
        _ = fixture
    }

    @Test func crossCableLinksAnswerBothWays() throws {
        let (fixture, library) = try LibraryFilterTests.library()
        #expect(try library.citedBy("09state4455").map(\.id) == ["09VALLETTA12", "10LIMASSOL7"])
        let first = try #require(try library.cables(withID: "09VALLETTA12").first)
        let references = try library.references(of: first.key)
        #expect(references.map(\.cableID) == ["09STATE4455"] && references[0].inLibrary)
        #expect(references[0].mentions == 1, "reftel in the first paragraph")
        let third = try #require(try library.cables(withID: "10LIMASSOL7").first)
        #expect(try library.references(of: third.key).allSatisfy(\.inLibrary))
        #expect(try !library.contains(cableID: "09STATE4456"))
        #expect(try library.summary().absentReferences == 0)
        _ = fixture
    }

    @Test func figuresKeepTheirNumbersAsNumbers() throws {
        let (fixture, library) = try LibraryFilterTests.library()
        let figures = try library.figures(LibraryQuery("origin:VALLETTA"))
        let stowaways = try #require(figures.first { $0.counted?.contains("stowaways") == true })
        #expect(stowaways.value == 14 && stowaways.kind == "count" && stowaways.unitID == "1")
        #expect(try library.figures(LibraryQuery("origin:VALLETTA"), actions: ["nothing counted so"]).isEmpty)
        _ = fixture
    }

    @Test func hitCountsGiveTheMatchingUnitsOfEachCable() throws {
        let (fixture, library) = try LibraryFilterTests.library()
        let query = try LibraryQuery("stowaway")
        let cables = try library.list(query)
        let counts = try library.hitCounts(query, cables: cables.map(\.key))
        #expect(cables.map { counts[$0.key] } == [2, 1])
        let hits = try library.search(query)
        #expect(hits.count == 3 && hits.allSatisfy { $0.snippet.contains(LibraryHit.highlightStart) })
        _ = fixture
    }

    @Test func aSearchesCountOfCablesStopsOnePastItsLimit() throws {
        let (fixture, library) = try LibraryFilterTests.library()
        let expected = ["stowaway": 2, "tag:KTIP stowaway": 1, "Stowaways": 0, "harbour": 2, "class:secret harbour": 0]
        for (text, cables) in expected {
            let query = try LibraryQuery(text)
            #expect(try library.count(query) == cables, "\(text)")
            #expect(try library.count(query, upTo: 5) == cables, "\(text)")
            #expect(try library.count(query, upTo: 1) == min(cables, 2), "\(text)")
        }
        #expect(try library.count(LibraryQuery("harbour"), upTo: 0) == 1)
        _ = fixture
    }

    @Test func aCountBesideFiltersIsExactUpToItsLimitAndStopsOnePastIt() throws {
        let (fixture, library) = try LibraryFilterTests.library()
        let expected = [
            "date:2009 harbour": 2, "cites:09STATE4455 stowaways": 2, "class:<=confidential harbour": 2,
            "date:2009": 2, "class:secret": 1, "date:2010 harbour": 0,
        ]
        for (text, cables) in expected {
            let query = try LibraryQuery(text)
            #expect(try library.count(query, upTo: cables) == cables, "\(text): exact at the limit")
            #expect(try library.count(query, upTo: cables + 1) == cables, "\(text): exact below the limit")
            if cables > 0 { #expect(try library.count(query, upTo: cables - 1) == cables, "\(text): one past") }
        }
        #expect(try library.count(LibraryQuery("date:2009 harbour"), upTo: 0) == 1)
        _ = fixture
    }

    @Test func aSearchWithMoreMatchesThanItRanksListsTheNewestCableFirst() throws {
        let (fixture, library) = try LibraryFilterTests.library()
        let query = try LibraryQuery("stowaway")
        #expect(try library.ranksByScore(query, ranking: 3) && !library.ranksByScore(query, ranking: 2))
        #expect(try !library.ranksByScore(LibraryQuery("stowaway*"), ranking: 2))
        let newest = try library.search(query, ranking: 2)
        #expect(newest.map(\.cableID) == ["10LIMASSOL7", "09VALLETTA12", "09VALLETTA12"])
        #expect(newest.map(\.unitID) == ["1", "1", "2"])
        let prefixed = try library.search(LibraryQuery("stowaway*"), ranking: 2)
        #expect(prefixed.map(\.cableID) == ["10LIMASSOL7", "09VALLETTA12", "09VALLETTA12"])
        let ranked = try library.search(query, ranking: 3)
        #expect(Set(newest.map { "\($0.key)/\($0.unitID)" }) == Set(ranked.map { "\($0.key)/\($0.unitID)" }))
        #expect(try library.search(query, offset: 1, limit: 1, ranking: 2).map(\.cableID) == ["09VALLETTA12"])
        let filtered = try library.search(LibraryQuery("tag:KTIP stowaway"), ranking: 0)
        #expect(filtered.map(\.cableID) == ["09VALLETTA12", "09VALLETTA12"])
        #expect(try library.search(LibraryQuery("date:2010 stowaway"), ranking: 0).map(\.cableID) == ["10LIMASSOL7"])
        _ = fixture
    }

    @Test func aPageIsScoredInRunsOfUnitsAsInOne() throws {
        let (fixture, library) = try LibraryFilterTests.library()
        let hits = try library.search(LibraryQuery("stowaway"))
        let units = try library.reading { db in
            try Int64.fetchAll(db, sql: "SELECT number FROM unit WHERE cable IN (SELECT id FROM cable)")
        }
        let match = "(\"stowaway\" OR \"stowaways\")"
        let (whole, runs) = try library.reading { db in
            (
                try Library.scoredSnippets(of: units.reversed(), match, words: 4, in: db),
                try Library.scoredSnippets(of: units, match, words: 4, in: db, perCursor: 1)
            )
        }
        #expect(whole.count == hits.count && runs.count == hits.count)
        #expect(whole.keys.sorted() == runs.keys.sorted())
        #expect(whole.allSatisfy { runs[$0.key]?.0 == $0.value.0 && runs[$0.key]?.1 == $0.value.1 })
        _ = fixture
    }

    @Test func wordsAloneAreRankedAsBesideAFilterThatKeepsEverything() throws {
        let (fixture, library) = try LibraryFilterTests.library()
        for words in ["stowaway", "harbour", "stowaway*"] {
            let alone = try library.search(LibraryQuery(words), snippetWords: 4)
            let filtered = try library.search(LibraryQuery("date:1990..2030 " + words), snippetWords: 4)
            #expect(!alone.isEmpty && alone == filtered, "\(words)")
            for offset in 0..<alone.count {
                let page = try library.search(LibraryQuery(words), offset: offset, limit: 1, snippetWords: 4)
                #expect(page == [alone[offset]], "\(words) at \(offset)")
            }
        }
        _ = fixture
    }

    @Test func everyPlanGivesAHitTheScoreAndSnippetOfItsUnit() throws {
        let (fixture, library) = try LibraryFilterTests.library()
        for text in ["stowaway", "stowaway*", "tag:KTIP stowaway", "harbour"] {
            let query = try LibraryQuery(text)
            let ranked = try library.search(query, snippetWords: 4)
            let byUnit = Dictionary(uniqueKeysWithValues: ranked.map { ("\($0.key)/\($0.unitID)", $0) })
            #expect(!ranked.isEmpty && ranked.allSatisfy { $0.score > 0 }, "\(text)")
            for (offset, limit) in [(0, 20), (1, 1)] {
                let hits = try library.search(query, offset: offset, limit: limit, snippetWords: 4, ranking: 0)
                #expect(!hits.isEmpty, "\(text)")
                #expect(hits.allSatisfy { byUnit["\($0.key)/\($0.unitID)"] == $0 }, "\(text) newest first")
            }
        }
        _ = fixture
    }
}
