import Browser
@preconcurrency import CNCursesw
@preconcurrency import Glibc

/// Turns cell styles into ncurses attributes and colour pairs: colour where the terminal has it and `NO_COLOR` is
/// not set, the styles' own attributes (bold, reverse, underline) always.
struct Palette {
    /// A role's colours; `replacesReverse` drops the reverse attribute that stands in for colour on monochrome.
    struct Colours {
        let foreground: Int16
        let background: Int16
        let replacesReverse: Bool
    }

    /// Whether colour is used.
    let usesColour: Bool
    /// What each style has been turned into, keyed by `key(of:)`.
    ///
    /// NB: keyed by an `Int`, not by the style: a dictionary of a new key type makes the runtime search the
    /// binary's conformance records for `Hashable` on its first use, before the first frame.
    private var attributes: [Int: (attr_t, Int16)] = [:]

    /// Sets up colour pairs when `usesColour`.
    init(usesColour: Bool) {
        self.usesColour = usesColour
        guard usesColour else { return }
        for role in CellStyle.Role.allCases {
            let colours = Palette.colours(for: role)
            init_pair(Int16(role.rawValue) + 1, colours.foreground, colours.background)
        }
    }

    /// Whether colour should be used: the terminal has it and `NO_COLOR` is unset or empty (no-color.org).
    static func wantsColour() -> Bool {
        if let value = getenv("NO_COLOR"), value.pointee != 0 { return false }
        return has_colors()
    }

    /// The ncurses attributes and colour pair for a style.
    mutating func attributes(for style: CellStyle) -> (attr_t, Int16) {
        if let known = attributes[Palette.key(of: style)] { return known }
        var flags = style.attributes
        var pair: Int16 = 0
        if usesColour {
            pair = Int16(style.role.rawValue) + 1
            if Palette.colours(for: style.role).replacesReverse { flags.remove(.reverse) }
        }
        var value = cg_attr_normal()
        if flags.contains(.bold) { value |= cg_attr_bold() }
        if flags.contains(.dim) { value |= cg_attr_dim() }
        if flags.contains(.reverse) { value |= cg_attr_reverse() }
        if flags.contains(.underline) { value |= cg_attr_underline() }
        attributes[Palette.key(of: style)] = (value, pair)
        return (value, pair)
    }

    /// A number for each style: its role and its attributes, a byte each.
    private static func key(of style: CellStyle) -> Int {
        Int(style.role.rawValue) << 8 | Int(style.attributes.rawValue)
    }

    /// The colours of each role. -1 is the terminal's own colour.
    static func colours(for role: CellStyle.Role) -> Colours {
        let black = Int16(COLOR_BLACK)
        let white = Int16(COLOR_WHITE)
        let blue = Int16(COLOR_BLUE)
        let cyan = Int16(COLOR_CYAN)
        let yellow = Int16(COLOR_YELLOW)
        let green = Int16(COLOR_GREEN)
        let red = Int16(COLOR_RED)
        let magenta = Int16(COLOR_MAGENTA)
        switch role {
        case .plain, .muted, .tab: return Colours(foreground: -1, background: -1, replacesReverse: false)
        case .heading: return Colours(foreground: yellow, background: -1, replacesReverse: false)
        case .unitLabel: return Colours(foreground: cyan, background: -1, replacesReverse: false)
        case .marking: return Colours(foreground: magenta, background: -1, replacesReverse: false)
        case .titleBar: return Colours(foreground: white, background: blue, replacesReverse: true)
        case .paneTitle: return Colours(foreground: cyan, background: -1, replacesReverse: false)
        case .focusedPaneTitle, .activeTab: return Colours(foreground: black, background: cyan, replacesReverse: true)
        case .separator: return Colours(foreground: blue, background: -1, replacesReverse: false)
        case .selection: return Colours(foreground: black, background: cyan, replacesReverse: true)
        case .unfocusedSelection: return Colours(foreground: white, background: blue, replacesReverse: true)
        case .searchHit: return Colours(foreground: black, background: yellow, replacesReverse: true)
        case .currentHit: return Colours(foreground: white, background: magenta, replacesReverse: true)
        case .statute: return Colours(foreground: green, background: -1, replacesReverse: false)
        case .crossReference: return Colours(foreground: cyan, background: -1, replacesReverse: false)
        case .figure: return Colours(foreground: magenta, background: -1, replacesReverse: false)
        case .controlEscape: return Colours(foreground: red, background: -1, replacesReverse: false)
        case .statusBar, .message, .prompt: return Colours(foreground: black, background: white, replacesReverse: true)
        case .hintKey: return Colours(foreground: blue, background: white, replacesReverse: true)
        case .warning: return Colours(foreground: white, background: red, replacesReverse: true)
        case .unclassified: return Colours(foreground: black, background: green, replacesReverse: true)
        case .confidential: return Colours(foreground: black, background: cyan, replacesReverse: true)
        case .secret: return Colours(foreground: white, background: red, replacesReverse: true)
        case .topSecret: return Colours(foreground: black, background: yellow, replacesReverse: true)
        }
    }
}
