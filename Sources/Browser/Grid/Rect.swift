/// A rectangle of cells on the screen: its top-left corner and its size.
public struct Rect: Hashable, Sendable {
    /// The leftmost column.
    public var x: Int
    /// The top row.
    public var y: Int
    /// Columns.
    public var width: Int
    /// Rows.
    public var height: Int

    /// Creates a rectangle; negative sizes become empty.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The column just past the right edge.
    public var maxX: Int { x + width }
    /// The row just past the bottom edge.
    public var maxY: Int { y + height }
    /// Whether the rectangle holds no cell.
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// Whether the cell at (`column`, `row`) lies inside.
    public func contains(column: Int, row: Int) -> Bool {
        column >= x && column < maxX && row >= y && row < maxY
    }

    /// The top `rows` rows.
    public func top(_ rows: Int) -> Rect { Rect(x: x, y: y, width: width, height: min(rows, height)) }

    /// Everything below the top `rows` rows.
    public func droppingTop(_ rows: Int) -> Rect {
        let taken = min(rows, height)
        return Rect(x: x, y: y + taken, width: width, height: height - taken)
    }

    /// The left `columns` columns.
    public func left(_ columns: Int) -> Rect { Rect(x: x, y: y, width: min(columns, width), height: height) }

    /// Everything right of the left `columns` columns.
    public func droppingLeft(_ columns: Int) -> Rect {
        let taken = min(columns, width)
        return Rect(x: x + taken, y: y, width: width - taken, height: height)
    }

    /// One row of the rectangle, counted from its top.
    public func row(_ index: Int) -> Rect { Rect(x: x, y: y + index, width: width, height: 1) }
}
