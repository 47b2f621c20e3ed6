/// How a cell is drawn: a role that the terminal adapter colours, and attributes that read without colour.
///
/// NB: every role that must stand out also carries an attribute (reverse, bold, underline), so a monochrome
/// terminal or `NO_COLOR` still shows search hits, references and the selection.
public struct CellStyle: Hashable, Sendable {
    /// What the cell shows, for the adapter's palette.
    public enum Role: UInt8, CaseIterable, Sendable {
        case plain
        case muted
        case heading
        case unitLabel
        case marking
        case titleBar
        case paneTitle
        case focusedPaneTitle
        case separator
        case selection
        case unfocusedSelection
        case searchHit
        case currentHit
        case statute
        case crossReference
        case figure
        case controlEscape
        case statusBar
        case message
        case warning
        case hintKey
        case prompt
        case tab
        case activeTab
        case unclassified
        case confidential
        case secret
        case topSecret
    }

    /// Attributes that every terminal can show.
    public struct Attributes: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let bold = Attributes(rawValue: 1)
        public static let dim = Attributes(rawValue: 2)
        public static let reverse = Attributes(rawValue: 4)
        public static let underline = Attributes(rawValue: 8)
    }

    /// The role.
    public var role: Role
    /// The attributes.
    public var attributes: Attributes

    /// Creates a style.
    public init(_ role: Role, _ attributes: Attributes = []) {
        self.role = role
        self.attributes = attributes
    }
}
