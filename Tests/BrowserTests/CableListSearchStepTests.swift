import Browser
import Testing

/// `n` `N` in a cable opened from a list filtered by words: at the last (first) hit they name the list's next
/// (previous) cable, and the same key again opens it at its first (last) hit, so a search walks the whole list.
struct CableListSearchStepTests {
    /// A list of three cables, each with the word in its subject, filtered by it; the middle one open.
    static func openMiddle() throws -> (LibraryBrowser, hits: Int, opensAt: Int) {
        let word = try repeatedWord()
        let rows = (1...3).map { position in
            CableListRow(
                key: Int64(position), id: "99POST\(position)", date: "2001-01-0\(position)", origin: "POST",
                classification: "", subject: "ABOUT \(word)")
        }
        var library = LibraryBrowser(
            source: CableListFake(rows: rows), title: "t", size: Size(width: 120, height: 30),
            knowledge: Fixtures.knowledge)
        library.filter(word)
        library.press(.down)
        library.press(.enter)
        let hits = try #require(library.cable?.search.matches.count)
        // NB: with one hit the first is the last, and opening at the last hit could not be told from the first.
        try #require(hits > 2)
        return (library, hits, try #require(library.cable?.search.current))
    }

    /// A long word the bundled cable's text holds at least three times.
    static func repeatedWord() throws -> String {
        let words = Fixtures.seedCable.units.dropFirst().flatMap { $0.text.split(separator: " ").map(String.init) }
        let long = words.filter { $0.count > 6 && $0.allSatisfy(\.isLetter) }
        return try #require(long.first { word in long.count { $0 == word } > 2 })
    }

    /// Presses `n` until the open cable's cursor stands on its last hit (at most once per hit).
    static func stepToLastHit(_ library: inout LibraryBrowser, hits: Int) {
        for _ in 0..<hits where library.cable?.search.current != hits - 1 { library.press(.character("n")) }
    }

    /// Presses `N` until the open cable's cursor stands on its first hit (at most once per hit).
    static func stepToFirstHit(_ library: inout LibraryBrowser, hits: Int) {
        for _ in 0..<hits where library.cable?.search.current != 0 { library.press(.character("N")) }
    }

    @Test func theLastHitNamesTheNextCableWithoutWrapping() throws {
        var (library, hits, _) = try Self.openMiddle()
        Self.stepToLastHit(&library, hits: hits)
        #expect(library.cable?.search.current == hits - 1)
        library.press(.character("n"))
        #expect(library.frame.contains("last hit in this cable: n again opens 99POST3"))
        #expect(library.list.selected == 1)
        #expect(library.cable?.search.current == hits - 1)
    }

    @Test func nAgainOpensTheNextCableAtItsFirstHit() throws {
        var (library, hits, opensAt) = try Self.openMiddle()
        Self.stepToLastHit(&library, hits: hits)
        library.press(.character("n"))
        library.press(.character("n"))
        #expect(library.list.selected == 2)
        #expect(library.frame.contains("(3 of 3)"))
        #expect(library.cable?.search.current == opensAt)
        #expect(library.cable?.search.isActive == true)
    }

    @Test func anotherKeyBetweenWithdrawsTheOffer() throws {
        var (library, hits, _) = try Self.openMiddle()
        Self.stepToLastHit(&library, hits: hits)
        library.press(.character("n"))
        library.press(.character("+"))
        library.press(.character("n"))
        #expect(library.list.selected == 1)
        #expect(library.frame.contains("n again opens 99POST3"))
    }

    @Test func capitalNAtTheFirstHitGoesBackToThePreviousCableAtItsLastHit() throws {
        var (library, hits, _) = try Self.openMiddle()
        Self.stepToFirstHit(&library, hits: hits)
        #expect(library.cable?.search.current == 0)
        library.press(.character("N"))
        #expect(library.frame.contains("first hit in this cable: N again opens 99POST1"))
        #expect(library.list.selected == 1)
        library.press(.character("N"))
        #expect(library.list.selected == 0)
        #expect(library.frame.contains("(1 of 3)"))
        #expect(library.cable?.search.current == hits - 1)
    }

    @Test func theEndsOfTheListSaySo() throws {
        var (library, hits, _) = try Self.openMiddle()
        library.press(.character(">"))
        Self.stepToLastHit(&library, hits: hits)
        library.press(.character("n"))
        #expect(library.frame.contains("last hit of the last cable of the list"))
        library.press(.character("n"))
        #expect(library.list.selected == 2)
        #expect(library.cable?.search.current == hits - 1)
        library.press(.character("<"))
        library.press(.character("<"))
        Self.stepToFirstHit(&library, hits: hits)
        library.press(.character("N"))
        #expect(library.frame.contains("first hit of the first cable of the list"))
        #expect(library.list.selected == 0)
    }

    @Test func aCableOfAFileStillWraps() throws {
        var state = Fixtures.state()
        state.place = CablePlace(position: 0, count: 3)
        state.searchInPlace(try Self.repeatedWord())
        let hits = state.search.matches.count
        try #require(hits > 2)
        for _ in 0..<hits where state.search.current != hits - 1 { _ = state.type("n") }
        #expect(state.type("n") == .redraw)
        #expect(state.search.current == 0)
        #expect(state.message?.text == "search: wrapped to the top")
        #expect(state.place.requested == nil)
    }
}
