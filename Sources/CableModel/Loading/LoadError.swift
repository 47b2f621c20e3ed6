/// Why a file could not be loaded as text.
public enum LoadError: Error, Equatable, Sendable {
    /// The file holds no bytes, or only white space.
    case empty
    /// The file holds NUL bytes or many control bytes: it is not text.
    case binary
    /// The bytes are neither valid UTF-8 nor plausible Latin-1 text.
    case notText
    /// The file is larger than the loader accepts.
    case tooLarge(bytes: Int, limit: Int)
    /// The file holds more lines than the loader accepts.
    case tooManyLines(lines: Int, limit: Int)

    /// A one-line description for the user.
    public var message: String {
        switch self {
        case .empty: "the file is empty"
        case .binary: "the file is binary, not text"
        case .notText: "the bytes are neither UTF-8 nor Latin-1 text"
        case .tooLarge(let bytes, let limit):
            "the file is too large (\(bytes / 1_048_576) MB; the limit is \(limit / 1_048_576) MB)"
        case .tooManyLines(let lines, let limit):
            "the file has too many lines (\(lines); the limit is \(limit))"
        }
    }
}
