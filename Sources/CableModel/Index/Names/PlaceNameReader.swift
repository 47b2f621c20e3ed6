/// Reads place names from the words around them: `Sughd Oblast`, `the Khatlon region`, `the town of Khorog`.
struct PlaceNameReader {
    let scalars: [Unicode.Scalar]
    let isOrdinaryWord: (String) -> Bool

    /// Words for an administrative area, written after its name (`Sughd Oblast`, `the Khatlon region`).
    static let areaWords: Set<String> = [
        "oblast", "region", "province", "district", "governorate", "raion", "rayon", "prefecture", "valley",
        "municipality", "county",
    ]
    /// Words written before `of` and a place's name (`the town of Khorog`).
    static let settlementWords: Set<String> = ["town", "city", "village", "district", "region", "province"]

    /// A place named at the trigger word `trigger`: the full name and a shorter alias, if any.
    func read(at trigger: Range<Int>) -> (name: Range<Int>, alias: Range<Int>?)? {
        guard scalars.fullWord(around: trigger) == trigger else { return nil }
        let word = NameWords.lowered(scalars, trigger)
        if PlaceNameReader.settlementWords.contains(word), let name = nameAfterOf(trigger) { return (name, nil) }
        guard PlaceNameReader.areaWords.contains(word) else { return nil }
        let words = nameWords(before: trigger.lowerBound)
        guard let first = words.last, let last = words.first else { return nil }
        let name = first.lowerBound..<last.upperBound
        if NameWords.isNamePart(scalars, trigger) { return (first.lowerBound..<trigger.upperBound, name) }
        let before = scalars.previousWordStart(before: first.lowerBound)
        guard let before, scalars.spells("the", in: before..<scalars.wordEnd(from: before)) else { return nil }
        return (name, nil)
    }

    /// `of Khorog`: one to three capitalised words after `of`.
    private func nameAfterOf(_ trigger: Range<Int>) -> Range<Int>? {
        guard let of = scalars.nextWordStart(after: trigger.upperBound), scalars.spells("of", in: of..<of + 2),
            var cursor = scalars.nextWordStart(after: of + 2)
        else { return nil }
        let start = cursor
        var end = cursor
        for _ in 0..<3 {
            let range = cursor..<scalars.wordEnd(from: cursor)
            guard isPlaceWord(range) else { break }
            end = NameWords.withoutPossessive(scalars, range).upperBound
            guard !NameWords.isPossessive(scalars, range), let next = scalars.nextWordStart(after: range.upperBound)
            else { break }
            cursor = next
        }
        return end > start ? start..<end : nil
    }

    /// One to three capitalised words just before `start`, nearest first.
    private func nameWords(before start: Int) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var cursor = start
        while words.count < 3, let previous = scalars.previousWordStart(before: cursor) {
            let range = previous..<scalars.wordEnd(from: previous)
            guard isPlaceWord(range), !NameWords.isPossessive(scalars, range) else { break }
            if scalars.startsSentence(previous), isOrdinaryWord(NameWords.lowered(scalars, range)) { break }
            words.append(range)
            cursor = previous
        }
        return words
    }

    private func isPlaceWord(_ range: Range<Int>) -> Bool {
        let word = NameWords.lowered(scalars, range)
        return NameWords.isNamePart(scalars, range) && !EnglishWords.nameConnectors.contains(word) && word != "the"
            && !OrganizationNameReader.headNouns.contains(word)
    }
}
