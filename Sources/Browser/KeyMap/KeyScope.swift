/// Where a key binding applies: everywhere, or only while a pane has the focus, a prompt is open or help shows.
public enum KeyScope: Hashable, Sendable {
    case everywhere
    case pane(PaneID)
    case prompt
    case help

    /// Every scope, in the order the help screen lists them: the panes in the table's order.
    public static var allCases: [KeyScope] { [.everywhere] + PaneID.allCases.map(KeyScope.pane) + [.prompt, .help] }

    /// The heading of the scope's section on the help screen.
    public var title: String {
        switch self {
        case .everywhere: "Everywhere"
        case .pane(let pane): PaneTable.pane(pane).helpTitle
        case .prompt: "Search and go-to prompts"
        case .help: "This help screen"
        }
    }
}
