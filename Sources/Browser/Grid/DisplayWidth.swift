/// Measures how many terminal columns text takes, and decides how each scalar is shown.
///
/// The terminal adapter injects the C library's `wcwidth` (which is what ncurses' cursor follows); tests and other
/// callers use the pure-Swift `unicodeTable`.
public struct DisplayWidth: Sendable {
    private let measure: @Sendable (Unicode.Scalar) -> Int

    /// Creates a measure from a function that gives -1 for a non-printable scalar, 0 for a combining one,
    /// otherwise its columns (the contract of `wcwidth`).
    public init(measuring measure: @escaping @Sendable (Unicode.Scalar) -> Int) {
        self.measure = measure
    }

    /// Widths from the built-in Unicode table.
    public static let unicodeTable = DisplayWidth(measuring: UnicodeWidthTable.columns(of:))

    /// How `scalar` is shown: as itself, as a mark on the character before it, as a blank, or as a visible escape.
    @inline(__always)
    public func glyph(for scalar: Unicode.Scalar) -> Glyph {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return .character(width: 1) }
        if value == 0x09 { return .blank }
        if value < 0xA0 || DisplayWidth.isInvisibleControl(value) { return Glyph.escape(for: scalar) }
        let columns = measure(scalar)
        if columns > 0 { return .character(width: min(columns, 2)) }
        if columns == 0, DisplayWidth.isMark(scalar) { return .mark }
        return Glyph.escape(for: scalar)
    }

    /// The columns `text` takes when drawn.
    public func width(of text: some Sequence<Unicode.Scalar>) -> Int {
        var total = 0
        for scalar in text { total += glyph(for: scalar).width }
        return total
    }

    /// The columns a string takes when drawn.
    public func width(of text: String) -> Int { width(of: text.unicodeScalars) }

    /// Bidirectional overrides, isolates and line separators: invisible, and able to reorder what follows.
    private static func isInvisibleControl(_ value: UInt32) -> Bool {
        (0x200E...0x200F).contains(value) || (0x2028...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            || value == 0x061C || value == 0xFEFF
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: true
        default: false
        }
    }
}
