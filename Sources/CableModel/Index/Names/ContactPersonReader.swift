/// Reads the officers a report names as its drafters and points of contact, usually without a title: `POC is Jane
/// Doe`, `Point of contact for this report is Jane Doe`, `by officer: Jane Doe, Foreign Service Officer`, `Drafted
/// by: Jane Doe`, `prepared by Political Officer Jane Doe`; and the people of a key–value table (`Name: Jane Doe`).
struct ContactPersonReader {
    /// Words after which a contact's name comes once `is` or a colon follows (`POC for this report is`).
    static let contactWords: Set<String> = ["poc", "contact"]
    /// Words whose name follows right after `by` or a colon (`Drafted by:`, `by officer:`).
    static let drafterWords: Set<String> = ["drafted", "prepared", "officer"]
    /// The most words of a title between a cue and the name (`prepared by Deputy Political Officer Jane Doe`).
    static let widestTitle = 4
    /// The keys of a table whose value is a person's name, when they open their line (`Name: Jane Doe`).
    static let tableKeys: Set<String> = ["name"]
    /// Words that lead from a contact word to the name (`POC is`, `Drafted by`).
    static let leadWords: Set<String> = ["is", "by"]
    /// The most words between a contact word and `is` (`point of contact for follow-up information is`).
    static let widestLead = 5

    let index: WordIndex

    /// The names in document order, as written: each of two or three capitalised words.
    func names() -> [String] {
        var names: [String] = []
        let cues = ContactPersonReader.contactWords.union(ContactPersonReader.drafterWords)
            .union(ContactPersonReader.tableKeys)
        for (field, tokens) in StatuteScanner.tokensByField(of: Array(cues), in: index) {
            let scalars = index.fields[Int(field)].scalars
            let reader = PersonNameReader(scalars: scalars)
            for token in tokens {
                let word = index.tokens[Int(token)]
                let term = String(decoding: index.term(of: token), as: UTF8.self)
                let isContact = ContactPersonReader.contactWords.contains(term)
                guard !ContactPersonReader.tableKeys.contains(term) || opensRow(at: Int(word.start), in: scalars),
                    let cueEnd = nameStart(
                        after: Int(word.end), in: scalars, wordsAllowed: isContact ? ContactPersonReader.widestLead : 0),
                    let start = skippingTitle(from: cueEnd, in: scalars),
                    let name = reader.name(at: start).map({ beforeNextKey($0, in: scalars) }),
                    scalars.string(name).split(separator: " ").count >= 2
                else { continue }
                names.append(scalars.string(name))
            }
        }
        return names
    }

    /// The start of the name past a title written before it (`Political Officer`, `Lt. Col.`), or `start`.
    private func skippingTitle(from start: Int, in scalars: [Unicode.Scalar]) -> Int? {
        var position = start
        for _ in 0..<ContactPersonReader.widestTitle {
            let end = scalars.wordEnd(from: position)
            let word = scalars.lowercasedString(position..<end)
            guard ScalarFolding.isUppercase(scalars[position]),
                EnglishWords.titles.contains(word)
                    || EnglishWords.titleModifiers.contains(word) || PersonNameReader.roleNouns.contains(word)
                    || ContactPersonReader.officeWords.contains(word)
            else { return position }
            guard let next = scalars.nextWordStart(after: end) else { return nil }
            position = next
        }
        return position
    }

    /// Words for a section of an embassy that stand in an officer's title (`Political Officer`).
    static let officeWords: Set<String> = ["political", "economic", "consular", "management", "public", "regional"]

    /// Whether the capitalised word at `start` opens a table's row: its line (after spaces or a list dash), or a
    /// line whose rows were joined, where an earlier key's colon stands (`Organization: Harbour Trust Name: ...`).
    private func opensRow(at start: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard ScalarFolding.isUppercase(scalars[start]) else { return false }
        var position = start
        while position > 0, scalars[position - 1] == " " || scalars[position - 1] == "-" { position -= 1 }
        guard position > 0, scalars[position - 1] != "\n" else { return true }
        let lineStart = scalars[..<position].lastIndex(of: "\n").map { $0 + 1 } ?? 0
        return scalars[lineStart..<position].contains(":") && ScalarFolding.isUppercase(scalars[lineStart])
    }

    /// The name without its last word when a colon follows that word: rows joined into one line (`Jane Doe Title:
    /// Director`), where it is the next row's key.
    private func beforeNextKey(_ name: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int> {
        let after = scalars.skippingSpaces(from: name.upperBound)
        guard after < scalars.count, scalars[after] == ":" else { return name }
        let lastWord = scalars.wordStart(before: name.upperBound)
        return name.lowerBound..<max(name.lowerBound, scalars.skippingSpacesBackward(from: lastWord))
    }

    /// Where the name starts after a cue ending at `end`: past a colon, or past `is`/`by` (and a colon) reached
    /// over at most `wordsAllowed` words on the same line.
    private func nameStart(after end: Int, in scalars: [Unicode.Scalar], wordsAllowed: Int) -> Int? {
        var position = end
        for _ in 0...wordsAllowed {
            let next = scalars.skippingSpaces(from: position)
            if next < scalars.count, scalars[next] == ":" { return scalars.nextWordStart(after: next + 1) }
            guard let word = scalars.nextWordStart(after: position) else { return nil }
            let wordEnd = scalars.wordEnd(from: word)
            if scalars.word(at: word, oneOf: ContactPersonReader.leadWords) != nil {
                let afterLead = scalars.skippingSpaces(from: wordEnd)
                if afterLead < scalars.count, scalars[afterLead] == ":" {
                    return scalars.nextWordStart(after: afterLead + 1)
                }
                return scalars.nextWordStart(after: wordEnd)
            }
            position = wordEnd
        }
        return nil
    }
}
