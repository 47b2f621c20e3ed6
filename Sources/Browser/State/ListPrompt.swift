/// A line typed under the cable list: a filter, or a cable id to go to.
public struct ListPrompt: Hashable, Sendable {
    /// What the line is for.
    public enum Kind: Hashable, Sendable {
        /// The library query the list is narrowed to, as it is typed.
        case filter
        /// A cable id to select (`:`).
        case goTo

        /// What is shown before the line.
        public var sigil: String { self == .filter ? "filter: " : ":" }
    }

    /// What the line is for.
    public let kind: Kind
    /// What has been typed.
    public var text: String
    /// Where ↑ ↓ stand in the history.
    public var recall = HistoryRecall()

    /// Opens a prompt holding `text`.
    public init(_ kind: Kind, text: String = "") {
        self.kind = kind
        self.text = text
    }
}
