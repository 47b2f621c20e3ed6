/// Reads place names from the words around them: `Sughd Oblast`, `the Khatlon region`, `the town of Khorog`.
struct PlaceNameReader {
    let scalars: [Unicode.Scalar]
    let isOrdinaryWord: (String) -> Bool

    /// Words for an administrative area, written after its name (`Sughd Oblast`, `the Khatlon region`).
    static let areaWords: Set<String> = [
        "oblast", "region", "province", "district", "governorate", "raion", "rayon", "prefecture", "valley",
        "municipality", "county",
    ]
    /// Words for a built site, written after its name (`Kandi Air Base`, `the Kolsay dam`, `Osh Bridge`).
    static let facilityWords: Set<String> = ["base", "airbase", "dam", "bridge", "plant", "airport", "airfield"]
    /// Words that stand between a site's name and its facility word (`Air`, `Hydroelectric`).
    static let facilityModifiers: Set<String> = ["air", "naval", "hydroelectric", "power", "nuclear", "military"]

    /// Words written before `of` and a place's name (`the town of Khorog`).
    static let settlementWords: Set<String> = ["town", "city", "village", "district", "region", "province"]

    /// A place named at the trigger word `trigger`: the full name and a shorter alias, if any.
    func read(at trigger: Range<Int>) -> (name: Range<Int>, alias: Range<Int>?)? {
        guard scalars.fullWord(around: trigger) == trigger else { return nil }
        let word = NameWords.lowered(scalars, trigger)
        if PlaceNameReader.settlementWords.contains(word), let name = nameAfterOf(trigger) { return (name, nil) }
        let isFacility = PlaceNameReader.facilityWords.contains(word)
        guard PlaceNameReader.areaWords.contains(word) || isFacility else { return nil }
        let headStart = isFacility ? facilityStart(before: trigger) : trigger.lowerBound
        let words = nameWords(before: headStart)
        guard let first = words.last, let last = words.first else { return nil }
        let name = first.lowerBound..<last.upperBound
        if NameWords.isNamePart(scalars, trigger) { return (first.lowerBound..<trigger.upperBound, name) }
        let before = scalars.previousWordStart(before: first.lowerBound)
        guard let before, scalars.spells("the", in: before..<scalars.wordEnd(from: before)) else { return nil }
        return (name, nil)
    }

    /// Where a facility's words start: before the modifiers written like its facility word (`Air Base`, `power
    /// plant`).
    private func facilityStart(before trigger: Range<Int>) -> Int {
        let capitalised = NameWords.isNamePart(scalars, trigger)
        var start = trigger.lowerBound
        while let previous = scalars.previousWordStart(before: start) {
            let range = previous..<scalars.wordEnd(from: previous)
            guard PlaceNameReader.facilityModifiers.contains(NameWords.lowered(scalars, range)),
                NameWords.isNamePart(scalars, range) == capitalised
            else { break }
            start = previous
        }
        return start
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
            && !OrganizationNameReader.headNouns.contains(word) && !PlaceNameReader.facilityModifiers.contains(word)
    }
}
