/// Reads people's names after a title or honorific: `President Zelaya`, `Secretary Rice`, `Mr. Smith`,
/// `Foreign Minister Lavrov` (the name, not the title, is the person's name).
struct PersonNameReader {
    let scalars: [Unicode.Scalar]

    /// The person's name after the title at `title`, or nil.
    func read(after title: Range<Int>) -> Range<Int>? {
        guard scalars.fullWord(around: title) == title, NameWords.isNamePart(scalars, title) else { return nil }
        var end = title.upperBound
        if end < scalars.count, scalars[end] == ".",
            EnglishWords.abbreviatedTitles.contains(NameWords.lowered(scalars, title))
        {
            end += 1
        }
        guard let cursor = scalars.nextWordStart(after: end) else { return nil }
        let first = cursor..<scalars.wordEnd(from: cursor)
        let firstWord = NameWords.lowered(scalars, NameWords.withoutPossessive(scalars, first))
        guard !EnglishWords.titles.contains(firstWord), !EnglishWords.titleModifiers.contains(firstWord) else {
            return nil
        }
        return name(at: cursor)
    }

    /// The one to three words of a person's name from `start` (`Jane Doe`), unless a role or title follows them
    /// (`National Security Advisor` was a title), or nil.
    func name(at start: Int) -> Range<Int>? {
        var cursor = start
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
            if PersonNameReader.roleNouns.contains(word) || EnglishWords.titles.contains(word)
                || OrganizationNameReader.headNouns.contains(word)
            {
                return nil
            }
        }
        return start..<nameEnd
    }

    /// Nouns for roles, which follow titles (`General Counsel`) but are never names.
    static let roleNouns: Set<String> = [
        "counsel", "counselor", "counsellor", "attorney", "advisor", "adviser", "spokesman", "spokeswoman",
        "spokesperson", "officer", "official", "officials", "staff", "assembly", "council", "secretariat", "delegation",
        "affairs", "inspector", "consul", "envoy", "representative", "state", "intelligence", "security",
    ]

    private func isPersonWord(_ range: Range<Int>) -> Bool {
        let word = NameWords.lowered(scalars, NameWords.withoutPossessive(scalars, range))
        return NameWords.isNamePart(scalars, range) && scalars[range].contains(where: ScalarFolding.isLowercase)
            && !EnglishWords.nameConnectors.contains(word) && word != "the" && !EnglishWords.titles.contains(word)
            && !PersonNameReader.roleNouns.contains(word) && !EnglishWords.titleModifiers.contains(word)
            && !OrganizationNameReader.headNouns.contains(word) && !PlaceNameReader.areaWords.contains(word)
    }
}
