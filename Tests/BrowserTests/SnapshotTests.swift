import Testing

@testable import Browser

/// The screen as text at fixed sizes, compared with the files in `Snapshots/` (`RECORD_SNAPSHOTS=1` re-records).
@Suite struct SnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 50)]

    @Test(arguments: sizes) func theCableOpens(size: Size) {
        Snapshot.check(Fixtures.state(size.width, size.height), pane: "paragraphs", scenario: "start")
    }

    @Test(arguments: sizes) func goToShowsTheUnitInTheReader(size: Size) {
        var state = Fixtures.state(size.width, size.height)
        state.type(":27e⏎")
        Snapshot.check(state, pane: "reader", scenario: "27E")
    }

    @Test(arguments: sizes) func foldedSectionsCloseInTheOutline(size: Size) {
        var state = Fixtures.state(size.width, size.height)
        state.type("jjjhjhjh")
        Snapshot.check(state, pane: "outline", scenario: "folded")
    }

    @Test(arguments: sizes) func zoomFillsTheScreen(size: Size) {
        var state = Fixtures.state(size.width, size.height)
        state.type(":28a⏎z")
        Snapshot.check(state, pane: "reader", scenario: "zoomed")
    }

    @Test(arguments: sizes) func helpIsGeneratedFromTheKeyMap(size: Size) {
        var state = Fixtures.state(size.width, size.height)
        state.type("?")
        Snapshot.check(state, pane: "help", scenario: "open")
    }

    @Test(arguments: sizes) func searchLightsUpEveryPane(size: Size) {
        var state = Fixtures.state(size.width, size.height)
        state.type("/cotton⏎n")
        Snapshot.check(state, pane: "reader", scenario: "search-cotton")
    }

    @Test(arguments: sizes) func aStatuteReferenceIsUnderTheCursor(size: Size) {
        var state = Fixtures.state(size.width, size.height)
        state.type("]))")
        Snapshot.check(state, pane: "reader", scenario: "statute")
    }

    @Test(arguments: sizes) func theStatisticsPaneShowsTheFigures(size: Size) {
        var state = Fixtures.state(size.width, size.height)
        state.type("2")
        Snapshot.check(state, pane: "statistics", scenario: "figures")
    }

    @Test func tablesSortAndSwitch() {
        var state = Fixtures.state(120, 40)
        state.type("2llssr")
        Snapshot.check(state, pane: "statistics", scenario: "penalties-sorted")
        state.type("l")
        Snapshot.check(state, pane: "statistics", scenario: "victims")
    }

    @Test(arguments: sizes) func theIndexPaneListsEntries(size: Size) {
        var state = Fixtures.state(size.width, size.height)
        state.type("3")
        Snapshot.check(state, pane: "index", scenario: "entries")
    }

    @Test(arguments: sizes) func theIndexFilterKeepsTheHeadingsOfGroupsWithEntries(size: Size) {
        var state = Fixtures.state(size.width, size.height)
        state.type("3ftraffick⏎")
        Snapshot.check(state, pane: "index", scenario: "filtered")
    }

    @Test(arguments: sizes) func aStatuteEntryListsItsMentions(size: Size) {
        var state = Fixtures.state(size.width, size.height)
        state.type("])⏎")
        Snapshot.check(state, pane: "index", scenario: "statute-open")
    }

    @Test func theSmallestScreenStillReads() {
        var state = Fixtures.state(40, 12)
        Snapshot.check(state, pane: "outline", scenario: "start")
        state.type(":27e⏎")
        Snapshot.check(state, pane: "reader", scenario: "27E")
        state.type(":27")
        Snapshot.check(state, pane: "prompt", scenario: "goto")
        state.type("⎋2")
        Snapshot.check(state, pane: "statistics", scenario: "figures")
        state.type("3")
        Snapshot.check(state, pane: "index", scenario: "entries")
        state.type("])⏎")
        Snapshot.check(state, pane: "index", scenario: "statute-open")
    }

    @Test func belowTheMinimumANoticeShows() {
        Snapshot.check(Fixtures.state(39, 11), pane: "notice", scenario: "too-small")
    }

    @Test func oddCharactersAreDrawnSafely() throws {
        let text = """
            UNCLAS SECTION 01 OF 01 DUSHANBE 000170

            SUBJECT: TEST OF \u{1B}[31mESCAPES\u{7}

            1. (U) Tabs\tand controls \u{1B}]0;title\u{7} never reach the terminal; bidi \u{202E}override\u{202C} neither.
            Wide 漢字 and combining e\u{301}, ¶, — and “quotes” keep their widths.
            """
        let state = try Fixtures.state(text: text, 80, 24)
        let frame = state.frame
        #expect(frame.unicodeScalars.allSatisfy { $0 == "\n" || ($0.value >= 0x20 && $0.value != 0x7F) })
        #expect(frame.contains("^[[31mESCAPES^G"))
        #expect(frame.contains("<U+202E>override<U+202C>"))
        Snapshot.check(state, pane: "reader", scenario: "odd-characters")
    }
}
