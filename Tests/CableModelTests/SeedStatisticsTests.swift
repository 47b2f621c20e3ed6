import CableModel
import TestSupport
import Testing

/// The facts of issue 4 about the first cable, read from the derived tables.
@Suite struct SeedStatisticsTests {
    let cable: Cable
    let statistics: CableStatistics

    init() throws {
        cable = try SharedData.seedCable()
        // NB: the statutes come from the index, as when the command line or the browser loads the cable.
        statistics = IndexedCable(cable, knowledge: TestIndex.knowledge).statistics
    }

    private func values(_ ids: [Int]) -> [Double] { ids.compactMap { statistics.figure(id: $0)?.magnitude } }

    @Test func casesOpenedPerYear() {
        let table = statistics.enforcement
        #expect(values(table.figures(.investigated, when: "2009", statute: nil)) == [24])
        #expect(values(table.figures(.investigated, when: "2008", statute: nil)) == [23])
        #expect(
            statistics.figure(id: table.figures(.investigated, when: "2009", statute: nil).first ?? -1)?.countedNoun
                == "criminal cases")
    }

    /// NB: 27.E dates only its first sentence (`in 2009`); the figures of the sentences after it take that year.
    @Test func casesPerStatute() {
        let table = statistics.enforcement
        #expect(values(table.figures(.investigated, when: "2009", statute: "130.1")) == [2])
        #expect(values(table.figures(.prosecuted, when: "2009", statute: "132")) == [3])
        #expect(values(table.figures(.convicted, when: "2009", statute: "132")) == [3])
        #expect(values(table.figures(.prosecuted, when: "2009", statute: "167")) == [19])
        #expect(values(table.figures(.convicted, when: "2009", statute: "167")) == [25])
        let opened = statistics.figure(id: table.figures(.investigated, when: "2009", statute: "130.1").first ?? -1)
        #expect(opened?.writtenTwice == true)
        #expect(
            statistics.figure(id: table.figures(.convicted, when: "2009", statute: "167").first ?? -1)?.countedNoun
                == "individuals")
    }

    /// The terms of a statute's tiers of one kind, as `low–high` pairs.
    private func terms(_ statute: String, _ kind: PenaltyTier.Kind) -> [String] {
        (statistics.penalties.row(statute: statute)?.tiers(kind) ?? []).map(\.text)
    }

    @Test func penaltiesPerStatute() {
        #expect(terms("130.1", .base) == ["5–8 years"])
        #expect(terms("130.1", .aggravated) == ["12–15 years"])
        #expect(terms("130", .base) == ["5–10 years"])
        #expect(terms("130", .aggravated) == ["12–20 years"])
        #expect(terms("132", .base) == ["fine to 2 years"])
        #expect(terms("132", .aggravated) == ["2–5 years", "5–12 years"])
        #expect(terms("167", .base) == ["5–8 years"])
        #expect(terms("167", .aggravated) == ["10–15 years"])
        #expect(terms("138", .base) == ["3–7 years"])
        #expect(terms("138", .aggravated) == ["7–10 years", "15–20 years"])
        #expect(terms("139", .base) == ["5–7 years"])
        #expect(terms("139", .aggravated) == ["15–20 years"])
        #expect(terms("140", .base) == ["fine or up to 2 years"])
    }

    @Test func whatAggravates() {
        let conditions = statistics.penalties.row(statute: "132")?.tiers(.aggravated).compactMap(\.condition) ?? []
        #expect(conditions.first == "if committed by an organized group")
        let first = statistics.penalties.row(statute: "130.1")?.tiers(.aggravated).first?.condition ?? ""
        #expect(first.hasPrefix("if committed multiple times, by an organized group"))
    }

    @Test func victimsAssistedAndTheirBreakdown() throws {
        let assisted = statistics.victims.rows(action: "assisted")
        let total = try #require(assisted.first)
        let whole = try #require(statistics.figure(id: total.figure))
        #expect(whole.value == 47 && whole.year == 2009)
        let parts = statistics.parts(of: whole.id)
        #expect(parts.map(\.magnitude) == [24, 23])
        #expect(parts.map { $0.countedNoun ?? "" } == ["adults", "minors"])
        let adults = statistics.parts(of: parts[0].id)
        #expect(adults.map(\.magnitude) == [4, 17, 3])
        #expect(adults.map { $0.countedNoun ?? "" } == ["men", "women", "women"])
        #expect(adults[0].categories.contains("labour"))
        #expect(adults[1].categories.contains("sex"))
        #expect(adults[2].categories.contains("labour"))
    }

    @Test func victimsReturnedAndRepatriated() throws {
        let returned = try #require(
            statistics.victims.rows(action: "returned").first.flatMap { statistics.figure(id: $0.figure) })
        #expect(returned.value == 24 && returned.period == "from July 2008 to June 2009")
        let repatriated = try #require(
            statistics.victims.rows(action: "repatriated").first.flatMap { statistics.figure(id: $0.figure) })
        #expect(repatriated.value == 9 && repatriated.year == 2009 && repatriated.sentence.contains("from the UAE"))
    }

    @Test func officialsTrained() throws {
        let trained = try #require(statistics.figures.first { $0.action == "trained" })
        #expect(trained.low == 250 && trained.high == 300 && trained.countedNoun == "Tajik officials")
    }

    @Test func notFigures() {
        let quotes = statistics.figures.map(\.quote)
        for excluded in ["2009", "2010", "2006", "130", "132", "167", "04", "992", "5011", "30", "2683"] {
            #expect(!quotes.contains(excluded), "\(excluded) is not a figure")
        }
        #expect(statistics.ages.map(\.quote) == ["fourteen"])
        #expect(!statistics.figures.contains { $0.unitID == "25.B" && $0.quote == "one" })
    }

    @Test func statutesComeFromTheIndexMentions() {
        // NB: every statute the figures are under is one the index found, not a number read by the statistics.
        let indexed = IndexedCable(cable, knowledge: TestIndex.knowledge)
        let numbers = Set(indexed.index.statutes.map(\.number))
        let used = Set(indexed.statistics.figures.compactMap(\.statute))
        #expect(!used.isEmpty && used.isSubset(of: numbers))
    }

    @Test func rangesAreScalarOffsetsOfTheQuote() {
        for figure in statistics.figures {
            let text = Array(cable.unit(id: figure.unitID)?.value(of: figure.field).unicodeScalars ?? "".unicodeScalars)
            let quoted = String(String.UnicodeScalarView(text[figure.range]))
            #expect(quoted == figure.quote, "figure \(figure.id)")
        }
    }
}
