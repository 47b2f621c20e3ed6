/// A reference from the text to a paragraph: of this cable (`see Paragraph 26 B`, `para 10`, `paragraphs 3-5`)
/// or of another document (`reftel para 5`, `paragraph 2 of UNSCR 1737`).
public struct CrossReference: Sendable, Equatable {
    /// What the reference points at.
    public enum Target: Sendable, Equatable {
        /// A unit of this cable, by id.
        case unit(String)
        /// A paragraph of this cable that has no unit of that id; `CrossReference.text` says what was written.
        case unresolved
        /// A paragraph of another document: the reftel (with its cable id where the REF line gives one) or a
        /// document named after `of` (`UNSCR 1737`).
        case otherDocument(name: String, cableID: String?)
    }

    /// Where the reference is written (`Paragraph 26 B`); each paragraph of a list or range has its own reference
    /// with the same span.
    public let span: TextSpan
    /// The reference as written.
    public let text: String
    /// The paragraph asked for, as the text numbers it (`26.B`, `10`); `5-end` for a range of another document
    /// open at its end, whose last paragraph this cable cannot know.
    public let paragraph: String
    /// What it points at.
    public let target: Target

    /// The id of the unit that makes the reference.
    public var from: String { span.unitID }

    /// The id of the unit of this cable it points at, when resolved.
    public var resolvedUnitID: String? {
        if case .unit(let id) = target { return id }
        return nil
    }
}

/// A mention in the text of a telegram on the REF line: `reftel`, `ref A`, `refs A and B`.
public struct CableCitation: Sendable, Equatable {
    /// Where it is written.
    public let span: TextSpan
    /// The words as written.
    public let text: String
    /// The REF line's references it points at (all of them for a bare `reftel` when there are several; none
    /// when the header has no REF line or no such label).
    public let references: [CableReference]
}
