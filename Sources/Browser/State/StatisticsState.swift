/// The statistics pane's state: which table shows, and each table's selection, scroll and sort.
public struct StatisticsState: Hashable, Sendable {
    /// The table shown (its position among the document's tables).
    public var table = 0
    /// Each table's state, by position.
    public var tables: [TableState] = []

    /// Creates a state showing the first table.
    public init() {}

    /// The state of the table shown.
    public var current: TableState {
        get { table < tables.count ? tables[table] : TableState() }
        set {
            guard newValue != current else { return }
            while tables.count <= table { tables.append(TableState()) }
            tables[table] = newValue
        }
    }
}
