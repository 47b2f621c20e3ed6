import CableModel
import Testing

@testable import Browser

/// Leaving the pivot stops its reading, and a list too long to read in a few seconds is read only once the user
/// says yes.
@Suite struct PivotLeavingTests {
    /// The pivot pane with its reading taken by the loop, as it is while the worker reads.
    private static func reading() -> (LibraryBrowser, CableListRequest?) {
        var library = LibraryBrowser.pivotFake(120, 40)
        library.press(.tab)
        let asked = library.takePivotRequest()
        _ = library.receivePivotProgress(read: 2, of: 6, for: asked!)
        return (library, asked)
    }

    @Test(arguments: [Key.tab, .backTab, .escape, .backspace])
    func leavingThePivotStopsItsReading(key: Key) throws {
        var (library, asked) = Self.reading()
        let request = try #require(asked)
        #expect(library.readingWanted == request.generation)
        #expect(library.press(key).contains(.repaint))
        #expect(!library.pivot.shows)
        #expect(library.readingWanted == nil, "the worker is told to stop")
        #expect(library.receivePivot(.success(ReportPivot(cables: [])), for: request) == .none)
        #expect(library.pivot.answer == nil)
        #expect(library.frame.contains("Cables  6"))
        library.press(.tab)
        #expect(library.pivot.request != nil, "back on the pivot, the list is read again")
    }

    @Test func typingAnotherFilterStopsTheReadingOfTheListBefore() {
        var (library, _) = Self.reading()
        library.press(.character("f"))
        library.press(.character("i"))
        #expect(library.readingWanted == nil)
        library.answerRequest()
        #expect(library.pivot.request?.filter == "i")
        #expect(library.readingWanted == library.pivot.request?.generation)
    }

    @Test func aLongListAsksBeforeItIsRead() {
        var library = LibraryBrowser.pivotFake(80, 24)
        library.pivot.readsWithoutAsking = 5
        library.press(.tab)
        #expect(library.pivot.shows && library.pivot.request == nil && library.readingWanted == nil)
        #expect(library.frame.contains("Read the figures of 6 cables? (takes a while)  y / n"))
        #expect(library.frame.contains("6 cables not read"))
        #expect(library.frame.contains("y read"))
        library.press(.character("y"))
        #expect(library.pivot.request?.filter == "")
        #expect(library.frame.contains("reading 0 of 6 cables"))
        #expect(library.frame.contains("reading the listed cables… (Tab stops and shows the list)"))
        library.answerPivotRequest()
        #expect(library.pivot.rows.count == 6)
        library.press(.tab)
        library.press(.tab)
        #expect(library.pivot.question == nil && library.pivot.request == nil, "a list read is not asked again")
    }

    @Test(arguments: [Key.character("n"), .escape, .tab, .backspace])
    func noAtTheQuestionShowsTheListUnread(key: Key) {
        var library = LibraryBrowser.pivotFake(80, 24)
        library.pivot.readsWithoutAsking = 5
        library.press(.tab)
        #expect(library.press(key).contains(.repaint))
        #expect(!library.pivot.shows && library.pivot.question == nil && library.pivot.request == nil)
        library.press(.tab)
        #expect(library.pivot.question?.count == 6, "asked again")
    }

    @Test func aFilterTypedAtTheQuestionReadsAShortListWithoutAsking() {
        var library = LibraryBrowser.pivotFake(80, 24)
        library.pivot.readsWithoutAsking = 5
        library.press(.tab)
        library.filter("iceland")
        #expect(library.pivot.question == nil)
        #expect(library.pivot.request?.filter == "iceland")
        library.answerPivotRequest()
        #expect(library.frame.contains("country by year of 3 cables · iceland"))
        library.press(.character("f"))
        library.press(.control("u"))
        library.answerRequest()
        #expect(library.pivot.question?.count == 6, "the whole list again asks")
    }

    @Test func aClickAtTheQuestionSelectsNothing() {
        var library = LibraryBrowser.pivotFake(120, 40)
        library.showPivot()
        library.pivot.readsWithoutAsking = 3
        library.filter("l")
        #expect(library.pivot.question?.count == 4)
        let click = MouseEvent(.press, column: 3, row: CableListLayout.firstRow + 2)
        #expect(library.handle(.mouse(click)) == .none)
        #expect(library.pivot.row == 0)
        #expect(library.frame.contains("Read the figures of 4 cables?"))
        #expect(!library.frame.contains("Iceland"), "the rows of the list before are not shown under the question")
    }

    @Test func theQuestionsKeysAreInTheHelp() {
        var library = LibraryBrowser.pivotFake(120, 40)
        library.pivot.readsWithoutAsking = 0
        library.press(.tab)
        library.press(.character("?"))
        let frame = library.frame
        #expect(frame.contains(KeyScope.pivotQuestion.title))
        #expect(frame.contains("read the figures of every listed cable"))
    }

    @Test func snapshotOfTheQuestion() {
        var library = LibraryBrowser.pivotFake(80, 24)
        library.pivot.readsWithoutAsking = 5
        library.press(.tab)
        Snapshot.check(library.frame, name: "cable-pivot-80x24-question")
    }
}
