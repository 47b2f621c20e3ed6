import Testing

@testable import CableModel

/// The lists of `Data/` as the model reads them: tab-separated rows, and the posts' written forms as keys.
@Suite struct KnowledgeListTests {
    @Test func rowsSkipCommentsAndBlankLinesAndKeepInnerEmptyFields() {
        let text = "# a comment\nA\tB \t c\r\n\n   \nX\t\tY\t\n\tlead\n"
        #expect(
            TabSeparatedRows.parse(Array(text.utf8)) == [["A", "B", "c"], ["X", "", "Y"], ["lead"]])
    }

    @Test func aLastLineWithoutNewlineIsARow() {
        #expect(TabSeparatedRows.parse(Array("one\ttwo".utf8)) == [["one", "two"]])
        #expect(TabSeparatedRows.parse([]).isEmpty)
    }

    @Test func writtenPostsMatchWhateverTheirCaseHyphensAndPeriods() {
        let posts = PostTable(parsing: Array("PORTNAME\tPORT-OF-NAME\tPort Name\nSTSAINT\tST. SAINT'S\n".utf8))
        #expect(posts.id(written: ["port", "of", "name"]) == "PORTNAME")
        #expect(posts.id(written: ["Port-of-Name"]) == "PORTNAME")
        #expect(posts.id(written: ["PORT", "NAME"]) == "PORTNAME")
        #expect(posts.id(written: ["St", "Saints"]) == "STSAINT")
        #expect(posts.id(written: ["st.", "saint’s"]) == "STSAINT")
        #expect(posts.id(written: ["Port"]) == nil)
        #expect(posts.longestName == 3)
    }

    @Test func aFormsLoneHyphensPeriodsAndRunsOfSpacesMakeNoWords() {
        let posts = PostTable(parsing: Array("ONETWO\tone  - .two-\t'.-'\n".utf8))
        #expect(posts.id(written: ["ONE", "TWO"]) == "ONETWO")
        #expect(posts.id(written: ["one-two."]) == "ONETWO")
        #expect(posts.longestName == 2)
    }

    @Test func aPostWrittenWithLettersBeyondASCIIMatchesInAnyCase() {
        let posts = PostTable(parsing: Array("CIUDAD\tCIUDAD ÁLAMO\n".utf8))
        #expect(posts.id(written: ["ciudad", "álamo"]) == "CIUDAD")
    }
}
