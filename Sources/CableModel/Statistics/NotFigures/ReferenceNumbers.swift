/// Marks the numbers of a field that name things rather than count them: article, paragraph, section, page and
/// reference numbers with the lists they open (`Articles 241 (kidnapping), 243 and 250`), names with numbers
/// (`Lahav 433`, `STATE 2094`), phone numbers and runs of bare digit groups (`+992 90 700 5011`).
enum ReferenceNumbers {
    /// Words whose following number is a reference, in any case.
    static let keywords: Set<String> = EnglishWords.divisionWordForms.union(EnglishWords.paragraphWords).union(
        EnglishWords.cableReferenceWords
    ).union([
        "chapter", "chapters", "ch", "clause", "clauses", "subparagraph", "subparagraphs",
        "subsection", "subsections", "annex", "annexes", "appendix", "page", "pages", "p", "pp", "no", "nos",
        "resolution", "resolutions", "decree", "decrees", "item", "items", "part", "parts", "tab", "ref", "refs",
        "tel", "phone", "telephone", "fax", "mobile", "cell", "grade", "grades", "level", "step", "phase",
        "flight", "route", "highway", "room", "tier", "unscr", "ext", "extension", "verse", "vol", "volume", "docket",
        "serial", "case", "cases", "ordinance", "regulation", "directive", "protocol", "renumbered", "rev", "channel",
        "station", "channels", "stations",
    ])

    /// Keywords that only mark a reference when capitalized (`Law 12`, `Point 3`), since in lower case they count.
    static let capitalizedKeywords: Set<String> = ["law", "point", "number", "round", "code", "act", "camp", "stage"]

    /// Capitalized words that may stand before a count (at the start of a clause or after a bracket).
    static let countOpeners: Set<String> = [
        "about", "approximately", "around", "some", "nearly", "almost", "over", "only", "just", "all", "the", "these",
        "those", "of", "in", "on", "at", "by", "from", "since", "to", "and", "or", "with", "for", "another", "up",
        "more", "less", "fewer", "estimated", "total", "roughly", "an", "a", "than", "least",
        "during", "between", "after", "before", "until", "under", "within", "per", "each", "every", "among", "other",
        "others",
    ]

    /// Words that announce a phone number: the digit groups after them are one number.
    static let phoneWords: Set<String> = ["phone", "telephone", "tel", "fax", "mobile", "cell", "cellphone", "ph"]

    /// Which tokens of `text` are reference numbers, names with numbers or phone numbers.
    static func mark(_ text: TokenizedText, sentences: [Range<Int>]) -> [Bool] {
        markWithKeywords(text, sentences: sentences).marked
    }

    /// The marks, and the numbers that a keyword (`Article 239`, `Section 1207`) marks as references.
    static func markWithKeywords(_ text: TokenizedText, sentences: [Range<Int>]) -> (
        marked: [Bool], keyworded: Set<String>
    ) {
        var marked = [Bool](repeating: false, count: text.count)
        var keyworded: Set<String> = []
        for sentence in sentences {
            // NB: in capitals (headings) or in a table row (`AFI 22 (6.9) PFP 12`) a capital says nothing of names.
            let namesReadable = !isAllCaps(text, sentence) && !isTableRow(text, sentence)
            for index in sentence where text.tokens[index].kind == .word && numberFollows(text, index, in: sentence) {
                if isKeyword(text, index) {
                    // NB: only the sentence can change, so only its marks are kept to compare (a copy of the whole
                    // field's marks per keyword was quadratic in the field's length).
                    let before = marked[sentence]
                    markList(text, after: index, in: sentence, into: &marked)
                    // NB: only a law's divisions recur bare (`the 239 argument`); a page or paragraph number does
                    // not make the same number elsewhere a reference (`(pages 10-12)` and `12 shelters`).
                    guard EnglishWords.divisionWordForms.contains(text.lowered[index]) else { continue }
                    for token in sentence where marked[token] && !before[token] {
                        keyworded.insert(text.text(of: token))
                    }
                } else if namesReadable, isName(text, index, in: sentence) {
                    markList(text, after: index, in: sentence, into: &marked, listsAllowed: text.isAllCaps(index))
                }
            }
            QuotedTitles.mark(text, in: sentence, into: &marked)
            markCableReference(text, in: sentence, into: &marked)
        }
        markPhoneNumbers(text, into: &marked)
        markAfterInitialisms(text, into: &marked)
        return (marked, keyworded)
    }

