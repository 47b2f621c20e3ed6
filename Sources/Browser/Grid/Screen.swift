/// A grid of cells that panes paint into; the terminal adapter copies it to the real screen.
///
/// Every write clips to the grid (and to the column limit it is given) by display width, so nothing drawn here
/// can wrap, spill into a neighbour or send a control character to the terminal.
public struct Screen: Sendable {
    /// The grid's size.
    public private(set) var size: Size
    /// The cells, row by row.
    public private(set) var cells: [Cell]
    /// How scalars are measured and shown.
    public let displayWidth: DisplayWidth
    /// Where the terminal's cursor should show (at a prompt), or nil to hide it.
    public var cursor: CellPosition?

    /// Creates a blank grid.
    public init(size: Size, displayWidth: DisplayWidth = .unicodeTable) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        self.displayWidth = displayWidth
        cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    /// The whole grid as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    /// The cell at a column and row.
    public subscript(column: Int, row: Int) -> Cell {
        cells[row * size.width + column]
    }

    /// The cells of one row.
    public func row(_ row: Int) -> ArraySlice<Cell> {
        cells[(row * size.width)..<((row + 1) * size.width)]
    }

    /// Blanks the grid, keeping its storage; resizes it when `size` differs.
    public mutating func clear(to size: Size? = nil) {
        if let size, size != self.size {
            self = Screen(size: size, displayWidth: displayWidth)
            return
        }
        for index in cells.indices { cells[index] = .blank }
        cursor = nil
    }

    /// Sets one cell, repairing a double-width character that the write cuts in half.
    @inline(__always)
    mutating func set(_ cell: Cell, column: Int, row: Int) {
        let index = row * size.width + column
        if cells[index].isContinuation, column > 0 {
            cells[index - 1] = Cell(" ", style: cells[index - 1].style)
        }
        if column + 1 < size.width, cells[index + 1].isContinuation, !cell.isContinuation {
            cells[index + 1] = Cell(" ", style: cells[index + 1].style)
        }
        cells[index] = cell
    }

    /// Adds a combining mark to the character at a cell, keeping the first mark where there are several.
    mutating func addMark(_ mark: Unicode.Scalar, column: Int, row: Int) {
        let index = row * size.width + column
        if cells[index].mark == nil, !cells[index].isContinuation { cells[index].mark = mark }
    }

    /// Paints every cell of `rect` with blanks in `style`.
    public mutating func fill(_ rect: Rect, style: CellStyle) {
        let clipped = rect.clipped(to: bounds)
        for row in clipped.y..<clipped.maxY {
            for column in clipped.x..<clipped.maxX { set(Cell(" ", style: style), column: column, row: row) }
        }
    }

    /// Changes the style of the cells in `rect`, keeping their characters.
    public mutating func restyle(_ rect: Rect, _ change: (inout CellStyle) -> Void) {
        let clipped = rect.clipped(to: bounds)
        for row in clipped.y..<clipped.maxY {
            for column in clipped.x..<clipped.maxX { change(&cells[row * size.width + column].style) }
        }
    }
}

extension Rect {
    /// The part of the rectangle inside `other`.
    public func clipped(to other: Rect) -> Rect {
        let left = Swift.max(x, other.x)
        let top = Swift.max(y, other.y)
        let right = Swift.min(maxX, other.maxX)
        let bottom = Swift.min(maxY, other.maxY)
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }
}
