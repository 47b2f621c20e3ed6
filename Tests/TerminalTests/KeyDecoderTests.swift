import Browser
import CNCursesw
import Testing

@testable import Terminal

@Suite struct KeyDecoderTests {
    @Test func characterCodesBecomeKeys() {
        let cases: [(UInt32, Key?)] = [
            (10, .enter), (13, .enter), (27, .escape), (9, .tab), (127, .backspace), (8, .backspace),
            (15, .control("o")), (12, .control("l")), (3, .control("c")), (0, nil), (28, nil),
            (0x6A, .character("j")), (0x20, .character(" ")), (0xE9, .character("é")), (0x2014, .character("—")),
        ]
        for (code, key) in cases { #expect(KeyDecoder.character(code) == key, "code \(code)") }
    }

    @Test func functionKeysBecomeKeys() {
        let cases: [(Int32, Key?)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right), (KEY_PPAGE, .pageUp),
            (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end), (KEY_ENTER, .enter), (KEY_BTAB, .backTab),
            (KEY_BACKSPACE, .backspace), (KEY_F0 + 5, nil),
        ]
        for (code, key) in cases { #expect(KeyDecoder.functionKey(code) == key, "code \(code)") }
    }

    @Test func everyStyleGetsAttributesWithoutColour() {
        var palette = Palette(usesColour: false)
        let reverse = palette.attributes(for: CellStyle(.searchHit, .reverse))
        #expect(reverse.0 == cg_attr_reverse())
        #expect(reverse.1 == 0)
        let plain = palette.attributes(for: CellStyle(.plain))
        #expect(plain.0 == cg_attr_normal())
    }
}

@Suite struct ClipboardSequenceTests {
    @Test func base64AsTheStandardHasIt() {
        let cases = ["": "", "f": "Zg==", "fo": "Zm8=", "foo": "Zm9v", "foob": "Zm9vYg==", "foobar": "Zm9vYmFy"]
        for (text, encoded) in cases {
            #expect(String(decoding: ClipboardSequence.base64(Array(text.utf8)), as: UTF8.self) == encoded)
        }
    }

    @Test func osc52WrapsTheText() {
        #expect(String(decoding: ClipboardSequence.osc52("¶27"), as: UTF8.self) == "\u{1B}]52;c;wrYyNw==\u{07}")
    }
}