    /// Whether a number comes within three tokens after `index`: only then can the word open a reference.
    private static func numberFollows(_ text: TokenizedText, _ index: Int, in sentence: Range<Int>) -> Bool {
        var next = index + 1
        while next < min(sentence.upperBound, index + 5) {
            if text.tokens[next].kind == .number { return true }
            next += 1
        }
        return false
    }

    /// A run of numbers with few words between them: a table row, whose labels are not names.
    static func isTableRow(_ text: TokenizedText, _ sentence: Range<Int>) -> Bool {
        var numbers = 0
        var words = 0
        for index in sentence {
            if text.tokens[index].kind == .number {
                numbers += 1
            } else if text.tokens[index].kind == .word {
                words += 1
            }
        }
        return numbers >= 4 && numbers * 3 >= words
    }

    private static func isKeyword(_ text: TokenizedText, _ index: Int) -> Bool {
        let word = text.lowered[index]
        if keywords.contains(word) {
            // NB: `cases` counts (`24 cases`); it only names when followed by `No.` or `#`.
            if word == "case" || word == "cases" {
                return text.isWord(index + 1, "no") || text.isSymbol(index + 1, ASCII.hash)
            }
            if word == "no" || word == "p" || word == "art" {
                return text.isSymbol(index + 1, ASCII.period) || text.isCapitalized(index)
            }
            return true
        }
        return capitalizedKeywords.contains(word) && text.isCapitalized(index)
    }

    /// A capitalized word inside a sentence that a number follows as part of a name (`Lahav 433`, `Adentro 2`).
    private static func isName(_ text: TokenizedText, _ index: Int, in sentence: Range<Int>) -> Bool {
        guard text.isCapitalized(index), index + 1 < sentence.upperBound, text.tokens[index + 1].kind == .number,
            text.tokens[index + 1].spaceBefore
        else { return false }
        let word = text.lowered[index]
        if countOpeners.contains(word) || EnglishWords.months[word] != nil { return false }
        if PhraseReader.currency(text, at: index) != nil { return false }
        // NB: `gave Arias 49.6 percent, Solis 25.4 percent`: a share after a name is the name's share, not its number.
        if text.isSymbol(index + 2, UInt8(ascii: "%")) || text.isWord(index + 2, in: FigureVocabulary.percentWords) {
            return false
        }
        // NB: a capital after an opening bracket, quote or colon starts a clause, like a sentence start.
        let before = index - 1
        return
            !(text.isSymbol(before, ASCII.colon) || text.isSymbol(before, ASCII.semicolon)
            || text.isSymbol(before, ASCII.openParen) || text.isSymbol(before, ASCII.quote)
            || isOpeningQuote(text, before))
    }

    /// Marks the number after a keyword or name and, when `listsAllowed`, the numbers of the list it opens.
    private static func markList(
        _ text: TokenizedText, after keyword: Int, in sentence: Range<Int>, into marked: inout [Bool],
        listsAllowed: Bool = true
    ) {
        var cursor = keyword + 1
        if text.isSymbol(cursor, ASCII.period), text.isGlued(cursor) { cursor += 1 }
        if text.isWord(cursor, "no") || text.isWord(cursor, "number") {
            cursor += 1
            if text.isSymbol(cursor, ASCII.period) { cursor += 1 }
        }
        if text.isSymbol(cursor, ASCII.hash) || text.isSymbol(cursor, UInt8(ascii: "+")) { cursor += 1 }
        while cursor < sentence.upperBound, text.tokens[cursor].kind == .number {
            marked[cursor] = true
            cursor = ReferenceList.skipAttachments(text, after: cursor, in: sentence)
            guard listsAllowed, let next = ReferenceList.nextItem(text, at: cursor, in: sentence) else { return }
            cursor = next
        }
    }

