/// How one scalar of text appears on the screen.
public enum Glyph: Equatable, Sendable {
    /// A printable character one or two columns wide.
    case character(width: Int)
    /// A combining mark, drawn on the character before it.
    case mark
    /// White space drawn as one blank column (a tab).
    case blank
    /// A control or invisible character, shown as a visible escape (`^[`, `<U+202E>`) and never sent raw.
    case escape(String)

    /// The columns the glyph takes.
    public var width: Int {
        switch self {
        case .character(let width): width
        case .mark: 0
        case .blank: 1
        case .escape(let text): text.utf8.count
        }
    }

    /// The visible escape for a control or invisible scalar: caret notation for C0 and DEL, `<U+XXXX>` otherwise.
    public static func escape(for scalar: Unicode.Scalar) -> Glyph {
        let value = scalar.value
        if value < 0x20 || value == 0x7F {
            return .escape("^" + String(Unicode.Scalar(UInt8(value ^ 0x40))))
        }
        let hex = String(value, radix: 16, uppercase: true)
        return .escape("<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">")
    }
}
