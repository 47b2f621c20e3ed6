import Browser
import CableModel
import Testing

/// The library's cable list: its screen, moving through it, opening a cable and coming back to it as it was.
struct CableListTests {
    @Test(arguments: [(80, 24), (120, 40), (200, 50)]) func snapshotOfTheList(width: Int, height: Int) {
        var library = LibraryBrowser.fake(300, width, height)
        library.press(.down)
        library.press(.down)
        Snapshot.check(library.frame, name: "cable-list-\(width)x\(height)-third")
    }

    @Test func titleCountsTheCablesWithThousandsGrouped() {
        let library = LibraryBrowser.fake(6_594)
        #expect(library.frame.contains("Cables  6,594"))
        #expect(library.frame.contains("1 of 6,594"))
    }

    @Test func columnsShowEachRowsFields() {
        let row = CableListRow(
            key: 7, id: "98SOMEWHERE12", date: "1998-03-04", origin: "SOMEWHERE", classification: "CONFIDENTIAL",
            subject: "A SUBJECT OF ITS OWN")
        let library = LibraryBrowser(
            source: CableListFake(rows: [row]), title: "t", size: Size(width: 120, height: 30),
            knowledge: Fixtures.knowledge)
        let line = library.frame.split(separator: "\n").first { $0.contains("98SOMEWHERE12") } ?? ""
        for field in ["1998-03-04", "SOMEWHERE", "CONFIDENTIAL", "A SUBJECT OF ITS OWN"] {
            #expect(line.contains(field), "\(field) missing from \(line)")
        }
        #expect(library.frame.contains("Date"))
        #expect(library.frame.contains("Subject"))
    }

    @Test func arrowsPagesHomeAndEndMoveTheSelection() {
        var library = LibraryBrowser.fake(300)
        library.press(.down)
        #expect(library.list.selected == 1)
        library.press(.up)
        library.press(.up)
        #expect(library.list.selected == 0)
        library.press(.pageDown)
        #expect(library.list.selected == library.listHeight - 1)
        #expect(library.list.scroll == 0)
        library.press(.pageDown)
        #expect(library.list.scroll > 0)
        #expect(library.list.selected - library.list.scroll < library.listHeight)
        library.press(.end)
        #expect(library.list.selected == 299)
        #expect(library.frame.contains("99TESTPOST300"))
        library.press(.home)
        #expect(library.list.selected == 0)
        #expect(library.list.scroll == 0)
    }

    @Test func onlyTheRowsInViewAreRead() {
        let source = CableListFake(count: 10_000)
        var library = LibraryBrowser(
            source: source, title: "t", size: Size(width: 80, height: 24), knowledge: Fixtures.knowledge)
        library.press(.down)
        library.press(.end)
        #expect(source.reads.count == 2)
        #expect(source.reads.allSatisfy { $0.count <= library.listHeight })
    }

    @Test func enterOpensTheCableAndBackspaceReturnsToTheListAsItWas() {
        var library = LibraryBrowser.fake(300)
        library.press(.pageDown)
        library.press(.pageDown)
        let (selected, scroll) = (library.list.selected, library.list.scroll)
        #expect(library.press(.enter).contains(.repaint))
        #expect(library.cable?.document.cable.title == Fixtures.seedCable.title)
        #expect(library.frame.contains("Outline"))
        #expect(library.press(.backspace).contains(.repaint))
        #expect(library.cable == nil)
        #expect(library.list.selected == selected)
        #expect(library.list.scroll == scroll)
        #expect(library.frame.contains("Cables  300"))
    }

    @Test func ctrlOReturnsToTheListToo() {
        var library = LibraryBrowser.fake(5)
        library.press(.enter)
        #expect(library.cable != nil)
        library.press(.control("o"))
        #expect(library.cable == nil)
    }

    @Test func backspaceFirstWalksTheCablesOwnJumpList() {
        var library = LibraryBrowser.fake(5)
        library.press(.enter)
        let before = library.cable?.reader.current
        for key in [Key.character(":"), .character("4"), .enter] { library.press(key) }
        #expect(library.cable?.reader.current != before)
        library.press(.backspace)
        #expect(library.cable?.reader.current == before)
        library.press(.backspace)
        #expect(library.cable == nil)
    }

    @Test func aCableThatCannotBeReadSaysSoAndTheListStays() {
        let row = CableListRow(key: 1, id: "97BROKEN1", date: "", origin: "", classification: "", subject: "")
        var library = LibraryBrowser(
            source: CableListFake(rows: [row]), title: "t", size: Size(width: 80, height: 24),
            knowledge: Fixtures.knowledge)
        library.press(.enter)
        #expect(library.cable == nil)
        #expect(library.frame.contains("97BROKEN1: the stored text is damaged"))
    }

