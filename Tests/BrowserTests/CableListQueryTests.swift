import Browser
import Testing

/// The cable list's queries run off the key loop: a key only asks, the answer comes later, a stale one is dropped.
struct CableListQueryTests {
    @Test func aKeyAsksForTheQueryButTheListShowsThePreviousAnswerMeanwhile() {
        var library = LibraryBrowser.fake(300)
        library.press(.character("f"))
        library.press(.character("7"))
        #expect(library.list.count == 300)
        #expect(library.request?.filter == "7")
        #expect(library.request?.waitsForPause == true)
        library.answerRequest()
        #expect(library.list.count == (1...300).filter { String($0).contains("7") }.count)
    }

    @Test func anAnswerToAnOlderQueryIsDropped() throws {
        var library = LibraryBrowser.fake(300)
        library.press(.character("f"))
        library.press(.character("1"))
        let taken = library.takeRequest()
        let older = try #require(taken)
        library.press(.character("2"))
        let takenNext = library.takeRequest()
        let newer = try #require(takenNext)
        let stale = Result { () throws(CableListError) in try library.allCables.answer("1", order: older.order) }
        #expect(library.receive(stale, for: older) == .none)
        #expect(library.list.count == 300)
        let fresh = Result { () throws(CableListError) in try library.allCables.answer("12", order: newer.order) }
        _ = library.receive(fresh, for: newer)
        #expect(library.list.count == (1...300).filter { String($0).contains("12") }.count)
    }

    @Test func escDropsAQueryStillRunningAndPutsTheListBack() throws {
        var library = LibraryBrowser.fake(300)
        library.press(.character("f"))
        library.press(.character("9"))
        let taken = library.takeRequest()
        let running = try #require(taken)
        library.press(.escape)
        let late = Result { () throws(CableListError) in try library.allCables.answer("9", order: running.order) }
        _ = library.receive(late, for: running)
        #expect(library.list.count == 300)
        #expect(library.prompt == nil)
    }

    @Test func upAndDownRecallTheFiltersKept() {
        var library = LibraryBrowser.fake(300)
        library.filterHistory = ["NUMBER 1", "NUMBER 2"]
        library.press(.character("f"))
        library.type("abc")
        library.press(.up)
        #expect(library.filterPrompt == "NUMBER 2")
        library.press(.up)
        library.press(.up)
        #expect(library.filterPrompt == "NUMBER 1")
        library.press(.down)
        library.press(.down)
        #expect(library.filterPrompt == "abc")
        library.press(.up)
        library.answerRequest()
        library.press(.enter)
        #expect(library.filter == "NUMBER 2")
        #expect(library.filterHistory == ["NUMBER 1", "NUMBER 2"])
    }

    @Test func enterRemembersANewFilterLast() {
        var library = LibraryBrowser.fake(30)
        library.filterHistory = ["NUMBER 1"]
        library.filter("NUMBER 3")
        #expect(library.filterHistory == ["NUMBER 1", "NUMBER 3"])
    }
}
