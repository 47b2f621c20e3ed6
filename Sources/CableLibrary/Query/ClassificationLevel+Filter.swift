import CableModel

extension ClassificationLevel {
    /// The level a filter names, in any case, with `-`, `_` or a space between words (`top-secret`).
    init?(filterWord: String) {
        let word = filterWord.uppercased().map { $0 == "-" || $0 == "_" ? " " : $0 }
        guard let found = ClassificationLevel.allCases.first(where: { $0.word == String(word) }) else { return nil }
        self = found
    }
}
