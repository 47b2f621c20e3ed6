/// Reads the name of a law: `the Criminal Code`, `the Third Geneva Convention`, `the Law of Constitutional Justice`,
/// `Iraq's Constitution`, `Mexico's code of military justice`, `the ADC`.
///
/// A name is a run of capitalised words (with `of`, `on`, `against`, ... between them) that holds a word for a
/// kind of law (`Code`, `Constitution`, `Convention`, `Law`, `Act`, ...), or one acronym.
enum InstrumentReader {
    /// Small words that may stand inside a law's name: those of any name, and `the` (`Law on the Status of ...`).
    static let connectors: Set<String> = EnglishWords.nameConnectors.union(["the"])

    /// Prepositions that make a head noun right after them the object of another name (`State of Law`).
    static let objectPrepositions: Set<String> = ["of", "for", "on", "in", "to"]

    /// The instrument named after `of` at `start` (which points at `of`'s following word): `the Criminal Code`.
    static func read(after start: Int, in scalars: [Unicode.Scalar]) -> InstrumentName? {
        var position = start
        if let the = scalars.word(at: position, oneOf: ["the"]) { position = scalars.skippingSpaces(from: the.end) }
        let nameStart = position
        var words: [Range<Int>] = []
        var possessive = false
        // NB: after a possessive (`Mexico's`), lower-case words may lead up to the head noun (`code`) and an
        // `of` phrase may follow it (`of military justice`); nothing else (`says so`) belongs to the name.
        var lowercaseAfterHead = 0
        while words.count < 12, position < scalars.count {
            let end = scalars.wordEnd(from: position)
            guard end > position else { break }
            let kind = InstrumentWord(scalars, position..<end)
            let next = scalars.nextWordStart(after: end)
            let sawHead = words.contains { InstrumentWord(scalars, $0).isHeadNoun }
            if words.isEmpty, kind.isPossessive {
                possessive = true
            } else if kind.isPossessive {
                break
            } else if kind.isCapitalizedNonCalendar || kind.isYear {
            } else if kind.isConnector, let next,
                InstrumentWord(scalars, next..<scalars.wordEnd(from: next)).isCapitalizedNonCalendar
            {
            } else if !possessive, kind.isHeadNoun, kind.isLowercaseWord, let last = words.last,
                InstrumentWord(scalars, last).isCapitalizedNonCalendar
            {
                // NB: `the Trade Unions law`: a kind of law in lower case ends a run of capitalised words.
                words.append(position..<end)
                break
            } else if possessive, kind.isLowercaseWord, !sawHead, words.count < 5 {
            } else if possessive, sawHead, kind.isLowercaseWord, lowercaseAfterHead < 3,
                lowercaseAfterHead > 0 || scalars.spells("of", in: position..<end)
            {
                lowercaseAfterHead += 1
            } else {
                break
            }
            words.append(position..<end)
            guard let next else { break }
            position = next
        }
        while let last = words.last, InstrumentWord(scalars, last).isConnector { words.removeLast() }
        guard let last = words.last else { return nil }
        let hasHead = words.contains { InstrumentWord(scalars, $0).isHeadNoun }
        let isAcronym = words.count == 1 && InstrumentWord(scalars, last).isAcronym
        guard hasHead || isAcronym else { return nil }
        return name(scalars, nameStart..<last.upperBound)
    }

