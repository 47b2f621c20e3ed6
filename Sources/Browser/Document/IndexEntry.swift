/// One entry of the index pane: a statute, a cross-reference target, a referenced cable, a name or a glossary term,
/// with the places the cable mentions it.
public struct IndexEntry: Sendable {
    /// What the entry is, for following references to it.
    public enum Kind: Hashable, Sendable {
        /// A statute, by its position in `Document.statutes`.
        case statute(Int)
        /// A unit that cross-references point at, by position.
        case unit(Int)
        /// A cable a REF line names, by its position among the header's references.
        case cable(Int)
        /// A library cable that refers to this one, by its position in `CableLinks.citedBy`.
        case citingCable(Int)
        /// Anything else: a cable, a name, a term.
        case other
    }

    /// The words on the entry's row (`Art. 241.2 Criminal Code`).
    public let title: String
    /// What follows them, dimmer (`“Trafficking in Persons” · 3`).
    public let detail: String
    /// The places that mention it, in document order.
    public let mentions: [FieldSpan]
    /// What the entry is.
    public let kind: Kind

    /// Creates an entry.
    public init(title: String, detail: String, mentions: [FieldSpan], kind: Kind = .other) {
        self.title = title
        self.detail = detail
        self.mentions = mentions
        self.kind = kind
    }
}

/// A group of the index pane (`Statutes`, `Places`), with its entries.
public struct IndexGroup: Sendable {
    /// The group's heading.
    public let title: String
    /// The entries, in the order the pane lists them.
    public let entries: [IndexEntry]

    /// Creates a group.
    public init(title: String, entries: [IndexEntry]) {
        self.title = title
        self.entries = entries
    }
}

/// A row of the index pane's entry list: a group heading or an entry.
public enum IndexRow: Hashable, Sendable {
    case heading(group: Int)
    case entry(group: Int, entry: Int)
}
