/// Finds the cables one reference cites: `[YEAR] POST NUMBER`, with the forms REF lines use.
///
/// `09 MOSCOW 567`, `2008 QUITO 4321`, `(06) LIMA 120`, `LIMA 120 (2006)`, `09QUITO567`, `CAIRO1234`,
/// `LIMA 120 AND 135`, `MOSCOW 101, 102`; a post is any written form of `PostTable` or the cable's own post, and a
/// reference without a year takes the cable's own.
struct CitationReader {
    /// The posts and their written forms.
    let posts: PostTable
    /// The cable's own post, as its classification line writes it, accepted even when the table lacks it.
    let ownPost: String?
    /// The cable's own year, for citations written without one.
    let year: Int?

    /// The cable ids cited in `words`, in order (`09MOSCOW567`).
    func cableIDs(in words: [Substring]) -> [String] {
        let cleaned = words.map(CitationReader.clean)
        var ids: [String] = []
        var index = 0
        var consumed = -1
        while index < cleaned.count {
            guard let found = citation(in: cleaned, at: index, after: consumed) else {
                index += 1
                continue
            }
            var end = found.end
            guard let year = found.year else {
                index = end + 1
                continue
            }
            ids.append(CitationReader.cableID(year: year, post: found.post, number: found.number))
            for more in followingNumbers(in: cleaned, raw: words, after: end) {
                ids.append(CitationReader.cableID(year: year, post: found.post, number: more.number))
                end = more.end
            }
            consumed = end
            index = end + 1
        }
        return ids.uniqued()
    }

    private struct Found {
        var post: String
        var number: Int
        var year: Int?
        /// The index of the number's word.
        var end: Int
    }

    /// A citation whose post starts at `index`, or a glued one (`09QUITO567`, `10SHENYANG 003`).
    private func citation(in words: [String], at index: Int, after consumed: Int) -> Found? {
        if let glued = gluedCitation(in: words, at: index) { return glued }
        for length in stride(from: min(posts.longestName, words.count - index - 1), through: 1, by: -1) {
            guard let post = post(words[index..<(index + length)]) else { continue }
            var citedYear = index - 1 > consumed ? CitationReader.year(words[index - 1]) : nil
            if let slashed = CitationReader.numberWithYear(words[index + length]) {
                return Found(post: post, number: slashed.number, year: slashed.year, end: index + length)
            }
            guard let number = CitationReader.number(words[index + length]) else { continue }
            if index + length + 1 < words.count, let after = CitationReader.yearInParentheses(words[index + length + 1])
            {
                citedYear = after
            }
            return Found(post: post, number: number, year: citedYear ?? year, end: index + length)
        }
        return nil
    }

    /// `09QUITO567`, `CAIRO1234`, or `10SHENYANG` followed by its number.
    private func gluedCitation(in words: [String], at index: Int) -> Found? {
        let word = words[index]
        let leading = word.prefix(while: \.isASCIIDigitCharacter)
        let letters = word.dropFirst(leading.count).prefix(while: { $0.isLetter })
        let trailing = word.dropFirst(leading.count + letters.count)
        guard leading.isEmpty || leading.count == 2 || leading.count == 4, !letters.isEmpty,
            trailing.allSatisfy(\.isASCIIDigitCharacter), !leading.isEmpty || !trailing.isEmpty,
            let post = post([String(letters)])
        else { return nil }
        let year = leading.isEmpty ? self.year : Int(leading).map(CableDate.expandingYear)
        if let number = CitationReader.number(String(trailing)) {
            return Found(post: post, number: number, year: year, end: index)
        }
        guard trailing.isEmpty, index + 1 < words.count, let number = CitationReader.number(words[index + 1]) else {
            return nil
        }
        return Found(post: post, number: number, year: year, end: index + 1)
    }

    /// `AND 135`, `, 102`: more numbers of the same post and year, unless the number is the year of a citation
    /// that follows or the day of a date.
    private func followingNumbers(in words: [String], raw: [Substring], after end: Int) -> [(number: Int, end: Int)] {
        var found: [(number: Int, end: Int)] = []
        var index = end
        while index + 1 < words.count {
            var next = index + 1
            let joined = raw[index].hasSuffix(",") || raw[index].hasSuffix("&")
            if words[next] == "AND" || words[next] == "&" {
                next += 1
            } else if !joined {
                break
            }
            guard next < words.count, let number = CitationReader.number(words[next]) else { break }
            if next + 1 < words.count {
                if CableDate.month(named: words[next + 1]) != nil || postStarts(in: words, at: next + 1) { break }
            }
            found.append((number, next))
            index = next
        }
        return found
    }

    /// Whether a written post starts at `index`.
    private func postStarts(in words: [String], at index: Int) -> Bool {
        (1...posts.longestName).contains { length in
            index + length <= words.count && post(words[index..<(index + length)]) != nil
        }
    }

    /// The id form of the post these words write.
    private func post(_ words: ArraySlice<String>) -> String? {
        if let id = posts.id(written: words) { return id }
        guard let ownPost, words.joined(separator: " ") == ownPost.uppercased() else { return nil }
        return ownPost.uppercased().replacingSpaces()
    }

    /// `09MOSCOW567`.
    static func cableID(year: Int, post: String, number: Int) -> String {
        let shortYear = year % 100
        return (shortYear < 10 ? "0" : "") + "\(shortYear)" + post + "\(number)"
    }

    /// The word in capitals without the punctuation around it (`(NOTAL)` stays as it is).
    private static func clean(_ word: Substring) -> String {
        var text = word
        while let last = text.last, last == "," || last == ";" || last == "." || last == ":" || last == "&" {
            text = text.dropLast()
        }
        return text.uppercased()
    }

    /// A cable number: one to seven digits, not all zeros; or a number of six digits at most padded with zeros to
    /// eight or more (`00028885`, as a page break writes a number).
    private static func number(_ word: String) -> Int? {
        guard !word.isEmpty, word.allSatisfy(\.isASCIIDigitCharacter), let value = Int(word.prefix(18)), value > 0
        else { return nil }
        let isPadded = word.first == "0" && String(value).count <= 6
        guard word.count <= 7 || (word.count <= 12 && isPadded) else { return nil }
        return value
    }

    /// `00725/08`: a number and the two digits of its year.
    private static func numberWithYear(_ word: String) -> (number: Int, year: Int)? {
        let parts = word.split(separator: "/", omittingEmptySubsequences: false)
        // NB: `10/23` is a date; a cable number before its year is written with three digits or more.
        guard parts.count == 2, parts[0].count >= 3, parts[1].count == 2, let number = number(String(parts[0])),
            let year = year(String(parts[1]))
        else { return nil }
        return (number, year)
    }

    /// `06`, `2006`, `(06)`: a year written before the post.
    private static func year(_ word: String) -> Int? {
        var digits = Substring(word)
        if digits.hasPrefix("("), digits.hasSuffix(")") { digits = digits.dropFirst().dropLast() }
        guard digits.count == 2 || digits.count == 4, digits.allSatisfy(\.isASCIIDigitCharacter),
            let value = Int(digits), digits.count == 2 || (1940...2099).contains(value)
        else { return nil }
        return CableDate.expandingYear(value)
    }

    /// `(2006)`: a year written after the number.
    private static func yearInParentheses(_ word: String) -> Int? {
        guard word.hasPrefix("("), word.hasSuffix(")"), word.count == 6 else { return nil }
        return year(word)
    }
}
