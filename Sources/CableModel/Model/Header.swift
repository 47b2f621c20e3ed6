/// The header of a cable: who sent it, when, to whom, how classified and about what.
///
/// Every field may be absent; absence is represented as nil or empty, never guessed.
public struct Header: Sendable, Equatable {
    /// The usual cable id: year of the date, origin post and number without zeros (`09LIMA120`).
    public var id: String?
    /// The originator from the FM line (`AMEMBASSY LIMA`).
    public var origin: String?
    /// The post named on the classification line (`LIMA`).
    public var post: String?
    /// The cable's number on the classification line (`170`).
    public var number: Int?
    /// The date-time group.
    public var dateTime: CableDate?
    /// The action precedence (`PRIORITY`), from the letters before the date-time group.
    public var precedence: String?
    /// The info precedence (`ROUTINE`), where a second letter is written.
    public var infoPrecedence: String?
    /// Action addressees (TO).
    public var to: [Addressee] = []
    /// Info addressees (INFO).
    public var info: [Addressee] = []
    /// Addressees a collective address leaves out (`XMT AMCONSUL JOHANNESBURG`).
    public var excluded: [Addressee] = []
    /// The classification, normalised: `UNCLASSIFIED`, `CONFIDENTIAL`, `SECRET`, with `//NOFORN` etc. where written.
    public var classification: String?
    /// Handling caveats (`SENSITIVE`, `SIPDIS`, `NOFORN`).
    public var caveats: [String] = []
    /// The number of sections the cable was sent in (`SECTION 01 OF 12` gives 12).
    public var sectionCount: Int?
    /// The line naming the offices the cable is passed to (`DEPARTMENT FOR G/TIP, ...`).
    public var passing: String?
    /// The executive-order line as written (`E.O. 12958: N/A`).
    public var executiveOrder: String?
    /// The declassification date or instruction (`2/16/2020`), where written.
    public var declassification: String?
    /// The `Classified By:` line's text.
    public var classifiedBy: String?
    /// The officer's title and name and the reasons, read from `classifiedBy`.
    public var classifier: ClassificationAuthority?
    /// The subject and country tags (`PGOV`, `TI`).
    public var tags: [String] = []
    /// The subject line, joined when it wraps.
    public var subject: String?
    /// The telegrams the REF line refers to.
    public var references: [CableReference] = []
    /// The signing officer's name.
    public var signature: String?
    /// Transmission lines kept as metadata: the channel (`VZCZCXRO0454`), routing and `DE` lines.
    public var transmission: [String] = []
    /// Lines of the header region that no rule recognised, kept verbatim.
    public var notes: [String] = []

    /// Creates an empty header.
    public init() {}

    /// Whether anything marked this text as a cable (a classification line, an originator or a date-time group).
    public var isCable: Bool { classification != nil || origin != nil || dateTime != nil }
}
