/// Exports that end every line with `\` (a spreadsheet's line continuation): the marks are not the cable's text.
enum BackslashLines {
    /// Whether most of the non-blank lines (at least three) end with a backslash.
    static func endMostLines(_ lines: [ByteText]) -> Bool {
        var filled = 0
        var backslashed = 0
        for line in lines {
            let text = line.trimmedTrailing
            guard !text.isEmpty else { continue }
            filled += 1
            if text.last == ASCII.backslash { backslashed += 1 }
        }
        return filled >= 3 && backslashed * 2 > filled
    }

    /// The line without its trailing backslash.
    static func dropping(_ line: ByteText) -> ByteText {
        let text = line.trimmedTrailing
        return text.last == ASCII.backslash ? text.dropLast() : line
    }
}
