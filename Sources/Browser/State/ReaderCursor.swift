/// The highlighted place in the reader that Enter acts on: a search hit, a statute reference, a cross-reference
/// or a figure, with its position in the list it was reached through.
public struct ReaderCursor: Hashable, Sendable {
    /// What the cursor stands on.
    public enum Kind: Hashable, Sendable {
        /// A search match (its position among the matches).
        case searchHit(Int)
        /// A statute mention (its position among all statute mentions).
        case statute(Int)
        /// A paragraph cross-reference (its position among them).
        case crossReference(Int)
        /// A row of a statistics table (the table and the row).
        case figure(table: Int, row: Int)
        /// The sentence of a figure that a cell of the library's pivot opened the cable at.
        case sentence
        /// A mention listed by an index entry (the entry's row and the mention's position).
        case mention(row: Int, mention: Int)
    }

    /// What the cursor stands on.
    public var kind: Kind
    /// Where it is.
    public var span: FieldSpan

    /// Creates a cursor.
    public init(_ kind: Kind, span: FieldSpan) {
        self.kind = kind
        self.span = span
    }
}
