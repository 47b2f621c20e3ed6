/// A statute mention in document order, for stepping with `]` `[` and `)` `(`.
public struct StatuteMentionPlace: Sendable {
    /// Where it is written.
    public let span: FieldSpan
    /// The statute, by position in `CableFindings.statutes`.
    public let statute: Int
    /// The mention's position among its statute's mentions.
    public let ordinal: Int

    /// Creates a place.
    public init(span: FieldSpan, statute: Int, ordinal: Int) {
        self.span = span
        self.statute = statute
        self.ordinal = ordinal
    }
}

/// A statute as the browser names and finds it.
public struct StatuteSummary: Sendable {
    /// The label for the status line (`Art. 241.2`, `Sec. 372`).
    public let label: String
    /// The positions in `CableFindings.statuteMentions` of its mentions, in document order.
    public let mentions: [Int]
    /// Its row in the index pane's entry list.
    public let indexRow: Int?

    /// Creates a summary.
    public init(label: String, mentions: [Int], indexRow: Int?) {
        self.label = label
        self.mentions = mentions
        self.indexRow = indexRow
    }
}

/// A paragraph cross-reference, for stepping with `}` `{` and following with Enter.
public struct CrossReferencePlace: Sendable {
    /// Where it is written.
    public let span: FieldSpan
    /// The unit it points at (its position), when it resolves to one of this cable.
    public let target: Int?
    /// The reference as written, for messages (`Paragraph 26 B`).
    public let text: String
    /// The REF line it stands on in the header (its position among the header's references), if it is one.
    public let cableReference: Int?
    /// The id of the other cable it points into (`reftel para 5`), when the REF line gives one.
    public let linkedCable: String?

    /// Creates a place.
    public init(span: FieldSpan, target: Int?, text: String, cableReference: Int? = nil, linkedCable: String? = nil) {
        self.span = span
        self.target = target
        self.text = text
        self.cableReference = cableReference
        self.linkedCable = linkedCable
    }
}
