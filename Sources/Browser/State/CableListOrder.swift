/// A column of the cable list, in the order they show.
public enum CableListColumn: String, CaseIterable, Hashable, Sendable {
    case date, id, origin, classification, subject

    /// The heading shown above the column.
    public var heading: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

/// How the cable list is sorted: by a column, up or down.
public struct CableListOrder: Hashable, Sendable {
    /// The column sorted by.
    public var column: CableListColumn
    /// Whether the order is reversed (latest, last or highest first).
    public var descending: Bool

    /// Creates an order, by date from the earliest unless told otherwise.
    public init(_ column: CableListColumn = .date, descending: Bool = false) {
        self.column = column
        self.descending = descending
    }

    /// The next column to sort by (`s`), ascending, back to the first after the last.
    public var next: CableListOrder {
        let all = CableListColumn.allCases
        let position = all.firstIndex(of: column) ?? 0
        return CableListOrder(all[(position + 1) % all.count])
    }
}
