import Browser
import Testing

/// A cable opened from the list: `<` `>` open its neighbours in the list, the title says where it stands, and a
/// filter with words puts their search in place.
struct CableListStepTests {
    @Test func angleBracketsOpenTheNeighboursWithoutReturningToTheList() {
        var library = LibraryBrowser.fake(38, 120, 30)
        library.filter("NUMBER")
        library.press(.down)
        library.press(.down)
        library.press(.enter)
        #expect(library.frame.contains("Library › NUMBER › \(Fixtures.seedCable.title) (3 of 38)"))
        library.press(.character(">"))
        #expect(library.cable != nil)
        #expect(library.list.selected == 3)
        #expect(library.frame.contains("(4 of 38)"))
        library.press(.character("<"))
        library.press(.character("<"))
        #expect(library.list.selected == 1)
        library.press(.backspace)
        #expect(library.cable == nil)
        #expect(library.list.selected == 1)
        #expect(library.filter == "NUMBER")
    }

    @Test func theEndsOfTheListSaySo() {
        var library = LibraryBrowser.fake(2, 120, 30)
        library.press(.enter)
        library.press(.character("<"))
        #expect(library.frame.contains("at the first cable of the list"))
        #expect(library.frame.contains("Library › \(Fixtures.seedCable.title) (1 of 2)"))
        library.press(.character(">"))
        library.press(.character(">"))
        #expect(library.list.selected == 1)
        #expect(library.frame.contains("at the last cable of the list"))
    }

    @Test func aFilterWithWordsShowsHitCountsAndOpensWithTheSearchInPlace() throws {
        let words = Fixtures.seedCable.units.dropFirst().flatMap { $0.text.split(separator: " ").map(String.init) }
        let word = try #require(words.first { $0.count > 6 && $0.allSatisfy(\.isLetter) })
        let rows = (1...3).map { position in
            CableListRow(
                key: Int64(position), id: "99POST\(position)", date: "2001-01-0\(position)", origin: "POST",
                classification: "", subject: position == 2 ? "ABOUT \(word)" : "OTHER")
        }
        var library = LibraryBrowser(
            source: CableListFake(rows: rows), title: "t", size: Size(width: 120, height: 30),
            knowledge: Fixtures.knowledge)
        library.filter(word)
        #expect(library.list.count == 1)
        #expect(library.frame.contains("Hits"))
        library.press(.enter)
        let cable = try #require(library.cable)
        #expect(cable.search.query == word)
        #expect(!cable.search.matches.isEmpty)
        #expect(cable.search.current != nil)
        library.press(.character("n"))
        #expect(library.cable?.search.current != nil)
        library.press(.backspace)
        #expect(library.cable == nil)
    }

    @Test func aFilterWithoutWordsOpensWithNoSearch() {
        var library = LibraryBrowser.fake(5, 120, 30)
        library.press(.enter)
        #expect(library.cable?.search.isActive == false)
        #expect(!library.frame.contains("Hits"))
    }
}
