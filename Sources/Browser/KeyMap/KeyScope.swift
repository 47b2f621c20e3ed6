/// Where a key binding applies: everywhere, or only while a pane has the focus, a prompt is open or help shows.
public enum KeyScope: String, CaseIterable, Sendable {
    case everywhere
    case outline
    case reader
    case statistics
    case index
    case prompt
    case help

    /// The heading of the scope's section on the help screen.
    public var title: String {
        switch self {
        case .everywhere: "Everywhere"
        case .outline: "Outline (pane 1, left)"
        case .reader: "Reader (pane 1, right)"
        case .statistics: "Statistics (pane 2)"
        case .index: "Index (pane 3)"
        case .prompt: "Search and go-to prompts"
        case .help: "This help screen"
        }
    }
}
