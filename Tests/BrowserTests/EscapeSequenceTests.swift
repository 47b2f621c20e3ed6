import Testing

@testable import Browser

/// Escape sequences for keys, as xterm, tmux, screen, rxvt and the Linux console send them, decoded whatever TERM
/// says; unknown ones are swallowed whole.
@Suite struct EscapeSequenceTests {
    private func key(_ text: String) -> Key? { EscapeSequence.key(after: Array(text.utf8)) }

    @Test func homeEndAndTheEditingKeysInEveryDialect() {
        let cases: [(String, Key)] = [
            ("[1~", .home), ("[7~", .home), ("[H", .home), ("OH", .home),
            ("[4~", .end), ("[8~", .end), ("[F", .end), ("OF", .end),
            ("[2~", .insert), ("[3~", .delete), ("[5~", .pageUp), ("[6~", .pageDown),
            ("[A", .up), ("OB", .down), ("[C", .right), ("OD", .left), ("[Z", .backTab), ("OM", .enter),
        ]
        for (sequence, expected) in cases { #expect(key(sequence) == expected, "ESC\(sequence)") }
    }

    @Test func functionKeysOneToTwelve() {
        let cases: [(String, Int)] = [
            ("OP", 1), ("OQ", 2), ("OR", 3), ("OS", 4), ("[11~", 1), ("[15~", 5), ("[17~", 6), ("[21~", 10),
            ("[23~", 11), ("[24~", 12), ("[[A", 1), ("[[E", 5),
        ]
        for (sequence, number) in cases { #expect(key(sequence) == .function(number), "ESC\(sequence)") }
    }

    @Test func modifiedArrowsAndAlt() {
        #expect(key("[1;5C") == .modified(.control, .right))
        #expect(key("[1;2A") == .modified(.shift, .up))
        #expect(key("[1;3D") == .modified(.alt, .left))
        #expect(key("[5;5~") == .modified(.control, .pageUp))
        #expect(key("x") == nil)
        #expect(!EscapeSequence.isIntroducer(UInt8(ascii: "q")))
        #expect(Key.modified(.control, .right).label == "Ctrl-→")
    }

    @Test func anUnknownSequenceIsOneKeyThatSaysWhatItWas() {
        #expect(key("[99~") == .unknown("ESC[99~"))
        #expect(key("[1;5X") == .unknown("ESC[1;5X"))
        var state = Fixtures.state()
        state.press(key("[99~")!)
        #expect(state.message?.text == "unknown key ESC[99~")
        #expect(state.frame.contains("unknown key ESC[99~"))
    }

    @Test func aSequenceIsCompleteAtItsFinalByte() {
        for unfinished in ["", "[", "[1", "[1;5", "[[", "O"] {
            #expect(!EscapeSequence.isComplete(Array(unfinished.utf8)), "ESC\(unfinished)")
        }
        for finished in ["[A", "[1~", "[1;5C", "[[A", "OH", "x"] {
            #expect(EscapeSequence.isComplete(Array(finished.utf8)), "ESC\(finished)")
        }
    }

    @Test func homeAndEndMoveTheReader() {
        var state = Fixtures.state(80, 24)
        _ = state.focusPane(.reader)
        state.press(key("[4~")!)
        #expect(state.readerTopLine > 0)
        #expect(state.message == nil)
        state.press(key("[1~")!)
        #expect(state.readerTopLine == 0)
    }
}
