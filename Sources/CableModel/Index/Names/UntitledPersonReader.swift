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
    /// What `mayName` answered for each spelling so far.
    private let verdicts = Verdicts()

    /// Answers remembered per spelling of a word, its bytes exactly (a `String` key would merge spellings that are
    /// only canonically equivalent, which the word index tells apart).
    // NB: a class, so that the reader's non-mutating scans can fill it; a reader reads one cable.
    private final class Verdicts {
        var spellings = ByteStringTable()
        var answers: [Bool] = []
    }

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
        let surname = surnameAfterParticle(scalars, kept)
        guard surname != nil || NameWords.isNamePart(scalars, kept),
            scalars[kept].contains(where: ScalarFolding.isLowercase), mayName(scalars, kept, base: surname ?? kept)
        else { return false }
        // NB: a sentence that opens with a participle or adverb (`Considering Talco's debts`, `Later Lopez said`)
        // names nobody with that word.
        guard scalars.startsSentence(kept.lowerBound) else { return true }
        let base = scalars.lowercasedString(surname ?? kept)
        return !UntitledPersonReader.openers.contains(where: base.hasSuffix)
            && !EnglishWords.sentenceOpeners.contains(base)
    }

    /// Whether a capitalised word, whatever stands around it, may be part of a name: neither it nor its `base` (the
    /// surname after a particle) is excluded or written in lower case by the cable, and it is no place.
    ///
    /// NB: the answer depends on the spelling alone, and a cable repeats its capitalised words: it is remembered,
    /// which spares most of the lookups in the word index and the gazetteer.
    private func mayName(_ scalars: [Unicode.Scalar], _ kept: Range<Int>, base: Range<Int>) -> Bool {
        let text = scalars.string(kept)
        let spelling = verdicts.spellings.insert(Array(text.utf8))
        guard spelling.inserted else { return verdicts.answers[Int(spelling.id)] }
        let lowered = scalars.lowercasedString(kept)
        let baseWord = scalars.lowercasedString(base)
        let verdict =
            !UntitledPersonReader.isExcluded(baseWord) && !isOrdinaryWord(baseWord) && !isOrdinaryWord(lowered)
            && !isPlace(text)
        verdicts.answers.append(verdict)
        return verdict
    }

    /// The capitalised surname that a lower-case particle is joined to by a hyphen (`Harbi` in `el-Harbi`).
    private func surnameAfterParticle(_ scalars: [Unicode.Scalar], _ word: Range<Int>) -> Range<Int>? {
        guard let dash = scalars[word].firstIndex(of: "-"), dash + 1 < word.upperBound,
            ScalarFolding.isUppercase(scalars[dash + 1]),
            EnglishWords.nameParticles.contains(scalars.lowercasedString(word.lowerBound..<dash))
        else { return nil }
        return dash + 1..<word.upperBound
    }

    /// Words that are never a person's name: titles, roles, head nouns of bodies and places, connectors, the words
    /// of a law's or a cable's divisions (`Although Article 5 ...` is nobody).
    static func isExcluded(_ word: String) -> Bool {
        excludedWords.contains(word) || (word.hasSuffix("s") && EnglishWords.titles.contains(String(word.dropLast())))
    }

    /// The lists `isExcluded` reads, joined once: one lookup per word instead of one per list.
    private static let excludedWords: Set<String> = EnglishWords.titles.union(EnglishWords.titleModifiers)
        .union(PersonNameReader.roleNouns).union(OrganizationNameReader.headNouns).union(PlaceNameReader.areaWords)
        .union(EnglishWords.nameConnectors).union(EnglishWords.calendarWords).union(["the"])
        .union(EnglishWords.lawKinds).union(EnglishWords.compassWords).union(EnglishWords.cableSectionWords)
        .union(EnglishWords.undertakingNouns).union(EnglishWords.divisionWordForms).union(EnglishWords.paragraphWords)

    /// Endings of the words that open a sentence without naming anyone (`Considering`, `Reportedly`).
    static let openers = ["ing", "ly", "ed"]
}
