import CableModel

extension CellStyle {
    /// The style a classification of `level` is drawn in (`nil`: a classification that names no level).
    static func classification(_ level: ClassificationLevel?) -> CellStyle {
        switch level {
        case .unclassified: CellStyle(.unclassified, .bold)
        case .confidential: CellStyle(.confidential, .bold)
        case .secret: CellStyle(.secret, [.bold, .underline])
        case .topSecret: CellStyle(.topSecret, [.bold, .underline])
        case nil: CellStyle(.titleBar)
        }
    }
}
