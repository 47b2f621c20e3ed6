/// A line being typed in the status bar: a search, a unit id to go to, or a file name.
public struct Prompt: Hashable, Sendable {
    /// What the line is for.
    public enum Kind: Hashable, Sendable {
        case search
        case goTo
        /// The name of the CSV file to write the current table to.
        case file
        /// The words the focused list is narrowed to.
        case filter

        /// What is shown before the line.
        public var sigil: String {
            switch self {
            case .search: "/"
            case .goTo: ":"
            case .file: "write CSV to: "
            case .filter: "filter: "
            }
        }
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
    /// The focused list's filter when the prompt opened, restored by Esc.
    public var savedFilter = ""

    /// Opens a prompt over the view `saved`.
    public init(_ kind: Kind, saved: Location, savedSearch: SearchState) {
        self.kind = kind
        self.saved = saved
        self.savedSearch = savedSearch
    }
}
