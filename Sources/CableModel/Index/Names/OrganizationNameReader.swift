/// Reads organisation names around a head noun: `Ministry of Interior`, `Ministry for Labor and Social Welfare`,
/// `State Committee on National Security`, `Prosecutor General's Office`, `Inter-Ministerial Commission`.
struct OrganizationNameReader {
    let scalars: [Unicode.Scalar]
    /// Whether the cable writes this word in lower case somewhere: a capitalised copy that opens a sentence is
    /// then an ordinary word (`Most Ministry officials`), not part of a name.
    let isOrdinaryWord: (String) -> Bool

    /// Words that make a run of capitalised words an organisation's name.
    static let headNouns: Set<String> = [
        "ministry", "committee", "commission", "office", "agency", "service", "council", "department", "directorate",
        "court", "parliament", "assembly", "bureau", "embassy", "consulate", "union", "party", "bank", "fund",
        "organization", "organisation", "institute", "foundation", "association", "center", "centre", "university",
        "academy", "police", "army", "forces", "guard", "guards", "unit", "administration", "authority", "tribunal",
        "tribunals", "federation", "coalition", "alliance", "movement", "front", "network", "mission", "program",
        "programme", "corporation", "company", "inspectorate", "nations", "secretariat", "procuracy",
        "congress", "senate", "cabinet", "presidency", "group", "government", "force", "corps", "constabulary",
        "command", "intelligence", "regime",
    ]

    /// The name around the head noun at `head`, or nil when the head stands alone (`the Commission`).
    func read(around head: Range<Int>) -> Range<Int>? {
        let head = scalars.fullWord(around: head)
        guard NameWords.isNamePart(scalars, head), scalars[head].contains(where: ScalarFolding.isLowercase) else {
            return nil
        }
        // NB: a head in the possessive (`Inter-Services Intelligence's chief`) ends the name without its `'s`.
        let isPossessiveHead = NameWords.isPossessive(scalars, head) && !NameWords.isGroupPossessive(scalars, head)
        let end = isPossessiveHead ? head.upperBound - 2 : forwardEnd(from: head)
        var words = backwardWords(from: head.lowerBound)
        while let first = words.last, EnglishWords.nameConnectors.contains(NameWords.lowered(scalars, first)) {
            words.removeLast()
        }
        if let first = words.last, scalars.startsSentence(first.lowerBound),
            isOrdinaryWord(NameWords.lowered(scalars, first))
        {
            words.removeLast()
        }
        let start = words.last?.lowerBound ?? head.lowerBound
        guard !words.isEmpty || end > head.upperBound else { return nil }
        return start..<end
    }

    /// The end of the name after its head: `of Interior`, `on National Security` (stopping before a `'s`).
    private func forwardEnd(from head: Range<Int>) -> Int {
        var end = head.upperBound
        var cursor = head.upperBound
        var passedConnector = false
        while let next = scalars.nextWordStart(after: cursor) {
            let range = next..<scalars.wordEnd(from: next)
            let word = NameWords.lowered(scalars, range)
            if EnglishWords.nameConnectors.contains(word) {
                guard let after = scalars.nextWordStart(after: range.upperBound),
                    NameWords.isNamePart(scalars, after..<scalars.wordEnd(from: after)),
                    !(word == "and" && opensAnotherBody(at: after))
                else { break }
                cursor = range.upperBound
                passedConnector = true
                continue
            }
            guard NameWords.isNamePart(scalars, range),
                passedConnector || OrganizationNameReader.headNouns.contains(NameWords.lowered(scalars, range))
            else { break }
            if NameWords.isPossessive(scalars, range), !NameWords.isGroupPossessive(scalars, range) {
                end = range.upperBound - 2
                break
            }
            end = range.upperBound
            cursor = range.upperBound
        }
        return end
    }

    /// Whether the capitalised words from `start` hold a head noun of their own: after `and` they name a second
    /// body (`the Border Service and Frontier Guards`), not the rest of this one (`Ministry of Labor and Welfare`).
    private func opensAnotherBody(at start: Int) -> Bool {
        var cursor: Int? = start
        while let word = cursor {
            let range = word..<scalars.wordEnd(from: word)
            guard NameWords.isNamePart(scalars, range) else { return false }
            if OrganizationNameReader.headNouns.contains(NameWords.lowered(scalars, range)) { return true }
            cursor = scalars.nextWordStart(after: range.upperBound)
        }
        return false
    }

    /// The words before the head that belong to the name, nearest first.
    private func backwardWords(from start: Int) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var cursor = start
        while words.count < 6, let previous = scalars.previousWordStart(before: cursor) {
            let range = previous..<scalars.wordEnd(from: previous)
            let word = NameWords.lowered(scalars, range)
            let before = scalars.previousWordStart(before: previous).map { $0..<scalars.wordEnd(from: $0) }
            let beforeIsName = before.map { NameWords.isNamePart(scalars, $0) } ?? false
            if word == "the" || EnglishWords.quantifiers.contains(word) {
                break
            } else if EnglishWords.nameConnectors.contains(word) {
                // NB: `and` after a head noun closes another body (`Frontier Guards and Border Corps`).
                let beforeIsHead = before.map {
                    OrganizationNameReader.headNouns.contains(NameWords.lowered(scalars, $0))
                }
                guard beforeIsName, !(word == "and" && beforeIsHead == true) else { break }
            } else if NameWords.isNamePart(scalars, range) {
                if NameWords.isPossessive(scalars, range), !beforeIsName, !NameWords.isGroupPossessive(scalars, range) {
                    break
                }
            } else {
                break
            }
            words.append(range)
            cursor = previous
        }
        return words
    }
}
