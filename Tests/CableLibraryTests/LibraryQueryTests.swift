import Testing

@testable import CableLibrary

@Suite("Library: reading queries")
struct LibraryQueryTests {
    @Test func fieldsAreTakenOutAndTheRestIsSearched() throws {
        let query = try LibraryQuery("tag:ktip date:2010 convicted \"forced labor\" -child")
        #expect(query.filters == [.tag("KTIP"), .date(DateBound("2010")!)])
        #expect(query.wordsText == "convicted \"forced labor\" -child")
        #expect(query.words.clauses.count == 3)
    }

    @Test func aQuotedValueMayHoldSpaces() throws {
        let query = try LibraryQuery("statute:\"Penal Law\" name:UNHCR")
        #expect(query.filters == [.statute("Penal Law"), .name("UNHCR")])
        #expect(!query.hasWords)
    }

    @Test func anUnknownFieldListsTheKnownOnes() {
        #expect {
            try LibraryQuery("harbour color:blue")
        } throws: { error in
            let error = error as! QuerySyntaxError
            return error.part == "color:blue" && error.column == 8 && error.message.contains("origin, tag, class")
        }
    }

    @Test func badValuesPointAtTheirPart() {
        for (query, part) in [
            ("date:2009-13", "date:2009-13"), ("date:09", "date:09"), ("class:restricted", "class:restricted"),
            ("tag:", "tag:"), ("subject:\"open", "subject:\"open"), ("-tag:PREL", "-tag:PREL"),
        ] {
            #expect("\(query)") {
                try LibraryQuery(query)
            } throws: { error in
                (error as? QuerySyntaxError)?.part == part
            }
        }
    }

    @Test func wordsWithColonsThatAreNotFieldsStaySearchWords() throws {
        let query = try LibraryQuery("10:30 meeting")
        #expect(query.filters.isEmpty && query.wordsText == "10:30 meeting")
    }

    @Test func dateBoundsCoverYearsMonthsDaysAndRanges() {
        #expect(DateBound("2009") == DateBound(from: "2009-01-01", until: "2010-01-01"))
        #expect(DateBound("2009-12") == DateBound(from: "2009-12-01", until: "2010-01-01"))
        #expect(DateBound("2009-06-30") == DateBound(from: "2009-06-30", until: "2009-06-31"))
        #expect(DateBound("2009-06..2010-02") == DateBound(from: "2009-06-01", until: "2010-03-01"))
        #expect(DateBound("..2008") == DateBound(from: nil, until: "2009-01-01"))
        #expect(DateBound("2008..") == DateBound(from: "2008-01-01", until: nil))
        #expect(DateBound("..") == nil && DateBound("2009-1") == nil && DateBound("june") == nil)
    }

    @Test func classificationBoundsCompareLevels() {
        #expect(ClassificationBound(">=confidential") == ClassificationBound(comparison: ">=", level: .confidential))
        #expect(ClassificationBound("top-secret")?.level == .topSecret)
        #expect(ClassificationBound("Secret")?.comparison == "=")
    }
}
