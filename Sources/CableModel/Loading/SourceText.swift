/// A file's bytes decoded to UTF-8 with line ends normalised to LF.
struct SourceText {
    /// The text as UTF-8 bytes; lines end with LF only.
    let bytes: [UInt8]
    /// The encoding the file was read in.
    let encoding: SourceEncoding
    /// Whether the file used CRLF line ends.
    let hadCarriageReturns: Bool
    /// How many lines the text holds.
    let lineCount: Int

    /// The largest file the loader accepts; larger ones are refused rather than exhausting memory.
    static let sizeLimit = 64 * 1_048_576

    /// The most lines a file may hold; files with more are refused rather than exhausting memory.
    ///
    /// NB: the model costs a few hundred bytes per line and per unit whatever the line holds, so 64 MB of empty
    /// lines would take over ten gigabytes. Real cables average 63 bytes a line: at the size limit they reach
    /// about this many lines, so only degenerate files meet this limit first.
    static let lineLimit = 1_000_000

    /// Decodes `raw`: UTF-8 when valid, otherwise Latin-1 (Windows-1252), refusing binary data.
    init(decoding raw: [UInt8]) throws(LoadError) {
        guard raw.count <= SourceText.sizeLimit else {
            throw .tooLarge(bytes: raw.count, limit: SourceText.sizeLimit)
        }
        var input = raw[...]
        if input.starts(with: [0xEF, 0xBB, 0xBF]) { input = input.dropFirst(3) }
        guard input.contains(where: { !$0.isBlank && $0 != ASCII.newline && $0 != ASCII.carriageReturn }) else {
            throw .empty
        }
        if SourceText.looksBinary(input) { throw .binary }
        let hadCarriageReturns = input.contains(ASCII.carriageReturn)
        if SourceText.isValidUTF8(input) {
            encoding = .utf8
            bytes = SourceText.normalisingLineEnds(input)
        } else {
            guard SourceText.isPlausibleLatin1(input) else { throw .notText }
            encoding = .latin1
            bytes = SourceText.normalisingLineEnds(SourceText.transcodingLatin1(input)[...])
        }
        self.hadCarriageReturns = hadCarriageReturns
        lineCount = SourceText.countingLines(bytes)
        guard lineCount <= SourceText.lineLimit else {
            throw .tooManyLines(lines: lineCount, limit: SourceText.lineLimit)
        }
    }

    /// Text already decoded to UTF-8 with LF line ends (a stored cable's text).
    init(decoded: [UInt8], encoding: SourceEncoding) {
        bytes = decoded
        self.encoding = encoding
        hadCarriageReturns = false
        lineCount = SourceText.countingLines(decoded)
    }

    /// The number of lines in LF-terminated text (a last line without LF counts).
    private static func countingLines(_ bytes: [UInt8]) -> Int {
        var newlines = 0
        for byte in bytes where byte == ASCII.newline { newlines += 1 }
        return newlines + (bytes.last == ASCII.newline ? 0 : 1)
    }

    /// NUL bytes, or more than one byte in a hundred being a C0 control other than tab, LF, CR, FF and ESC.
    ///
    /// NB: this and the UTF-8 check read every byte of every file through the buffer, without a bounds check each.
    private static func looksBinary(_ input: ArraySlice<UInt8>) -> Bool {
        var controls = 0
        let hasNul = input.withUnsafeBufferPointer { buffer in
            for byte in buffer where byte < 0x20 {
                if byte == 0 { return true }
                if byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C, byte != 0x1B { controls += 1 }
            }
            return false
        }
        return hasNul || controls * 100 > input.count
    }

    /// Whether the bytes are UTF-8; the ASCII before the first byte beyond it needs no decoding.
    private static func isValidUTF8(_ input: ArraySlice<UInt8>) -> Bool {
        input.withUnsafeBufferPointer { buffer in
            guard let firstHigh = buffer.firstIndex(where: { $0 >= 0x80 }) else { return true }
            var iterator = UnsafeBufferPointer(rebasing: buffer[firstHigh...]).makeIterator()
            var decoder = UTF8()
            while true {
                switch decoder.decode(&iterator) {
                case .scalarValue: continue
                case .emptyInput: return true
                case .error: return false
                }
            }
        }
    }

    /// Latin-1 text has few bytes in the C1 range that Windows-1252 leaves undefined.
    private static func isPlausibleLatin1(_ input: ArraySlice<UInt8>) -> Bool {
        var undefined = 0
        for byte in input where [0x81, 0x8D, 0x8F, 0x90, 0x9D].contains(byte) { undefined += 1 }
        return undefined * 200 <= input.count
    }

    /// Windows-1252's characters for 0x80–0x9F; zero where it defines none (kept as the C1 control).
    private static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E,
        0x0178,
    ]

    private static func transcodingLatin1(_ input: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count + input.count / 16)
        for byte in input {
            if byte < 0x80 {
                output.append(byte)
                continue
            }
            var value = UInt32(byte)
            if byte < 0xA0, windows1252High[Int(byte) - 0x80] != 0 { value = windows1252High[Int(byte) - 0x80] }
            output.append(contentsOf: Array(String(Unicode.Scalar(value)!).utf8))
        }
        return output
    }

    /// CRLF, lone CR and the Unicode line and paragraph separators (U+2028, U+2029) become LF.
    ///
    /// NB: some exports write U+2028 where the cable broke a line, even to indent a paragraph number
    /// (`U+2028 U+2028 9. (SBU)`); read as a character it glues that paragraph to the one before.
    ///
    /// NB: the bytes between two line ends to rewrite are copied in one piece, not appended byte by byte.
    private static func normalisingLineEnds(_ input: ArraySlice<UInt8>) -> [UInt8] {
        guard input.contains(ASCII.carriageReturn) || input.contains(0xE2) else { return Array(input) }
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var copied = input.startIndex
        var index = input.startIndex
        while index < input.endIndex {
            let byte = input[index]
            guard byte == ASCII.carriageReturn || isLineSeparator(input, at: index) else {
                index += 1
                continue
            }
            output.append(contentsOf: input[copied..<index])
            output.append(ASCII.newline)
            if byte == ASCII.carriageReturn {
                if index + 1 < input.endIndex, input[index + 1] == ASCII.newline { index += 1 }
            } else {
                index += 2
            }
            index += 1
            copied = index
        }
        output.append(contentsOf: input[copied..<input.endIndex])
        return output
    }

    /// U+2028 or U+2029 (`E2 80 A8`, `E2 80 A9`) at `index`.
    private static func isLineSeparator(_ input: ArraySlice<UInt8>, at index: Int) -> Bool {
        input[index] == 0xE2 && index + 2 < input.endIndex && input[index + 1] == 0x80
            && (input[index + 2] == 0xA8 || input[index + 2] == 0xA9)
    }

    /// The lines of the text, without their line ends.
    var lines: [ByteText] {
        var lines: [ByteText] = []
        lines.reserveCapacity(bytes.count / 40)
        var start = 0
        bytes.withUnsafeBufferPointer { buffer in
            for index in 0..<buffer.count where buffer[index] == ASCII.newline {
                lines.append(bytes[start..<index])
                start = index + 1
            }
        }
        lines.append(bytes[start...])
        return lines
    }
}