    /// The instrument whose head noun (`Code`) is at `head`, reading capitalised words on both sides:
    /// `the Criminal Code`, `the Law on Combating Trafficking in Persons`. Nil for `Law Faculty` or a lone `Act`.
    /// In a field written all in capitals (`isAllCapitals`), a head noun in capitals counts too (`THE CONSTITUTION`).
    static func read(around head: Range<Int>, in scalars: [Unicode.Scalar], isAllCapitals: Bool = false)
        -> InstrumentName?
    {
        guard scalars.fullWord(around: head) == head else { return nil }
        let headKind = InstrumentWord(scalars, head)
        guard headKind.isHeadNoun, headKind.isCapitalized, headKind.hasLowercase || isAllCapitals,
            EnglishWords.standaloneLawKinds.contains(scalars.lowercasedString(head))
        else { return nil }
        if !headKind.hasLowercase { return capitalsName(around: head, in: scalars) }
        if isObjectOfPreposition(head, in: scalars) { return nil }
        var end = head.upperBound
        if let next = scalars.nextWordStart(after: end) {
            let nextKind = InstrumentWord(scalars, next..<scalars.wordEnd(from: next))
            // NB: a connector in a title's capitals (`Convention Against Torture`) goes on with the name.
            if nextKind.isCapitalized, !nextKind.isYear, !nextKind.isConnector { return nil }
            if nextKind.isConnector, let extended = capitalizedRun(after: next, in: scalars) {
                end = listedNameEnd(from: extended, in: scalars) ?? extended
            }
        }
        let start = capitalizedStart(before: head, in: scalars)
        let precededByThe =
            scalars.previousWordStart(before: start).map {
                scalars.spells("the", in: $0..<scalars.wordEnd(from: $0))
            } ?? false
        guard start < head.lowerBound || end > head.upperBound || precededByThe else { return nil }
        return name(scalars, start..<end)
    }

    /// The instrument whose name ends with the word at `last`, right before an article's keyword: `UN Charter`
    /// (Article 51), `the Constitution` (Article 12), `the Convention on the Rights of the Child` (Article 3). The
    /// keyword after it makes even a lone head noun a name, and any kind of law counts (`the Dayton Accords`).
    static func read(endingWith last: Range<Int>, in scalars: [Unicode.Scalar]) -> InstrumentName? {
        var head: Range<Int>?
        var word = last
        for _ in 0..<12 {
            let kind = InstrumentWord(scalars, word)
            guard (kind.isCapitalizedNonCalendar && !kind.isPossessive) || kind.isConnector || kind.isYear else {
                break
            }
            if kind.isHeadNoun, kind.hasLowercase, isNameHead(word, last: last, in: scalars) { head = word }
            guard let previous = scalars.previousWordStart(before: word.lowerBound) else { break }
            word = previous..<scalars.wordEnd(from: previous)
        }
        guard let head else { return nil }
        return name(scalars, capitalizedStart(before: head, in: scalars)..<last.upperBound)
    }

    /// Whether the head noun at `head` heads the name that ends at `last`: it is not the object of another name
    /// (`Faculty of Law`), and the name ends with it or goes on with a connector (`Convention on ...`), not with
    /// another capitalised word (`Law Faculty`).
    private static func isNameHead(_ head: Range<Int>, last: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        guard InstrumentWord(scalars, head).isCapitalized, !isObjectOfPreposition(head, in: scalars) else {
            return false
        }
        guard head != last, let next = scalars.nextWordStart(after: head.upperBound) else { return true }
        return InstrumentWord(scalars, next..<scalars.wordEnd(from: next)).isConnector
    }

    /// Whether the head noun at `head` is the object of another name: `State of Law`, `Faculty of Law`.
    private static func isObjectOfPreposition(_ head: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        guard let previous = scalars.previousWordStart(before: head.lowerBound) else { return false }
        return objectPrepositions.contains(scalars.lowercasedString(previous..<scalars.wordEnd(from: previous)))
    }

    /// The start of the run of capitalised words (and connectors inside it) that ends just before `head`:
    /// `the Third Geneva` before `Convention`; `head`'s own start when there is none.
    private static func capitalizedStart(before head: Range<Int>, in scalars: [Unicode.Scalar]) -> Int {
        var words: [Range<Int>] = []
        var cursor = head.lowerBound
        while words.count < 8, let previous = scalars.previousWordStart(before: cursor) {
            let range = previous..<scalars.wordEnd(from: previous)
            let kind = InstrumentWord(scalars, range)
            guard
                (kind.isCapitalizedNonCalendar && !kind.isPossessive) || kind.isYear
                    || (kind.isConnector && !kind.isThe)
            else {
                break
            }
            words.append(range)
            cursor = previous
        }
        while let first = words.last, InstrumentWord(scalars, first).isConnector { words.removeLast() }
        return words.last?.lowerBound ?? head.lowerBound
    }

