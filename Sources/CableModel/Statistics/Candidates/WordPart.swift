/// The part a word plays in a number written in words, and which parts may follow which.
enum WordPart: Sendable, Equatable {
    case none
    /// `one` to `nine`.
    case ones
    /// `ten` to `nineteen`.
    case teens
    /// `twenty` to `ninety`.
    case tens
    case dozen
    case hundred
    /// `thousand`, `million`, `billion`.
    case scale

    init(_ word: String) {
        if let value = NumberWordTable.small[word] {
            self = value < 10 ? .ones : .teens
        } else if NumberWordTable.tens[word] != nil {
            self = .tens
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
        case .ones: [.none, .tens, .hundred, .scale].contains(previous)
        case .teens, .tens: [.none, .hundred, .scale].contains(previous)
        case .dozen: [.none, .ones].contains(previous)
        case .hundred: [.none, .ones, .teens].contains(previous)
        case .scale: [.none, .ones, .teens, .tens, .hundred, .dozen].contains(previous)
        }
    }
}
