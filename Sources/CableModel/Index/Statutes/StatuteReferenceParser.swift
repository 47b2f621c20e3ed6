/// Reads one written statute reference from its keyword on: `Article 241.2 of the Criminal Code`,
/// `Articles 241 (kidnapping), 243 (...), and 250 (...)`, `Articles 124-127`, `Article 22(1)`,
/// `Article 132, part 2`, `Article 205-15`, `Article 319 (renumbered 313)`, `Art. 373 and 375`,
/// `Section 372 of the Penal Code`, `article 241.2, "Trafficking in Persons"`.
struct StatuteReferenceParser {
    let scalars: [Unicode.Scalar]

    /// The keywords (lower case) that open a reference, with their division and whether they are plural.
    static let keywords: [String: (division: Statute.Division, plural: Bool, abbreviated: Bool)] = Dictionary(
        uniqueKeysWithValues: EnglishWords.lawDivisions.flatMap { division in
            division.forms.compactMap { form in
                Statute.Division(rawValue: division.singular).map { (form.word, ($0, form.plural, form.abbreviated)) }
            }
        })

    /// The citations of the reference whose keyword is written at `keyword`, and where the reference ends;
    /// nil when no number follows. The numbers are read here; what stands around them, by the rows of `forms`.
    func parse(keyword: Range<Int>, term: String, forms: [StatuteForm] = StatuteReferenceParser.forms)
        -> (citations: [StatuteCitation], end: Int)?
    {
        guard let (division, plural, abbreviated) = StatuteReferenceParser.keywords[term] else { return nil }
        var position = keyword.upperBound
        if abbreviated {
            guard position < scalars.count, scalars[position] == "." else { return nil }
            position += 1
        }
        position = scalars.skippingSpaces(from: position)
        let items = StatuteItemReader(scalars: scalars, division: division, plural: plural)
        guard let first = items.read(at: position, mentionStart: keyword.lowerBound) else { return nil }
        var reading = StatuteReading(keyword: keyword, division: division, citations: first.citations, end: first.end)
        var sawConjunction = false
        // NB: `Section 542 and 19 U.S.C. Section 1595a`: a number before `U.S.C.` is the next reference's title.
        while let (next, conjunction) = items.readListItem(after: reading.end), !startsCodeTitle(at: next.end) {
            reading.citations += next.citations
            reading.end = next.end
            sawConjunction = sawConjunction || conjunction
        }
        if !plural, !sawConjunction, reading.citations.count > first.citations.count {
            reading.citations.removeLast(reading.citations.count - first.citations.count)
            reading.end = first.end
        }
        for form in forms { form.read(self, &reading) }
        return (reading.citations, reading.end)
    }

    /// `of the Criminal Code` after the last item: the instrument of every citation in the list; the reading
    /// then ends after it. After `OF` in capitals the name is read as capitals (`OF THE LAND CODE`).
    func readInstrument(into reading: inout StatuteReading) {
        let start = scalars.skippingSpaces(from: reading.end)
        guard let of = scalars.word(at: start, oneOf: ["of"]), let after = scalars.nextWordStart(after: of.end)
        else { return }
        let inCapitals = ScalarFolding.isUppercase(scalars[start + 1])
        let instrument =
            inCapitals
            ? InstrumentReader.read(capitalsAfter: after, in: scalars)
            : InstrumentReader.read(after: after, in: scalars)
                ?? InstrumentReader.read(kindAloneAfter: after, in: scalars)
        guard let instrument else {
            // NB: in capitals a name whose end is unknown (`OF THE LAW ON PUBLIC ORDER`, `OF THE COMMITTEE
            // RULES`) is still the article's instrument: the article takes no other from the text around it.
            guard inCapitals, scalars.word(at: after, oneOf: ["the"]) != nil else { return }
            for index in reading.citations.indices { reading.citations[index].hasUnreadInstrument = true }
            return
        }
        reading.attribute(instrument)
        reading.end = instrument.range.upperBound
    }

    /// Whether `U.S.C` follows `end` (past spaces).
    private func startsCodeTitle(at end: Int) -> Bool {
        let start = scalars.skippingSpaces(from: end)
        return scalars.spells("u.s.c", in: start..<min(scalars.count, start + 5))
    }

    /// `18 U.S.C. Section 542`: a title of the United States Code written before the keyword.
    func codeTitle(before keyword: Int) -> InstrumentName? {
        let end = scalars.skippingSpacesBackward(from: keyword)
        let codeEnd = end > 0 && scalars[end - 1] == "." ? end - 1 : end
        // NB: `18 U.S.C Section 545` is written too, without the last stop.
        let codeStart = codeEnd - 5
        guard codeStart > 0, scalars.spells("u.s.c", in: codeStart..<codeEnd) else { return nil }
        let titleEnd = scalars.skippingSpacesBackward(from: codeStart)
        var titleStart = titleEnd
        while titleStart > 0, scalars[titleStart - 1].isASCIIDigit, titleEnd - titleStart < 3 { titleStart -= 1 }
        guard titleStart < titleEnd, titleStart == 0 || !ScalarFolding.isWordScalar(scalars[titleStart - 1]) else {
            return nil
        }
        let title = scalars.string(titleStart..<titleEnd)
        return InstrumentName(text: title + " U.S.C.", key: title + " u.s.c.", range: titleStart..<end)
    }

