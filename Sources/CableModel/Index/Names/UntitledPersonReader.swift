/// Finds people named in full without a title and then by a surname alone: `Maria Lopez ... Lopez said`,
/// `activist Omar el-Harbi ... el-Harbi's health`.
///
/// A full name is a run of two to four name words (capitalised, never written in lower case by the cable, and
/// neither a place, a title, a head noun nor a month), perhaps with particles (`de la`, `al-`); it names a person
/// when one of its words after the first stands alone elsewhere in the cable. A surname that two full names share
/// (`Omar el-Harbi`, `Ali el-Harbi`) belongs to the first one the cable names.
struct UntitledPersonReader {
    let index: WordIndex
    /// Whether the cable writes this (lower-case) word in lower case somewhere.
    let isOrdinaryWord: (String) -> Bool
    /// Whether the word (as written) names a place of the gazetteer or its people (`Tajik`).
    let isPlace: (String) -> Bool

    /// A run of name words: its text, and the lower-cased text of each word.
    private struct Run {
        var range: Range<Int>
        var words: [(text: String, key: String)]
    }

    /// Each person found: the full name and the surname the cable also uses alone (nil when another full name
    /// claimed it first).
    func people() -> [(name: String, surname: String?)] {
        var runs: [(scalars: [Unicode.Scalar], run: Run)] = []
        var alone: Set<String> = []
        for field in index.fields {
            for run in self.runs(in: field.scalars) {
                if run.words.count == 1 { alone.insert(run.words[0].key) } else { runs.append((field.scalars, run)) }
            }
        }
        var claimed: Set<String> = []
        var found: [(name: String, surname: String?)] = []
        for (scalars, run) in runs {
            guard let surname = run.words.dropFirst().last(where: { alone.contains($0.key) }) else { continue }
            let isNew = claimed.insert(surname.key).inserted
            found.append((scalars.string(run.range), isNew ? surname.text : nil))
        }
        return found
    }

    /// The runs of name words in a field, in order; particles stand only inside a run.
    private func runs(in scalars: [Unicode.Scalar]) -> [Run] {
        var runs: [Run] = []
        var current: Run?
        var joinedUpTo = 0
        var position = 0
        while position < scalars.count {
            guard ScalarFolding.isWordScalar(scalars[position]) else {
                position += 1
                continue
            }
            let word = position..<scalars.wordEnd(from: position)
            position = word.upperBound
            if current != nil, !isJoined(scalars, from: joinedUpTo, to: word.lowerBound) {
                runs.append(current!)
                current = nil
            }
            if current != nil, isParticle(scalars, word) {
                joinedUpTo = word.upperBound
                continue
            }
            guard isNameWord(scalars, word) else {
                if let run = current { runs.append(run) }
                current = nil
                continue
            }
            let kept = NameWords.withoutPossessive(scalars, word)
            let entry = (text: scalars.string(kept), key: scalars.lowercasedString(kept))
            if var run = current, run.words.count < 4 {
                run.range = run.range.lowerBound..<kept.upperBound
                run.words.append(entry)
                current = run
            } else {
                if let run = current { runs.append(run) }
                current = Run(range: kept, words: [entry])
            }
            joinedUpTo = word.upperBound
            // NB: a possessive ends the name (`Omar el-Harbi's son`).
            if kept != word, let run = current {
                runs.append(run)
                current = nil
            }
        }
        if let run = current { runs.append(run) }
        return runs
    }

    /// Whether only spaces and at most one line break stand between two words of a name.
    private func isJoined(_ scalars: [Unicode.Scalar], from end: Int, to start: Int) -> Bool {
        let gap = scalars[end..<start]
        return !gap.isEmpty && gap.allSatisfy(\.isSpace) && gap.filter({ $0 == "\n" }).count <= 1
    }

    /// A lower-case particle standing alone inside a name (`de`, `al`).
    private func isParticle(_ scalars: [Unicode.Scalar], _ word: Range<Int>) -> Bool {
        EnglishWords.nameParticles.contains(scalars.lowercasedString(word))
    }

    /// A word that may be part of a person's name: capitalised, or a particle joined to a capitalised surname
    /// (`el-Harbi`); never written in lower case by the cable, and no place, title, head noun or month.
    private func isNameWord(_ scalars: [Unicode.Scalar], _ word: Range<Int>) -> Bool {
        let kept = NameWords.withoutPossessive(scalars, word)
        let lowered = scalars.lowercasedString(kept)
        let parts = lowered.split(separator: "-", maxSplits: 1)
        let surnameStart = kept.lowerBound + (parts.first?.unicodeScalars.count ?? 0) + 1
        let isParticleJoined =
            parts.count == 2 && EnglishWords.nameParticles.contains(String(parts[0])) && surnameStart < kept.upperBound
            && ScalarFolding.isUppercase(scalars[surnameStart])
        guard isParticleJoined || NameWords.isNamePart(scalars, kept),
            scalars[kept].contains(where: ScalarFolding.isLowercase)
        else { return false }
        let base = isParticleJoined ? String(parts[1]) : lowered
        // NB: a sentence that opens with a participle or adverb (`Considering Talco's debts`) names nobody there.
        if scalars.startsSentence(kept.lowerBound), UntitledPersonReader.openers.contains(where: base.hasSuffix) {
            return false
        }
        return !UntitledPersonReader.isExcluded(base) && !isOrdinaryWord(base) && !isOrdinaryWord(lowered)
            && !isPlace(scalars.string(kept))
    }

    /// Words that are never a person's name: titles, roles, head nouns of bodies and places, connectors.
    static func isExcluded(_ word: String) -> Bool {
        EnglishWords.titles.contains(word) || EnglishWords.titleModifiers.contains(word)
            || PersonNameReader.roleNouns.contains(word) || OrganizationNameReader.headNouns.contains(word)
            || PlaceNameReader.areaWords.contains(word) || EnglishWords.nameConnectors.contains(word)
            || EnglishWords.calendarWords.contains(word) || word == "the" || EnglishWords.lawKinds.contains(word)
            || EnglishWords.compassWords.contains(word) || EnglishWords.cableSectionWords.contains(word)
            || EnglishWords.undertakingNouns.contains(word)
            || (word.hasSuffix("s") && EnglishWords.titles.contains(String(word.dropLast())))
    }

    /// Endings of the words that open a sentence without naming anyone (`Considering`, `Reportedly`).
    static let openers = ["ing", "ly", "ed"]
}
