/// One field (heading or text) of one unit, as the index holds it: its scalars and its run of tokens.
struct IndexedField: Sendable {
    /// The unit's position in the cable.
    let unit: Int32
    /// Which field of the unit this is.
    let field: Unit.Field
    /// The field's text as Unicode scalars; offsets into this array are the positions the index reports.
    let scalars: [Unicode.Scalar]
    /// The field's tokens: a range of `WordIndex.tokens`.
    let tokens: Range<Int32>

    /// The text between two scalar offsets.
    func text(_ range: Range<Int>) -> String {
        var string = ""
        string.unicodeScalars.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
        return string
    }
}
