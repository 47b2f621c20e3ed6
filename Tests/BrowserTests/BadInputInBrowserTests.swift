import Testing

@testable import Browser

/// Unknown unit ids at `:` and queries with nothing to look for at `/`: a clear message, the view unchanged.
@Suite struct BadInputInBrowserTests {
    /// The status line (the last row of the frame).
    private func statusLine(_ state: BrowserState) -> String {
        let rows = state.frame.split(separator: "\n", omittingEmptySubsequences: false)
        return String(rows[rows.count - 2])
    }

    @Test(arguments: ["99.Z", "0", "27.Z", "¶", "h999", "u0", "-", String(repeating: "9", count: 300)])
    func anUnknownUnitIsNamed(_ id: String) {
        var state = Fixtures.state(120, 40)
        state.type(":27e⏎")
        state.type(":\(id)⏎")
        #expect(statusLine(state).contains("no unit \"\(id.prefix(20))"), "\(statusLine(state))")
        #expect(state.currentID == "27.E")
    }

    @Test func aQueryOfExclusionsOnlyNeedsAWord() {
        var state = Fixtures.state(120, 40)
        state.type("/-cotton")
        #expect(statusLine(state).contains("nothing to search for"))
        state.type("⏎")
        #expect(statusLine(state).contains("only exclusions: a query needs a word to find"))
    }

    @Test func anEmptyGoToDoesNothing() {
        var state = Fixtures.state(120, 40)
        state.type(":27e⏎")
        state.type(":⏎")
        #expect(state.currentID == "27.E")
        #expect(!statusLine(state).contains("no unit"))
    }

    @Test(arguments: ["the of and", "The Of AND", "!!!", "?!.,;:", "\"\"", "*", "¶ § —"])
    func aQueryWithNothingToLookForSaysSo(_ query: String) {
        var state = Fixtures.state(120, 40)
        state.type(":27e⏎")
        state.type("/\(query)")
        #expect(statusLine(state).contains("nothing to search for"), "\(statusLine(state))")
        state.type("⏎")
        #expect(statusLine(state).contains("only stop words or punctuation: nothing to search for"))
        state.type("n")
        #expect(statusLine(state).contains("nothing to search for"))
        #expect(state.currentID == "27.E")
    }

    @Test func aQueryWithoutMatchesSaysNoMatch() {
        var state = Fixtures.state(120, 40)
        state.type("/zyzzyva⏎")
        #expect(statusLine(state).contains("no match for \"zyzzyva\""))
        #expect(!statusLine(state).contains("nothing to search for"))
    }

    @Test func anEmptyQueryIsNoSearch() {
        var state = Fixtures.state(120, 40)
        state.type("/⏎")
        #expect(!state.search.isActive)
        state.type("/   ⏎")
        #expect(!state.search.isActive)
        #expect(!statusLine(state).contains("match"))
    }
}
