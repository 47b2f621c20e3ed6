/// A cell's column and row.
public struct CellPosition: Hashable, Sendable {
    public var column: Int
    public var row: Int

    /// Creates a position.
    public init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }
}
