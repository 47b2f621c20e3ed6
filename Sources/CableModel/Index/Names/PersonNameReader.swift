/// Reads people's names after a title or honorific: `President Zelaya`, `Secretary Rice`, `Mr. Smith`,
/// `Foreign Minister Lavrov` (the name, not the title, is the person's name).
struct PersonNameReader {
    let scalars: [Unicode.Scalar]

    /// Titles and honorifics written before a name.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "president", "minister", "ambassador", "senator", "governor", "mayor", "judge",
        "general", "colonel", "admiral", "secretary", "chairman", "chairwoman", "director", "commissioner",
        "prosecutor", "speaker", "king", "queen", "prince", "sheikh", "imam", "bishop", "congressman",
        "congresswoman", "lieutenant", "captain", "sergeant", "professor", "deputy", "chief", "ambassador-at-large",
        "commander",
    ]
    /// Words that stand between titles (`Deputy Foreign Minister`), never in a name.
    static let titleModifiers: Set<String> = [
        "foreign", "prime", "vice", "first", "interior", "defense", "defence", "justice", "finance", "acting",
        "assistant", "under", "special", "attorney", "executive", "permanent", "senior", "general", "former", "supreme",
    ]

    /// The person's name after the title at `title`, or nil.
    func read(after title: Range<Int>) -> Range<Int>? {
        guard scalars.fullWord(around: title) == title, NameWords.isNameWord(scalars, title) else { return nil }
        var end = title.upperBound
        if end < scalars.count, scalars[end] == ".",
            ["mr", "mrs", "ms", "dr"].contains(NameWords.lowered(scalars, title))
        {
            end += 1
        }
        guard var cursor = scalars.nextWordStart(after: end) else { return nil }
        let first = cursor..<scalars.wordEnd(from: cursor)
        let firstWord = NameWords.lowered(scalars, NameWords.withoutPossessive(scalars, first))
        guard !PersonNameReader.titles.contains(firstWord), !PersonNameReader.titleModifiers.contains(firstWord) else {
            return nil
        }
        var nameEnd: Int?
        for _ in 0..<3 {
            let range = cursor..<scalars.wordEnd(from: cursor)
            guard isPersonWord(range) else { break }
            nameEnd = NameWords.withoutPossessive(scalars, range).upperBound
            guard !NameWords.isPossessive(scalars, range), let next = scalars.nextWordStart(after: range.upperBound)
            else {
                break
            }
            cursor = next
        }
        guard let nameEnd else { return nil }
        // NB: a name followed by a role or title (`National Security Advisor`) was part of the title.
        if let next = scalars.nextWordStart(after: nameEnd) {
            let word = NameWords.lowered(scalars, next..<scalars.wordEnd(from: next))
            if PersonNameReader.roleNouns.contains(word) || PersonNameReader.titles.contains(word)
                || OrganizationNameReader.headNouns.contains(word)
            {
                return nil
            }
        }
        return first.lowerBound..<nameEnd
    }

    /// Nouns for roles, which follow titles (`General Counsel`) but are never names.
    static let roleNouns: Set<String> = [
        "counsel", "counselor", "counsellor", "attorney", "advisor", "adviser", "spokesman", "spokeswoman",
        "spokesperson", "officer", "official", "officials", "staff", "assembly", "council", "secretariat", "delegation",
        "affairs", "inspector", "consul", "envoy", "representative", "state", "intelligence", "security",
    ]

    private func isPersonWord(_ range: Range<Int>) -> Bool {
        let word = NameWords.lowered(scalars, NameWords.withoutPossessive(scalars, range))
        return NameWords.isNameWord(scalars, range) && scalars[range].contains(where: ScalarFolding.isLowercase)
            && !NameWords.connectors.contains(word) && word != "the" && !PersonNameReader.titles.contains(word)
            && !PersonNameReader.roleNouns.contains(word) && !PersonNameReader.titleModifiers.contains(word)
            && !OrganizationNameReader.headNouns.contains(word) && !PlaceNameReader.areaWords.contains(word)
    }
}
