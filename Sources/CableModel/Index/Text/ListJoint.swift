/// What joins two items of a number list in a field's scalars: a comma, a conjunction (`and`, `or`, `&`, `, and`)
/// or a range (`-`, `–`, `to`, `through`, `thru`), with the words from `EnglishWords`.
///
/// The statute and paragraph readers walk their lists with it (`Articles 241, 243 and 250`, `paras 3-5`,
/// `paragraphs 1 through 4`); the statistics skip the same lists with the same words (`ReferenceList`).
struct ListJoint: Equatable {
    /// How the next item relates to the one before.
    enum Kind: Equatable {
        /// Another item: after a comma, a conjunction, or both.
        case item(conjunction: Bool)
        /// The last item of a range that the one before opens.
        case range
    }

    let kind: Kind
    /// Where the next item starts.
    let next: Int

    /// The joint after an item that ends at `end`, or nil when none follows. A dash counts only when `dashes`
    /// allows it (a statute number keeps its own hyphen: `Article 205-15`).
    static func read(_ scalars: [Unicode.Scalar], after end: Int, dashes: Bool) -> ListJoint? {
        var position = scalars.skippingSpaces(from: end)
        guard position < scalars.count else { return nil }
        if dashes, scalars[position] == "-" || scalars[position] == "\u{2013}" {
            return ListJoint(kind: .range, next: scalars.skippingSpaces(from: position + 1))
        }
        let comma = scalars[position] == ","
        if comma { position = scalars.skippingSpaces(from: position + 1) }
        if let word = scalars.word(at: position, oneOf: EnglishWords.listWords) {
            let next = scalars.skippingSpaces(from: word.end)
            let isRange = EnglishWords.rangeWords.contains(word.word)
            return ListJoint(kind: isRange ? .range : .item(conjunction: true), next: next)
        }
        if position < scalars.count, scalars[position] == "&" {
            return ListJoint(kind: .item(conjunction: true), next: scalars.skippingSpaces(from: position + 1))
        }
        return comma ? ListJoint(kind: .item(conjunction: false), next: position) : nil
    }
}
