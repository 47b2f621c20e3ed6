/// How secret a cable is, read from its classification (`SECRET//NOFORN` is `.secret`), for colouring.
public enum ClassificationLevel: Sendable {
    case unclassified, confidential, secret, topSecret, unknown

    /// The level a classification string names.
    public init(_ classification: String?) {
        let text = (classification ?? "").uppercased()
        if text.contains("TOP SECRET") {
            self = .topSecret
        } else if text.contains("SECRET") {
            self = .secret
        } else if text.contains("CONFIDENTIAL") {
            self = .confidential
        } else if text.contains("UNCLAS") {
            self = .unclassified
        } else {
            self = .unknown
        }
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