    /// The acronyms that name an instrument among pairs of an acronym and its long form (defined by the cable or
    /// given by the glossary): those whose long form ends with a kind of law (`SOFA`: Status of Forces Agreement;
    /// `CAT`: Convention against Torture); true for the kinds that name an instrument standing alone
    /// (`EnglishWords.standaloneLawKinds`).
    static func acronyms(of pairs: [(acronym: String, longForm: String)]) -> [String: Bool] {
        var found: [String: Bool] = [:]
        for (acronym, meaning) in pairs where AcronymFinder.isAcronym(ArraySlice(acronym.utf8)) {
            let words = WordScanner.words(of: meaning)
            guard let last = words.last?.lowercased(), let first = words.first?.lowercased() else { continue }
            let head = EnglishWords.lawKinds.contains(last) ? last : words.count > 2 ? first : ""
            guard EnglishWords.lawKinds.contains(head) else { continue }
            found[acronym] = (found[acronym] ?? false) || EnglishWords.standaloneLawKinds.contains(head)
        }
        return found
    }

    /// The instrument an acronym names, with the capitalised words before it (`the U.S.-Kenya SOFA`). The acronym
    /// of a weaker kind of law (`isStandalone` false) names one only after such words, and never in the parentheses
    /// that define it (`Defense Accord (DA)`), since its long form names no instrument alone either.
    static func read(acronym: Range<Int>, isStandalone: Bool, in scalars: [Unicode.Scalar]) -> InstrumentName? {
        guard scalars.fullWord(around: acronym) == acronym else { return nil }
        let isDefinition =
            acronym.lowerBound > 0 && acronym.upperBound < scalars.count && scalars[acronym.lowerBound - 1] == "("
            && scalars[acronym.upperBound] == ")"
        guard isStandalone || !isDefinition else { return nil }
        var start = acronym.lowerBound
        var words = 0
        while words < 4, let previous = scalars.previousWordStart(before: start) {
            let kind = InstrumentWord(scalars, previous..<scalars.wordEnd(from: previous))
            guard kind.isCapitalizedNonCalendar, !kind.isPossessive, !kind.isThe else { break }
            start = previous
            words += 1
        }
        // NB: an agreement's acronym alone (`the DA`) is as weak as `the Agreement`; a party's name before it
        // (`the U.S.-Kenya SOFA`) makes it one instrument.
        guard isStandalone || words > 0 else { return nil }
        return name(scalars, start..<acronym.upperBound)
    }

    /// In a text all in capitals every word looks like a name's: only `THE CONSTITUTION` or `EGYPT'S CONSTITUTION`
    /// names the law, by its head noun alone.
    private static func capitalsName(around head: Range<Int>, in scalars: [Unicode.Scalar]) -> InstrumentName? {
        guard let previous = scalars.previousWordStart(before: head.lowerBound) else { return nil }
        let kind = InstrumentWord(scalars, previous..<scalars.wordEnd(from: previous))
        return kind.isThe || kind.isPossessive ? name(scalars, head) : nil
    }

    /// The end of a run `of Capitalised Words` that starts with the connector at `start`.
    private static func capitalizedRun(after start: Int, in scalars: [Unicode.Scalar]) -> Int? {
        var position = start
        var end: Int?
        var count = 0
        var afterAnd = false
        while count < 10, position < scalars.count {
            let wordEnd = scalars.wordEnd(from: position)
            let kind = InstrumentWord(scalars, position..<wordEnd)
            // NB: `the Press Law and the Media Law` names two laws, and `the Code Article 5` ends before the keyword.
            if (afterAnd && kind.isThe)
                || StatuteReferenceParser.keywords[scalars.lowercasedString(position..<wordEnd)] != nil
            {
                break
            }
            afterAnd = scalars.spells("and", in: position..<wordEnd)
            if kind.isCapitalizedNonCalendar, !kind.isPossessive {
                end = wordEnd
            } else if !kind.isConnector {
                break
            }
            count += 1
            guard let next = scalars.nextWordStart(after: wordEnd) else { break }
            position = next
        }
        return end
    }

    /// The name and key of the text in `range`: the key drops a leading `the` and year, and lowers case.
    static func name(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> InstrumentName {
        let text = scalars.string(range)
        var words = WordScanner.words(of: text).map { $0.lowercased() }
        while let first = words.first, first == "the" || (first.count == 4 && first.allSatisfy(\.isNumber)) {
            words.removeFirst()
        }
        return InstrumentName(text: text, key: words.joined(separator: " "), range: range)
    }
}
