/// Where a key binding applies: everywhere in a cable, or only while a pane has the focus, the library's cable list
/// shows, a prompt is open or help shows.
public enum KeyScope: Hashable, Sendable {
    case everywhere
    case pane(PaneID)
    /// The library's list of cables (`--library`), the screen above a cable's panes.
    case cableList
    /// The pivot of the library's list (Tab from the list), in its place.
    case cablePivot
    /// The pivot's question before it reads a long list (`y` / `n`).
    case pivotQuestion
    case prompt
    case help

    /// Every scope, in the order the help screen lists them: the panes in the table's order.
    public static var allCases: [KeyScope] {
        [.everywhere] + PaneID.allCases.map(KeyScope.pane) + [.cableList, .cablePivot, .pivotQuestion, .prompt, .help]
    }

    /// The heading of the scope's section on the help screen.
    public var title: String {
        switch self {
        case .everywhere: "Everywhere"
        case .pane(let pane): PaneTable.pane(pane).helpTitle
        case .cableList: "The library's cable list (--library)"
        case .cablePivot: "The pivot of the library's list: country by year (Tab from the list)"
        case .pivotQuestion: "The pivot's question before it reads a long list"
        case .prompt: "Search and go-to prompts"
        case .help: "This help screen"
        }
    }
}
