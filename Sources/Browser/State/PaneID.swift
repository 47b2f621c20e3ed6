/// The panes of the browser. The outline and the reader together form the Paragraphs pane (key `1`).
public enum PaneID: Int, CaseIterable, Hashable, Sendable {
    case outline, reader, statistics, index

    /// The name on the pane's title row and tab.
    public var title: String {
        switch self {
        case .outline: "Outline"
        case .reader: "Reader"
        case .statistics: "Statistics"
        case .index: "Index"
        }
    }

    /// The key-map scope that applies while the pane has the focus.
    public var scope: KeyScope {
        switch self {
        case .outline: .outline
        case .reader: .reader
        case .statistics: .statistics
        case .index: .index
        }
    }

    /// Whether the pane belongs to the Paragraphs pane.
    public var isParagraphs: Bool { self == .outline || self == .reader }
}
