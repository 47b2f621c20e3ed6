/// Reads the paragraphs named after `paragraph`/`para`: `26 B`, `25 (B)`, `6.A`, `10`, `3-5`, `3 through 5`,
/// `3 and 4`, `four`, `5-end`, `5 to the end`.
struct ParagraphListReader {
    let scalars: [Unicode.Scalar]
    /// Whether the cable has a unit of this id (a letter after a number counts only when `N.L` exists or the
    /// letter stands alone before punctuation).
    let unitExists: (String) -> Bool

    /// One paragraph: its number and item letter.
    struct Paragraph: Equatable {
        let number: Int
        let letter: String?
        /// Whether it stands for itself and every paragraph after it (`5-end` of another document).
        var runsToEnd = false

        /// The id the cable would give it: `26.B`, `10`; `5-end` for a range open at its end.
        var id: String {
            let id = letter.map { "\(number).\($0)" } ?? "\(number)"
            return runsToEnd ? id + "-end" : id
        }
    }

    /// The paragraphs a reference names, where it ends, and whether its last range is open at its end
    /// (`5-end`): the paragraphs after the last one listed, up to the end of the document referred to.
    struct List: Equatable {
        var paragraphs: [Paragraph]
        var end: Int
        var runsToEnd = false

        /// The paragraphs of this cable it names, the open end running to `lastParagraph` (when that is a
        /// plausible range from the last one listed; otherwise the open end adds nothing).
        func paragraphs(upTo lastParagraph: Int?) -> [Paragraph] {
            guard runsToEnd, let first = paragraphs.last?.number, let last = lastParagraph,
                first < last, EnglishWords.isItemRange(from: first, to: last)
            else { return paragraphs }
            return paragraphs + (first + 1...last).map { Paragraph(number: $0, letter: nil) }
        }

        /// The paragraphs of another document it names, whose end this cable does not know: an open range is
        /// its first paragraph marked as running to the end (`5-end`).
        var paragraphsOfAnotherDocument: [Paragraph] {
            guard runsToEnd, let last = paragraphs.last else { return paragraphs }
            return paragraphs.dropLast() + [Paragraph(number: last.number, letter: last.letter, runsToEnd: true)]
        }
    }

    /// The paragraphs named from `start` on; nil when no number follows.
    func read(at start: Int) -> List? {
        guard var (first, end) = readParagraph(at: start) else { return nil }
        var paragraphs = [first]
        while let joint = ListJoint.read(scalars, after: end, dashes: true) {
            if joint.kind == .range, let openEnd = rangeEnd(at: joint.next) {
                guard first.letter == nil else { break }
                return List(paragraphs: paragraphs, end: openEnd, runsToEnd: true)
            }
            guard let (next, nextEnd) = readParagraph(at: joint.next) else { break }
            if joint.kind == .range {
                guard next.letter == nil, first.letter == nil,
                    EnglishWords.isItemRange(from: first.number, to: next.number)
                else { break }
                paragraphs += (first.number + 1...next.number).map { Paragraph(number: $0, letter: nil) }
            } else {
                paragraphs.append(next)
            }
            first = next
            end = nextEnd
        }
        return List(paragraphs: paragraphs, end: end)
    }

    /// Where the open end of a range (`end`, `the end`) stops, or nil when none starts at `start`.
    private func rangeEnd(at start: Int) -> Int? {
        var position = start
        if let article = scalars.word(at: position, oneOf: ["the"]) {
            position = scalars.skippingSpaces(from: article.end)
        }
        return scalars.word(at: position, oneOf: EnglishWords.rangeOpenEnds)?.end
    }

    /// One paragraph: digits or a number word, then an optional letter (`26 B`, `25 (B)`, `6.A`, `2(a)`).
    private func readParagraph(at start: Int) -> (Paragraph, Int)? {
        guard start < scalars.count else { return nil }
        var end = scalars.digitsEnd(from: start)
        let number: Int
        if end > start {
            guard end - start <= 3, scalars.wordEnd(from: end) == end || isLetterSuffix(at: end),
                let value = Int(scalars.string(start..<end))
            else { return nil }
            number = value
        } else {
            let wordEnd = scalars.wordEnd(from: start)
            guard let value = EnglishWords.numberValue(of: scalars.lowercasedString(start..<wordEnd)) else {
                return nil
            }
            number = value
            return (Paragraph(number: number, letter: nil), wordEnd)
        }
        if let (letter, letterEnd) = readLetter(after: end, number: number) {
            end = letterEnd
            return (Paragraph(number: number, letter: letter), end)
        }
        return (Paragraph(number: number, letter: nil), end)
    }

    /// `6A` written as one word.
    private func isLetterSuffix(at index: Int) -> Bool {
        scalars.wordEnd(from: index) == index + 1 && ScalarFolding.isLetter(scalars[index])
    }

    /// The item letter after a number: ` B` (before punctuation, or when the unit exists), `(B)`, `.A`, `A`.
    private func readLetter(after end: Int, number: Int) -> (String, Int)? {
        var position = end
        var bracketed = false
        if position < scalars.count, scalars[position] == "." || scalars[position] == "(" {
            bracketed = scalars[position] == "("
            position += 1
        } else if position + 1 < scalars.count, scalars[position] == " ", scalars[position + 1] == "(" {
            bracketed = true
            position += 2
        } else if position < scalars.count, scalars[position] == " " {
            position += 1
        }
        guard position < scalars.count, ScalarFolding.isLetter(scalars[position]),
            scalars.wordEnd(from: position) == position + 1
        else { return nil }
        let letter = String(scalars[position]).uppercased()
        var letterEnd = position + 1
        if bracketed {
            guard letterEnd < scalars.count, scalars[letterEnd] == ")" else { return nil }
            letterEnd += 1
        }
        let standsAlone = letterEnd >= scalars.count || !scalars[letterEnd].isSpace
        guard bracketed || standsAlone || unitExists("\(number).\(letter)") else { return nil }
        guard ScalarFolding.isUppercase(scalars[position]) || bracketed || unitExists("\(number).\(letter)") else {
            return nil
        }
        return (letter, letterEnd)
    }
}
