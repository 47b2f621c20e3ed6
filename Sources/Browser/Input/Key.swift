/// A key press, decoded by the terminal adapter from whatever the terminal sent.
public enum Key: Hashable, Sendable {
    /// A printable character (`j`, `/`, `?`, `é`).
    case character(Unicode.Scalar)
    /// A letter pressed with Ctrl (`control("o")` is Ctrl-O).
    case control(Unicode.Scalar)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete, insert
    /// A function key, F1 to F12.
    case function(Int)
    /// A key pressed with Shift, Alt or Ctrl that has no plainer name (`Ctrl-←`, `Alt-x`).
    indirect case modified(KeyModifiers, Key)
    /// An escape sequence no rule knows, swallowed whole (`ESC[99~`), so that its bytes never act as keys.
    case unknown(String)

    /// The key as the help screen names it: `↑`, `PgDn`, `Ctrl-O`, `Space`, `j`.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let scalar): String(scalar)
        case .control(let letter): "Ctrl-" + String(letter).uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .insert: "Ins"
        case .function(let number): "F\(number)"
        case .modified(let modifiers, let key): modifiers.label + key.label
        case .unknown(let sequence): sequence
        }
    }
}
