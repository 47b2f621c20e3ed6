import Testing

@testable import Browser

/// `v`: the reader shows the file's original lines at the place it was reading, and back.
@Suite struct OriginalTextTests {
    @Test func vShowsTheOriginalLinesOfTheUnitBeingReadAndBack() {
        var state = Fixtures.state(120, 40)
        state.type(":27e⏎v")
        #expect(state.reader.showsOriginal)
        let original = state.document.original
        let top = String(decoding: original.lines[state.reader.originalTop], as: UTF8.self)
        #expect(top.contains("E"), "\(top)")
        #expect(state.document.original.unit(atLine: state.reader.originalTop) == state.reader.current)
        #expect(state.frame.contains("original · line \(state.reader.originalTop + 1)/"))
        #expect(state.frame.contains(top.prefix(40)))
        state.type("v")
        #expect(!state.reader.showsOriginal)
        #expect(state.currentID == "27.E")
    }

    @Test func theOriginalShowsWhatTheRepairTookOut() {
        var state = Fixtures.state(120, 40)
        state.type("v")
        var sawPageBreak = false
        for _ in 0..<40 {
            if state.frame.contains("DUSHANBE 00000170 00") { sawPageBreak = true }
            state.press(.pageDown)
        }
        #expect(sawPageBreak)
        #expect(state.reader.showsOriginal)
        #expect(state.currentID != "1")
    }

    @Test func aJumpShowsTheCleanTextAgain() {
        var state = Fixtures.state(120, 40)
        state.type("v]")
        #expect(!state.reader.showsOriginal)
        #expect(state.cursor != nil)
    }

    @Test func theOutlineMovesTheOriginalToo() {
        var state = Fixtures.state(120, 40)
        state.type("v")
        _ = state.focusPane(.outline)
        state.type("jjj")
        #expect(state.reader.originalTop == state.document.original.unitLines[state.reader.current])
    }
}
