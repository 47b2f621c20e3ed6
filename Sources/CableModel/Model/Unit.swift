/// One addressable unit of a cable's body: a numbered paragraph, a section, a lettered item or an unnumbered paragraph.
public struct Unit: Sendable, Equatable, Identifiable {
    /// What kind of unit this is.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A numbered paragraph (`¶1.`, `1.(C)`); its id is the number.
        case paragraph
        /// A section heading that carries a number (`PARAGRAPH 25: …`); its id is the number.
        case section
        /// A lettered item under a section or paragraph (`¶A.`, `1A.`); its id is `parent.letter`.
        case item
        /// A heading line without a number (`A DIFFICULT NEIGHBORHOOD`, or a line underlined with dashes).
        case heading
        /// A paragraph without a number; its id is `u` and its place among them.
        case unnumbered
    }

    /// A field of a unit that text positions refer to.
    public enum Field: String, Sendable, Codable {
        case heading
        case text
    }

    /// The stable id: `4`, `25`, `25.A`, `h1`, `u1`.
    public let id: String
    /// What kind of unit this is.
    public let kind: Kind
    /// The id of the unit this one belongs to (a lettered item's section or paragraph).
    public let parent: String?
    /// The marker as the cable writes it, normalised: `1.`, `PARAGRAPH 25`, `A.`; empty for unnumbered units.
    public let label: String
    /// The portion marking (`U`, `SBU`, `C`, `S`, `S/NF`) where the text writes one.
    public let marking: String?
    /// A section's title, a heading's line or an item's question.
    public let heading: String?
    /// The body text, repaired; real paragraph breaks are kept as blank lines.
    public let text: String
    /// The page the unit starts on, where the cable has page breaks.
    public let page: Int?
    /// Where the unit's first line starts in its cable's text (`Cable.sourceLines`: UTF-8, LF line ends), as a
    /// byte offset; the browser shows the original lines from there. Nil where unknown.
    public let sourceStart: Int?

    /// Creates a unit.
    public init(
        id: String, kind: Kind, parent: String?, label: String, marking: String?, heading: String?, text: String,
        page: Int?, sourceStart: Int? = nil
    ) {
        self.id = id
        self.kind = kind
        self.parent = parent
        self.label = label
        self.marking = marking
        self.heading = heading
        self.text = text
        self.page = page
        self.sourceStart = sourceStart
    }

    /// The value of one field: the heading (empty when there is none) or the text.
    public func value(of field: Field) -> String {
        switch field {
        case .heading: heading ?? ""
        case .text: text
        }
    }
}
