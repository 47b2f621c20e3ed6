import Testing

@testable import Browser

/// Search as you type, the last search kept through Esc, and stepping from what the screen shows.
@Suite struct SearchAsYouTypeTests {
    private static let text = """
        1. The harvest of cotton began early in the northern districts.

        2. Reform of the Criminal Code was debated, and the cotton quota was kept.

        3. Nothing here is about farming.

        """

    @Test func theWordBeingTypedIsAPrefix() {
        let cases: [(String, String)] = [
            ("cot", "cot*"), ("\"crim", "\"crim*\""), ("\"criminal co", "\"criminal co*\""), ("cotton ", "cotton "),
            ("-cot", "-cot"), ("cot*", "cot*"), ("\"criminal code\"", "\"criminal code\""), ("13", "13*"),
            ("harvest -cot", "harvest -cot"), ("(", "("),
        ]
        for (typed, query) in cases { #expect(IncrementalQuery.completing(typed) == query, "\(typed)") }
    }

    @Test func matchesLightUpWhileTheWordIsTyped() throws {
        var state = try Fixtures.state(text: Self.text)
        state.type("/cot")
        #expect(state.prompt != nil)
        #expect(state.search.matches.map(\.unit) == [1, 2])
        state.type("⏎")
        #expect(state.search.matches.count == 2)
        state.type("/\"criminal co")
        #expect(state.search.matches.map(\.unit) == [2])
    }

    @Test func escInThePromptKeepsTheLastSearchKept() throws {
        var state = try Fixtures.state(text: Self.text)
        state.type("/harvest⏎")
        state.type("/crim⎋")
        #expect(state.search.query == "harvest")
        state.type("⎋")
        #expect(!state.search.isActive)
        state.type("n")
        #expect(state.search.query == "harvest")
        #expect(state.cursor?.span.unit == 1)
    }

    @Test func enterOnAnEmptyPromptRepeatsTheLastSearch() throws {
        var state = try Fixtures.state(text: Self.text)
        state.type("/quota⏎⎋")
        #expect(!state.search.isActive)
        state.type("gg/⏎")
        #expect(state.search.query == "quota")
        #expect(state.cursor?.span.unit == 2)
    }

    @Test func nStepsFromTheTopOfTheReaderAfterAJump() {
        var state = Fixtures.state(80, 24)
        state.type("/cotton⏎")
        #expect(state.search.current == 0)
        state.type("G")
        state.type("n")
        #expect(state.search.current == 0)
        #expect(state.message?.text == "search: wrapped to the top")
        state.type("gg/cotton⏎")
        for _ in 0..<6 { state.press(.pageDown) }
        let top = state.readerPlace(atLine: state.readerTopLine)
        let expected = state.search.matches.firstIndex { $0 >= top }
        state.type("n")
        #expect(state.search.current == expected)
    }

    @Test func statuteStepsFromTheScreenToo() {
        var state = Fixtures.state(80, 24)
        state.type("]]")
        state.type(":27c⏎")
        let top = state.readerPlace(atLine: state.readerTopLine)
        let before = state.document.findings.statuteMentions.lastIndex { $0.span < top }
        #expect(before != nil && before != 0)
        state.type("[")
        #expect(state.cursor?.kind == .statute(before ?? 0))
    }

    @Test func searchAndReferenceKeysWorkFromTheListPanes() {
        var state = Fixtures.state(80, 24)
        state.type("2]")
        #expect(state.focus == .reader)
        #expect(state.cursor.map { if case .statute = $0.kind { true } else { false } } == true)
        state = Fixtures.state(80, 24)
        state.type("3/cotton⏎")
        #expect(state.focus == .reader)
        #expect(state.search.current == 0)
        state.type("2}")
        #expect(state.focus == .reader)
    }

    @Test func enterFollowsTheReferenceInView() {
        var state = Fixtures.state(80, 24)
        state.type(":27a⏎")
        #expect(state.cursor == nil)
        state.type("⏎")
        #expect(state.focus == .index)
        #expect(state.index.openEntry != nil)
    }

    @Test func aMarkerInTheGutterShowsTheCursorLine() {
        var state = Fixtures.state(80, 24)
        state.type("]")
        let rows = state.frame.split(separator: "\n")
        #expect(rows.contains { $0.contains("│▸") })
    }
}