    /// `SAN JOSE 193`, `STATE 2094` on a line of their own: a short line in capitals ending in a number cites a cable.
    private static func markCableReference(_ text: TokenizedText, in sentence: Range<Int>, into marked: inout [Bool]) {
        var last = sentence.upperBound - 1
        while last > sentence.lowerBound, text.tokens[last].kind == .symbol { last -= 1 }
        let words = sentence.lowerBound..<last
        guard text.tokens[last].kind == .number, !words.isEmpty, words.count <= 3,
            words.allSatisfy({ text.tokens[$0].kind == .word && text.isAllCaps($0) && text.bytes(of: $0).count > 1 })
        else { return }
        marked[last] = true
    }

    /// The digit groups of a phone number: after `+` (`+992 90 700 5011`) or after `phone`, `fax` and the like.
    private static func markPhoneNumbers(_ text: TokenizedText, into marked: inout [Bool]) {
        var index = 0
        while index < text.count {
            guard text.tokens[index].kind == .number else {
                index += 1
                continue
            }
            let plus = text.isSymbol(index - 1, UInt8(ascii: "+")) && text.isGlued(index)
            let announced =
                text.isWord(index - 1, in: phoneWords)
                || (text.isSymbol(index - 1, ASCII.colon) && text.isWord(index - 2, in: phoneWords))
            guard text.tokens[index].kind == .number, plus || announced else {
                index += 1
                continue
            }
            var end = index
            while end < text.count,
                text.tokens[end].kind == .number
                    || (isPhoneSeparator(text, end) && end + 1 < text.count
                        && text.tokens[end + 1].kind == .number)
            {
                marked[end] = true
                end += 1
            }
            index = end
        }
    }

    /// Numbers right after an initialism of two or more letters (`E.O. 12958`, `U.S.C. 1101`) name a document.
    private static func markAfterInitialisms(_ text: TokenizedText, into marked: inout [Bool]) {
        for index in 4..<max(4, text.count) where text.tokens[index].kind == .number && text.tokens[index].spaceBefore {
            guard text.isSymbol(index - 1, ASCII.period), isInitial(text, index - 2),
                text.isSymbol(index - 3, ASCII.period),
                isInitial(text, index - 4)
            else { continue }
            marked[index] = true
        }
    }

    private static func isInitial(_ text: TokenizedText, _ index: Int) -> Bool {
        text.tokens[index].kind == .word && text.tokens[index].end - text.tokens[index].start == 1
            && text.isCapitalized(index)
    }

    private static func isPhoneSeparator(_ text: TokenizedText, _ index: Int) -> Bool {
        text.isDash(index) || text.isSymbol(index, ASCII.period) || text.isSymbol(index, ASCII.openParen)
            || text.isSymbol(index, ASCII.closeParen)
    }

    private static func isOpeningQuote(_ text: TokenizedText, _ index: Int) -> Bool {
        guard index >= 0, text.tokens[index].kind == .symbol else { return false }
        let bytes = text.bytes(of: index)
        return bytes.count == 3 && bytes.first == 0xE2 && (bytes.last == 0x9C || bytes.last == 0x98)
    }

    /// Whether every word of the sentence is in capitals (a heading line), where capitals say nothing about names.
    static func isAllCaps(_ text: TokenizedText, _ sentence: Range<Int>) -> Bool {
        var words = 0
        for index in sentence where text.tokens[index].kind == .word {
            if text.bytes(of: index).contains(where: \.isASCIILower) { return false }
            words += 1
        }
        return words > 0
    }
}
