/// Reads the names whose head noun comes first and is followed by the name itself: an embassy or consulate named
/// by its place (`Embassy Dushanbe`, `Consulate Peshawar's`), a delegation named by its leader (`Codel Snowe`).
///
/// After `Embassy`, `Consulate` or `Mission` one to three capitalised words make a name only when they are a place
/// of the gazetteer (`Embassy Comment` is none); after `Codel` or `Staffdel` one or two capitalised words the cable
/// does not write in lower case. A possessive `'s` ends the name and stays out of it.
struct HeadFirstNameReader {
    /// The heads followed by the place they stand in.
    static let placeHeads: Set<String> = ["embassy", "consulate", "mission"]
    /// The heads of a congressional or staff delegation, followed by its leader's name.
    static let delegationHeads: Set<String> = ["codel", "staffdel"]

    let index: WordIndex
    let gazetteer: Gazetteer
    /// Whether the cable writes a word (lower-cased) in lower case somewhere.
    let isOrdinaryWord: (String) -> Bool

    /// The names in document order, as written.
    func names() -> [String] {
        var names: [String] = []
        let heads = HeadFirstNameReader.placeHeads.union(HeadFirstNameReader.delegationHeads)
        for (field, tokens) in StatuteScanner.tokensByField(of: Array(heads), in: index) {
            let scalars = index.fields[Int(field)].scalars
            for token in tokens where index.shape(of: token).contains(.capitalized) {
                let head = Int(index.tokens[Int(token)].start)..<Int(index.tokens[Int(token)].end)
                if let end = nameEnd(after: head, in: scalars) { names.append(scalars.string(head.lowerBound..<end)) }
            }
        }
        return names
    }

    /// The end of the name that the head at `head` opens, or nil when no name follows it.
    private func nameEnd(after head: Range<Int>, in scalars: [Unicode.Scalar]) -> Int? {
        let isPlaceHead = HeadFirstNameReader.placeHeads.contains(scalars.lowercasedString(head))
        var words: [Range<Int>] = []
        var cursor = head.upperBound
        while words.count < (isPlaceHead ? 3 : 2), let next = scalars.nextWordStart(after: cursor) {
            var word = next..<scalars.wordEnd(from: next)
            let isPossessive = NameWords.isPossessive(scalars, word)
            if isPossessive { word = word.lowerBound..<(word.upperBound - 2) }
            guard NameWords.isNamePart(scalars, word), !isOrdinaryWord(NameWords.lowered(scalars, word)) else { break }
            words.append(word)
            if isPossessive { break }
            cursor = word.upperBound
        }
        guard isPlaceHead else { return words.last?.upperBound }
        // NB: the longest run of words that is a place (`Embassy Tel Aviv`), not a capitalised word after it.
        while let last = words.last {
            if gazetteer.country(of: scalars.string(head.upperBound..<last.upperBound)) != nil {
                return last.upperBound
            }
            words.removeLast()
        }
        return nil
    }
}