    /// `, "Trafficking in Persons"` right after the reference: a name of its last citation.
    func readQuotedName(after end: Int, into citations: inout [StatuteCitation]) -> Int {
        var start = scalars.skippingSpaces(from: end)
        if start < scalars.count, scalars[start] == "," { start = scalars.skippingSpaces(from: start + 1) }
        guard let quote = scalars.quotation(at: start, limit: 100),
            let name = StatuteItemReader.name(scalars, quote.inside)
        else { return end }
        citations[citations.count - 1].names.append(name)
        return quote.end
    }

    /// Words after a reference that say what it covers.
    static let definingWords: Set<String> = [
        "defines", "define", "states", "state", "stated", "stipulates", "stipulated", "provides", "prohibits",
        "prohibit", "criminalizes", "criminalises", "criminalize", "establishes", "dictates", "specifies",
        "requires", "declares", "says", "said", "allows", "covers", "cover", "penalizes", "punishes", "prescribes",
        "guarantees", "grants", "outlaws", "forbids", "mandates", "reads", "indicates", "obliges", "sets",
        "gives", "puts", "includes", "creates", "bans", "bars", "permits", "regulates", "governs", "authorizes",
        "authorises", "empowers", "entitles", "imposes", "limits", "lists", "contains", "describes", "lays",
        "concerns", "deals", "addresses", "protects", "envisages", "foresees",
    ]

    /// Words after `which` that say what a reference covers: the defining words and the copulas (`which is`).
    static let definingWordsAfterWhich: Set<String> = definingWords.union(EnglishWords.copulas)

    /// Words that open a gloss between commas after a reference (`Article 11, on licensing, states ...`).
    static let glossWords: Set<String> = ["on", "regarding", "concerning", "about"]

    /// The widest gloss between commas, in scalars.
    static let widestGloss = 80

    /// Whether the words after the reference quote it or say what it covers: `... defines`, `, which prohibits
    /// ...`, `, on licensing, states ...`, `: "No person shall ..."`.
    func isDefining(after end: Int) -> Bool {
        var start = scalars.skippingSpaces(from: end)
        if start < scalars.count, scalars[start] == "," || scalars[start] == ":" {
            start = scalars.skippingSpaces(from: start + 1)
        }
        guard start < scalars.count else { return false }
        if scalars[start].isOpeningQuote || saysWhatItCovers(at: start) { return true }
        guard scalars.word(at: start, oneOf: StatuteReferenceParser.glossWords) != nil,
            let comma = scalars[start..<min(scalars.count, start + StatuteReferenceParser.widestGloss)]
                .firstIndex(of: ",")
        else { return false }
        return saysWhatItCovers(at: scalars.skippingSpaces(from: comma + 1))
    }

    /// Whether a defining word opens the text at `start`, or `which` and a defining word or copula.
    private func saysWhatItCovers(at start: Int) -> Bool {
        if scalars.word(at: start, oneOf: StatuteReferenceParser.definingWords) != nil { return true }
        guard let which = scalars.word(at: start, oneOf: ["which"]), let next = scalars.nextWordStart(after: which.end)
        else { return false }
        return scalars.word(at: next, oneOf: StatuteReferenceParser.definingWordsAfterWhich) != nil
    }

    /// The `(` just before the keyword, when the reference opens a parenthesis.
    func openParenthesis(before start: Int) -> Int? {
        let before = scalars.skippingSpacesBackward(from: start)
        return before > 0 && scalars[before - 1] == "(" ? before - 1 : nil
    }

    /// A name written just before the parenthesis: `"sale of minors" (Article 250)`, or a short phrase that
    /// opens the sentence: `Rape (Article 138 ...)`.
    func nameBefore(parenthesis open: Int) -> String? {
        let end = scalars.skippingSpacesBackward(from: open)
        guard end > 0 else { return nil }
        if scalars[end - 1].isClosingQuote {
            var start = end - 1
            while start > max(0, end - 100), !scalars[start - 1].isOpeningQuote { start -= 1 }
            guard start > 0, scalars[start - 1].isOpeningQuote else { return nil }
            return StatuteItemReader.name(scalars, start..<end - 1)
        }
        guard ScalarFolding.isWordScalar(scalars[end - 1]) else { return nil }
        var start = scalars.wordStart(before: end)
        var words = 1
        while words < 5, !scalars.startsSentence(start), let previous = scalars.previousWordStart(before: start) {
            start = previous
            words += 1
        }
        guard scalars.startsSentence(start), ScalarFolding.isUppercase(scalars[start]) else { return nil }
        var phraseStart = start
        var cursor: Int? = start
        while let word = cursor, word < end {
            let wordEnd = scalars.wordEnd(from: word)
            if scalars.spells("for", in: word..<wordEnd), let next = scalars.nextWordStart(after: wordEnd) {
                phraseStart = next
            }
            cursor = scalars.nextWordStart(after: wordEnd)
        }
        let phrase = phraseStart..<end
        guard !scalars[phrase].contains(where: \.isASCIIDigit) else { return nil }
        var isInstrument = false
        WordScanner.forEachWord(in: Array(scalars[phrase])) { wordStart, wordEnd in
            let word = scalars.lowercasedString(phrase.lowerBound + wordStart..<phrase.lowerBound + wordEnd)
            if EnglishWords.lawKinds.contains(word) { isInstrument = true }
        }
        return isInstrument ? nil : StatuteItemReader.name(scalars, phrase)
    }
}
