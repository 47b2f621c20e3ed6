/// How secret a cable is, read from its classification (`SECRET//NOFORN` is `.secret`), for colouring.
public enum ClassificationLevel: Sendable {
    case unclassified, confidential, secret, topSecret, unknown

    /// The level a classification string names.
    public init(_ classification: String?) {
        let text = Array((classification ?? "").uppercased().utf8)
        if ClassificationLevel.holds(text, "TOP SECRET") {
            self = .topSecret
        } else if ClassificationLevel.holds(text, "SECRET") {
            self = .secret
        } else if ClassificationLevel.holds(text, "CONFIDENTIAL") {
            self = .confidential
        } else if ClassificationLevel.holds(text, "UNCLAS") {
            self = .unclassified
        } else {
            self = .unknown
        }
    }

    /// Whether `text` holds `word`'s bytes.
    ///
    /// NB: not `String.contains`, whose searcher (a table keyed by `Character`) makes the runtime look up that
    /// table's conformances in the whole binary on its first use, about 0.4M instructions before the first frame.
    private static func holds(_ text: [UInt8], _ word: String) -> Bool {
        let word = Array(word.utf8)
        guard text.count >= word.count else { return false }
        return (0...text.count - word.count).contains { text[$0..<$0 + word.count].elementsEqual(word) }
    }

    /// The style the title bar draws it in.
    public var style: CellStyle {
        switch self {
        case .unclassified: CellStyle(.unclassified, .bold)
        case .confidential: CellStyle(.confidential, .bold)
        case .secret: CellStyle(.secret, [.bold, .underline])
        case .topSecret: CellStyle(.topSecret, [.bold, .underline])
        case .unknown: CellStyle(.titleBar)
        }
    }
}
