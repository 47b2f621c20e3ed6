/// A line for the status bar's message area, shown until the next key.
public struct StatusMessage: Hashable, Sendable {
    /// Whether the message reports a problem.
    public enum Kind: Sendable { case info, warning }

    /// The words.
    public var text: String
    /// The kind.
    public var kind: Kind

    /// Creates a message.
    public init(_ text: String, kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }
}
