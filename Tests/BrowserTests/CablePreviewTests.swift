import Browser
import CableModel
import Testing

/// The preview beside the cable list on a wide terminal.
struct CablePreviewTests {
    @Test func aWideTerminalShowsTheSelectedCablesHeaderBesideTheList() throws {
        var library = LibraryBrowser.fake(30, 200, 50)
        library.press(.down)
        let preview = try #require(library.preview)
        #expect(preview.key == library.list.selectedRow?.key)
        let frame = library.frame
        #expect(frame.contains("Preview"))
        let header = Fixtures.seedCable.header
        let subject = try #require(header.subject)
        #expect(frame.contains(String(subject.prefix(40))))
        let tag = try #require(header.tags.first { Fixtures.knowledge.glossary.meaning(ofTag: $0) != nil })
        let meaning = try #require(Fixtures.knowledge.glossary.meaning(ofTag: tag))
        #expect(preview.parts.contains { $0.label == "Tags" && $0.lines.contains(tag + "  " + meaning) })
        #expect(preview.parts.map(\.label).first == "Subject")
        #expect(preview.parts.contains { $0.label == "First paragraph" })
    }

    @Test func aNarrowTerminalKeepsTheFullWidthListAndReadsNoCable() {
        let library = LibraryBrowser.fake(30, 120, 40)
        #expect(library.preview == nil)
        #expect(library.listWidth == 120)
        #expect(!library.frame.contains("Preview"))
    }

    @Test func aResizeToWideShowsThePreviewAndBackToNarrowDropsIt() {
        var library = LibraryBrowser.fake(30, 120, 40)
        _ = library.handle(.resize(Size(width: LibraryBrowser.previewWidth, height: 40)))
        #expect(library.preview != nil)
        _ = library.handle(.resize(Size(width: 100, height: 40)))
        #expect(library.preview == nil)
    }

    @Test func aClickOnThePreviewSelectsNoRow() {
        var library = LibraryBrowser.fake(30, 200, 50)
        _ = library.handle(.mouse(MouseEvent(.press, column: library.listWidth + 5, row: 6)))
        #expect(library.list.selected == 0)
        _ = library.handle(.mouse(MouseEvent(.press, column: 5, row: 6)))
        #expect(library.list.selected == 3)
    }

    @Test func aCableThatCannotBeReadHasNoPreview() {
        let row = CableListRow(key: 1, id: "99BROKEN1", date: "", origin: "", classification: "", subject: "")
        let library = LibraryBrowser(
            source: CableListFake(rows: [row]), title: "t", size: Size(width: 200, height: 50),
            knowledge: Fixtures.knowledge)
        #expect(library.preview == nil)
        #expect(library.frame.contains("Preview"))
    }

    @Test(arguments: [(80, 24), (120, 40), (200, 50)]) func snapshotOfAListFilteredByWords(width: Int, height: Int) {
        var library = LibraryBrowser.fake(300, width, height)
        library.filter("NUMBER 2")
        library.press(.character("r"))
        library.answerRequest()
        Snapshot.check(library.frame, name: "cable-list-\(width)x\(height)-hits-reversed")
    }
}
