/// For each id of an interned table, the tokens that carry it, in document order: compressed rows in one array.
struct PostingLists: Sendable {
    /// Where each id's row starts in `tokens`; the last element is the end of the last row.
    private let starts: [Int32]
    /// The token positions of every row, one row after the other.
    private let tokens: [Int32]

    /// Builds the rows from each token's id (`ids[token]`), for ids below `idCount`.
    init(ids: [Int32], idCount: Int) {
        var starts = [Int32](repeating: 0, count: idCount + 1)
        for id in ids { starts[Int(id) + 1] += 1 }
        for position in 0..<idCount { starts[position + 1] += starts[position] }
        var fill = starts
        var tokens = [Int32](repeating: 0, count: ids.count)
        for (token, id) in ids.enumerated() {
            tokens[Int(fill[Int(id)])] = Int32(token)
            fill[Int(id)] += 1
        }
        self.starts = starts
        self.tokens = tokens
    }

    /// The tokens that carry `id`, in document order.
    func tokens(of id: Int32) -> ArraySlice<Int32> {
        tokens[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])]
    }

    /// How many tokens carry `id`.
    func count(of id: Int32) -> Int { Int(starts[Int(id) + 1] - starts[Int(id)]) }
}
