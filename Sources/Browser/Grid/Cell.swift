/// One character cell of the screen grid.
public struct Cell: Equatable, Sendable {
    /// The character; `Cell.continuationScalar` in the right half of a double-width character.
    public var scalar: Unicode.Scalar
    /// A combining mark drawn on the character (`e` + U+0301), where the text has one.
    public var mark: Unicode.Scalar?
    /// How the cell is drawn.
    public var style: CellStyle

    /// Creates a cell.
    public init(_ scalar: Unicode.Scalar, style: CellStyle, mark: Unicode.Scalar? = nil) {
        self.scalar = scalar
        self.style = style
        self.mark = mark
    }

    /// The scalar that marks the right half of a double-width character (never printable, never drawn).
    public static let continuationScalar: Unicode.Scalar = "\u{0}"

    /// A blank cell in the plain style.
    public static let blank = Cell(" ", style: CellStyle(.plain))

    /// Whether this cell is the right half of a double-width character.
    public var isContinuation: Bool { scalar == Cell.continuationScalar }
}
