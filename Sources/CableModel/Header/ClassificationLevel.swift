/// The levels of classification, in order: what a cable's classification names, for filters such as
/// `class:>=confidential` and for the colour a browser gives it.
///
/// NB: the one closed list of classification words; the header parser normalises the line to these words.
public enum ClassificationLevel: Int, Sendable, CaseIterable, Comparable {
    case unclassified = 0
    case confidential = 1
    case secret = 2
    case topSecret = 3

    /// The word as written on a cable (`CONFIDENTIAL`, `TOP SECRET`).
    public var word: String {
        switch self {
        case .unclassified: "UNCLASSIFIED"
        case .confidential: "CONFIDENTIAL"
        case .secret: "SECRET"
        case .topSecret: "TOP SECRET"
        }
    }

    /// The level of a normalised classification in any case (`SECRET//NOFORN` is secret); nil for anything else.
    ///
    /// NB: read on bytes: `String.split` and `contains` make the runtime look up their tables' conformances in the
    /// whole binary on first use, before the browser's first frame.
    public init?(classification: String) {
        let bytes = Array(classification.utf8)[...]
        let level = bytes.prefix { $0 != UInt8(ascii: "/") }.trimmed
        let found = ClassificationLevel.allCases.first { candidate in
            candidate.word.utf8.count == level.count && level.hasPrefix(ignoringCase: candidate.word)
        }
        guard let found else { return nil }
        self = found
    }

    public static func < (lhs: ClassificationLevel, rhs: ClassificationLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}
