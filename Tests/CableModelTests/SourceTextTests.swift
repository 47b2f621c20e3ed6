import Testing

@testable import CableModel

/// Decoding gives the text's own bytes with every line end made a line feed, whatever mix of ends it holds.
@Suite struct SourceTextTests {
    /// The text's UTF-8 with CRLF, lone CR, U+2028 and U+2029 each made one LF, read scalar by scalar.
    private func plainNormalised(_ text: String) -> [UInt8] {
        let scalars = Array(text.unicodeScalars)
        var output: [UInt8] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\r" {
                output.append(ASCII.newline)
                if index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
            } else if scalar == "\u{2028}" || scalar == "\u{2029}" {
                output.append(ASCII.newline)
            } else {
                output += Array(String(scalar).utf8)
            }
            index += 1
        }
        return output
    }

    @Test(arguments: [
        "a line\r\nand\ranother\u{2028}then\u{2029}the last\n", "\r\r\n\r x", "caf\u{E9} at the end\u{2028}",
        "e\u{301}\r\n\u{B6}3. (C) text\r", "no line end at all", "\u{2028}\u{2028}9. (SBU) indented",
        "\u{E2}\u{80}\u{A8} is written as scalars here", "only ASCII\r\nwith CRLF\r\n",
    ])
    func lineEndsBecomeLineFeedsAndTheRestIsKept(text: String) throws {
        let decoded = try SourceText(decoding: Array(text.utf8))
        #expect(decoded.encoding == .utf8)
        #expect(decoded.bytes == plainNormalised(text))
        #expect(decoded.hadCarriageReturns == text.unicodeScalars.contains("\r"))
    }

    @Test func bytesValidUpToALaterBadSequenceAreReadAsLatin1() throws {
        let bytes = Array("caf\u{E9} first, then ".utf8) + [0xE9] + Array(" alone\n".utf8)
        let decoded = try SourceText(decoding: bytes)
        #expect(decoded.encoding == .latin1)
        #expect(String(decoding: decoded.bytes, as: UTF8.self) == "caf\u{C3}\u{A9} first, then \u{E9} alone\n")
    }

    @Test func aNulAfterManyPlainBytesMakesTheFileBinary() {
        let bytes = Array(String(repeating: "plain text line\n", count: 200).utf8) + [0] + Array("tail\n".utf8)
        #expect(throws: LoadError.binary) { try SourceText(decoding: bytes) }
    }
}
