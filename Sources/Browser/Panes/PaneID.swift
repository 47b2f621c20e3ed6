/// A pane's name. Each pane declares its own id beside its drawing (`PaneID.outline` in `OutlinePane.swift`), and
/// `PaneTable` says what each pane does; the order of that table is the order of Tab and of the tab row.
public struct PaneID: Hashable, Sendable, CustomStringConvertible {
    /// The name, unique among panes.
    public let name: String

    /// Names a pane.
    public init(_ name: String) { self.name = name }

    /// Every pane, in the table's order.
    public static var allCases: [PaneID] { PaneTable.panes.map(\.id) }

    /// The name on the pane's title row and tab.
    public var title: String { PaneTable.pane(self).title }

    /// The key-map scope that applies while the pane has the focus.
    public var scope: KeyScope { .pane(self) }

    /// The tab the pane shows under, and the number key that focuses it.
    public var tab: Int { PaneTable.pane(self).tab }

    /// Whether the pane belongs to the Paragraphs pane (the outline and the reader share tab 1).
    public var isParagraphs: Bool { tab == PaneID.outline.tab }

    public var description: String { name }
}
