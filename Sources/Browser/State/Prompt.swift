/// A line being typed in the status bar: a search or a unit id to go to.
public struct Prompt: Hashable, Sendable {
    /// What the line is for.
    public enum Kind: Hashable, Sendable {
        case search
        case goTo

        /// The character shown before the line.
        public var sigil: String { self == .search ? "/" : ":" }
    }

    /// What the line is for.
    public var kind: Kind
    /// What has been typed.
    public var text = ""
    /// The history entry being shown, while recalling with ↑ ↓.
    public var historyPosition: Int?
    /// What was typed before recalling began.
    public var draft = ""
    /// The view when the prompt opened, restored by Esc.
    public let saved: Location
    /// The search when the prompt opened, restored by Esc.
    public let savedSearch: SearchState

    /// Opens a prompt over the view `saved`.
    public init(_ kind: Kind, saved: Location, savedSearch: SearchState) {
        self.kind = kind
        self.saved = saved
        self.savedSearch = savedSearch
    }
}