    @Test func qQuitsFromTheListAndFromACable() {
        var library = LibraryBrowser.fake(5)
        #expect(library.press(.character("q")).contains(.quit))
        library.press(.enter)
        #expect(library.press(.character("q")).contains(.quit))
        #expect(library.press(.control("c")).contains(.interrupt))
    }

    /// NB: at 80×24 the list's own keys lead the help screen, above a cable's.
    @Test func helpListsTheListsKeysFromTheKeyMap() {
        var library = LibraryBrowser.fake(5, 80, 24)
        library.press(.character("?"))
        let frame = library.frame
        #expect(frame.contains(KeyScope.cableList.title))
        for binding in KeyMap.standard.bindings(in: .cableList) { #expect(frame.contains(binding.help.prefix(30))) }
        library.press(.character("x"))
        #expect(library.help == nil)
    }

    @Test func aKeyTheListDoesNotTakeSaysSo() {
        var library = LibraryBrowser.fake(5)
        library.press(.character("n"))
        #expect(library.frame.contains("n does nothing here: ? lists the keys"))
    }

    @Test func anEmptyLibrarySaysSoAndEnterDoesNothing() {
        var library = LibraryBrowser.fake(0)
        #expect(library.press(.enter) == .none)
        #expect(library.frame.contains("the library holds no cable"))
    }

    @Test func aResizeKeepsTheSelectionInView() {
        var library = LibraryBrowser.fake(300, 80, 40)
        library.press(.end)
        _ = library.handle(.resize(Size(width: 80, height: 15)))
        #expect(library.list.selected == 299)
        #expect(library.frame.contains("99TESTPOST300"))
        _ = library.handle(.resize(Size(width: 30, height: 10)))
        #expect(library.frame.contains("Terminal too small"))
    }
}

/// The list's filter prompt: the list narrows as the query is typed; Enter keeps, Esc restores.
struct CableListFilterTests {
    @Test func typingNarrowsTheListAndEnterKeepsTheFilter() {
        var library = LibraryBrowser.fake(300)
        library.press(.character("f"))
        library.type("NUMBER 2")
        // NB: the fake keeps a row when its subject or id holds each word: every number written with a 2.
        #expect(library.list.count == (1...300).filter { String($0).contains("2") }.count)
        #expect(library.frame.contains("Cables  \(library.list.count) of 300 · NUMBER 2"))
        #expect(library.frame.contains("filter: NUMBER 2"))
        library.press(.enter)
        #expect(library.filterPrompt == nil)
        #expect(library.filter == "NUMBER 2")
        #expect(library.list.selectedRow?.id == "99TESTPOST2")
    }

    @Test func escRestoresTheFilterThereWasBefore() {
        var library = LibraryBrowser.fake(300)
        library.filter("NUMBER 3")
        let kept = library.list.count
        library.press(.character("f"))
        library.type("0")
        #expect(library.list.count < kept)
        library.press(.escape)
        #expect(library.filter == "NUMBER 3")
        #expect(library.list.count == kept)
    }

    @Test func aWordTypedAsThePromptOpensIsAWordOfItsOwn() {
        var library = LibraryBrowser.fake(300)
        library.filter("NUMBER 3")
        library.press(.character("f"))
        #expect(library.filterPrompt == "NUMBER 3 ")
        library.type("1")
        library.answerRequest()
        library.press(.enter)
        #expect(library.filter == "NUMBER 3 1")
        #expect(library.list.count == (1...300).filter { String($0).contains("3") && String($0).contains("1") }.count)
        #expect(library.filterHistory.last == "NUMBER 3 1")
    }

    @Test func aQueryThatDoesNotParseSaysSoAndTheListStays() {
        var library = LibraryBrowser.fake(30)
        library.press(.character("f"))
        library.type("NUMBER :")
        #expect(library.list.count == 30)
        #expect(library.frame.contains("no field bad"))
    }

    @Test func clearingTheFilterShowsEveryCableAgain() {
        var library = LibraryBrowser.fake(30)
        library.press(.character("f"))
        library.type("7")
        #expect(library.list.count < 30)
        library.press(.backspace)
        library.answerRequest()
        library.press(.enter)
        #expect(library.list.count == 30)
        #expect(library.frame.contains("Cables  30"))
        #expect(!library.frame.contains(" of 30 ·"))
    }
}
