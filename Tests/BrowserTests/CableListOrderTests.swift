import Browser
import Testing

/// Sorting the cable list (`s`, `r`, a click on a heading) and going to a cable id (`:`).
struct CableListOrderTests {
    /// Four rows whose columns sort in different orders.
    static func rows() -> [CableListRow] {
        [
            CableListRow(
                key: 1, id: "02BETA5", date: "2002-01-01", origin: "DELTA", classification: "SECRET", subject: "C"),
            CableListRow(key: 2, id: "01ALPHA9", date: "2003-01-01", origin: "ALPHA", classification: "", subject: "A"),
            CableListRow(key: 3, id: "04GAMMA1", date: "2001-01-01", origin: "GAMMA", classification: "", subject: "B"),
        ]
    }

    static func library(width: Int = 120) -> LibraryBrowser {
        LibraryBrowser(
            source: CableListFake(rows: rows()), title: "t", size: Size(width: width, height: 30),
            knowledge: Fixtures.knowledge)
    }

    @Test func sCyclesTheSortColumnAndTheHeadingShowsAnArrow() {
        var library = Self.library()
        #expect(library.frame.contains("Date ↑"))
        library.press(.character("s"))
        #expect(library.request?.waitsForPause == false)
        library.answerRequest()
        #expect(library.order.column == .id)
        #expect(library.list.rows.map(\.id) == ["01ALPHA9", "02BETA5", "04GAMMA1"])
        #expect(library.frame.contains("Id ↑"))
        #expect(!library.frame.contains("Date ↑"))
        for _ in 0..<4 { library.press(.character("s")) }
        #expect(library.order.column == .date)
    }

    @Test func rReversesTheOrder() {
        var library = Self.library()
        library.press(.character("r"))
        library.answerRequest()
        #expect(library.list.rows.map(\.date) == ["2003-01-01", "2002-01-01", "2001-01-01"])
        #expect(library.frame.contains("Date ↓"))
    }

    @Test func theSortKeepsTheFilter() {
        var library = LibraryBrowser.fake(300)
        library.filter("NUMBER 2")
        let kept = library.list.count
        library.press(.character("r"))
        library.answerRequest()
        #expect(library.list.count == kept)
        #expect(library.request == nil)
    }

    @Test func aClickOnAHeadingSortsByItAndAgainReverses() throws {
        var library = Self.library()
        let headings = try #require(library.frame.split(separator: "\n", omittingEmptySubsequences: false)[2...].first)
        let column = try #require(headings.range(of: "Origin")).lowerBound.utf16Offset(in: headings)
        _ = library.handle(.mouse(MouseEvent(.press, column: column + 1, row: 2)))
        library.answerRequest()
        #expect(library.order == CableListOrder(.origin))
        #expect(library.list.rows.map(\.origin) == ["ALPHA", "DELTA", "GAMMA"])
        _ = library.handle(.mouse(MouseEvent(.press, column: column, row: 2)))
        library.answerRequest()
        #expect(library.order == CableListOrder(.origin, descending: true))
    }

    @Test func aClickOnARowSelectsIt() {
        var library = Self.library()
        _ = library.handle(.mouse(MouseEvent(.press, column: 5, row: 5)))
        #expect(library.list.selected == 2)
    }

    @Test func colonSelectsACableOfTheList() {
        var library = LibraryBrowser.fake(300)
        library.press(.character(":"))
        #expect(library.frame.contains(":"))
        library.type("99testpost250")
        library.press(.enter)
        #expect(library.list.selectedRow?.id == "99TESTPOST250")
        #expect(library.frame.contains("99TESTPOST250"))
    }

    @Test func colonSaysWhenTheListDoesNotHoldTheId() {
        var library = LibraryBrowser.fake(300)
        library.filter("NUMBER 3")
        library.press(.character(":"))
        library.type("99TESTPOST4")
        library.press(.enter)
        #expect(library.list.selected == 0)
        #expect(library.frame.contains("99TESTPOST4 is not in this list (filter: NUMBER 3)"))
    }
}
