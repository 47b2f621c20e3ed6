/// The part a word plays in a number written in words, and which parts may follow which.
enum WordPart: Sendable, Equatable {
    case none
    /// `one` to `nine`.
    case unit
    /// `ten` to `nineteen`.
    case teen
    /// `twenty` to `ninety`.
    case ten
    case dozen
    case hundred
    /// `thousand`, `million`, `billion`.
    case scale

    init(_ word: String) {
        if let value = NumberWordTable.small[word] {
            self = value < 10 ? .unit : .teen
        } else if NumberWordTable.tens[word] != nil {
            self = .ten
        } else if word == "dozen" {
            self = .dozen
        } else if word == "hundred" {
            self = .hundred
        } else if let scale = NumberWordTable.scales[word], scale >= 1000 {
            self = .scale
        } else {
            self = .none
        }
    }

    /// Whether this part may come right after `previous` in one number (`twenty` then `four`; `two` then `hundred`).
    func canFollow(_ previous: WordPart) -> Bool {
        switch self {
        case .none: false
        case .unit: [.none, .ten, .hundred, .scale].contains(previous)
        case .teen, .ten: [.none, .hundred, .scale].contains(previous)
        case .dozen: [.none, .unit].contains(previous)
        case .hundred: [.none, .unit, .teen].contains(previous)
        case .scale: [.none, .unit, .teen, .ten, .hundred, .dozen].contains(previous)
        }
    }
}
