/// Hostile inputs, built in code: text that tries to break the terminal, the layout or the loader's bounds.
///
/// Every input is a small synthetic cable (`10ALPHA1`) around the hostile part, so the parser reads a header and
/// numbered paragraphs as it would in a real cable.
public enum HostileText {
    /// The header of the synthetic cable.
    public static let header = """
        VZCZCXRO0001
        P 101222Z FEB 10
        FM AMEMBASSY ALPHA
        TO RUEHC/SECSTATE WASHDC PRIORITY 0001

        UNCLAS ALPHA 000001

        SUBJECT: HOSTILE TEXT

        """

    /// A cable whose numbered paragraphs hold `texts`, one each (`¶1. (U) …`), after the header, and a last
    /// paragraph of plain prose.
    ///
    /// NB: the prose gives the cable a real cable's size. The loader refuses as binary a file in which more than
    /// one byte in a hundred is a C0 control; in a real cable's few kilobytes, a handful of controls is text.
    public static func cable(paragraphs texts: [String]) -> [UInt8] {
        var text = header + "\n"
        for (position, body) in texts.enumerated() { text += "¶\(position + 1). (U) \(body)\n\n" }
        text += "¶\(texts.count + 1). (U) " + String(repeating: "Plain prose fills the rest of the cable. ", count: 100)
        return Array((text + "\n").utf8)
    }

    /// Terminal escape sequences and control characters, each named, to be shown as visible escapes.
    public static let escapes: [(name: String, text: String)] = [
        ("CSI colour", "\u{1B}[31mred\u{1B}[0m"),
        ("CSI clear screen", "\u{1B}[2J\u{1B}[H"),
        ("CSI cursor move", "\u{1B}[10;10H"),
        ("OSC window title", "\u{1B}]0;owned\u{07}"),
        ("OSC 52 clipboard", "\u{1B}]52;c;cm0gLXJmIH4=\u{1B}\\"),
        ("DCS", "\u{1B}Pq#0;2;0;0;0\u{1B}\\"),
        ("bell and backspace", "\u{07}\u{08}\u{08}"),
        ("C0 controls", "\u{01}\u{02}\u{0E}\u{0F}\u{1A}\u{7F}"),
        ("form feed and vertical tab", "\u{0C}\u{0B}"),
        ("C1 CSI and NEL", "\u{9B}31m\u{85}"),
        ("C1 OSC and ST", "\u{9D}0;owned\u{9C}"),
    ]

    /// Unicode that reorders, hides or stacks characters.
    public static let tricks: [(name: String, text: String)] = [
        ("bidi override", "abc\u{202E}fed\u{202C}ghi"),
        ("bidi isolates", "\u{2067}isolated\u{2069}"),
        ("zero-width", "in\u{200B}vis\u{200C}ible\u{200D}join\u{FEFF}"),
        ("combining stack", "e" + String(repeating: "\u{0301}", count: 50)),
        ("wide", "漢字かな"),
        ("tabs", "a\tb\t\tc"),
    ]

    /// One line of `megabytes` MB of words.
    public static func longLine(megabytes: Int) -> [UInt8] {
        let words = String(repeating: "word ", count: megabytes * 1_048_576 / 5)
        return cable(paragraphs: [words + "end."])
    }

    /// `count` numbered paragraphs.
    public static func numberedParagraphs(_ count: Int) -> [UInt8] {
        cable(paragraphs: (1...count).map { "Paragraph \($0) says something short." })
    }

    /// `count` paragraphs without numbers, after the header.
    public static func unnumberedParagraphs(_ count: Int) -> [UInt8] {
        Array((header + "\n" + (1...count).map { "Paragraph \($0) says something short.\n\n" }.joined()).utf8)
    }

    /// Paragraphs that each refer to themselves and to the next (the last to the first).
    public static func circularReferences(_ count: Int) -> [UInt8] {
        cable(paragraphs: (1...count).map { "As Paragraph \($0) says, see Paragraph \($0 % count + 1)." })
    }

    /// `count` paragraphs, each referring to every paragraph.
    public static func referencesFromEveryToEvery(_ count: Int) -> [UInt8] {
        let all = (1...count).map { "Paragraph \($0)" }.joined(separator: ", ")
        return cable(paragraphs: Array(repeating: "See \(all).", count: count))
    }
}
