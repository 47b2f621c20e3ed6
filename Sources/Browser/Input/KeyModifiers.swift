/// Shift, Alt and Ctrl held with a key, as escape sequences report them.
public struct KeyModifiers: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let shift = KeyModifiers(rawValue: 1)
    public static let alt = KeyModifiers(rawValue: 2)
    public static let control = KeyModifiers(rawValue: 4)

    /// The modifiers of an xterm parameter (`1;5A`: 5 is 1 + Ctrl's 4).
    init(xtermParameter parameter: Int) {
        self.init(rawValue: UInt8(clamping: max(0, parameter - 1) & 7))
    }

    /// `Ctrl-Shift-`: the modifiers as a key name starts.
    var label: String {
        (contains(.control) ? "Ctrl-" : "") + (contains(.alt) ? "Alt-" : "") + (contains(.shift) ? "Shift-" : "")
    }
}
