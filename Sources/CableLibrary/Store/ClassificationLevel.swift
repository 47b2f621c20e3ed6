/// The levels of classification, in order, for filters such as `class:>=confidential`.
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

    /// The level of a normalised classification (`SECRET//NOFORN` is secret); nil for anything else.
    public init?(classification: String) {
        let level = classification.uppercased().split(separator: "/").first.map(String.init) ?? ""
        guard let found = ClassificationLevel.allCases.first(where: { $0.word == level.trimmingSpaces }) else {
            return nil
        }
        self = found
    }

    /// The level a filter names, in any case, with `-`, `_` or a space between words (`top-secret`).
    public init?(filterWord: String) {
        let word = filterWord.uppercased().map { $0 == "-" || $0 == "_" ? " " : $0 }
        guard let found = ClassificationLevel.allCases.first(where: { $0.word == String(word) }) else { return nil }
        self = found
    }

    public static func < (lhs: ClassificationLevel, rhs: ClassificationLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension String {
    /// The string without spaces at either end.
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
