/// Reads the TAGS field into tags: `PGOV PHUM`, `PREL, PGOV,`, `[PGOV](#)`, `pgov, prel`.
///
/// Run-together codes are split where every part is a known tag (`PRELPGOVKDEM`, `VTPREL`); a parenthesised name
/// belongs to the tag before it (`OVIP (SMITH, JOHN A.)`); a run of two or more words that are no tags is a
/// phrase, kept whole and joined to the tag it follows (`KMDR MEDIA REACTION`), or its own tag after a comma.
/// Tags are upper case, each once.
struct TagReader {
    /// The subject and country tags known, upper case.
    let tagNames: Set<String>

    /// The tags of a TAGS field's value.
    func tags(in value: String) -> [String] {
        var tags: [String] = []
        var joinsPrevious = false
        let words = TagReader.words(in: value)
        var index = 0
        while index < words.count {
            let word = words[index]
            if word.text.hasPrefix("("), !tags.isEmpty {
                tags[tags.count - 1] += " " + word.text
            } else if let parts = knownParts(of: word.text) {
                tags += parts
            } else {
                var phrase = [word.text]
                while index + 1 < words.count, !words[index].endsChunk, knownParts(of: words[index + 1].text) == nil,
                    !words[index + 1].text.hasPrefix("(")
                {
                    index += 1
                    phrase.append(words[index].text)
                }
                if phrase.count > 1, joinsPrevious, !tags.isEmpty {
                    tags[tags.count - 1] += " " + phrase.joined(separator: " ")
                } else {
                    tags.append(phrase.joined(separator: " "))
                }
            }
            joinsPrevious = !words[index].endsChunk
            index += 1
        }
        return tags.uniqued()
    }

    /// Whether a line can continue a TAGS list: words of two to six letters (or hyphens), and commas.
    static func isTagLine(_ line: String) -> Bool {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" })
        return !words.isEmpty && (line.isMostlyCapitals || line == line.lowercased())
            && words.allSatisfy { word in (2...6).contains(word.count) && word.allSatisfy { $0.isLetter || $0 == "-" } }
    }

    /// A word of the list, and whether a comma or semicolon follows it.
    private struct Word {
        var text: String
        var endsChunk: Bool
    }

    /// The words in capitals without link residue (`[PGOV](#)`); a parenthesised group is one word.
    private static func words(in value: String) -> [Word] {
        let cleaned = value.replacingAll("](#)", with: " ").replacingAll("[", with: " ").uppercased()
        var words: [Word] = []
        var current = ""
        var depth = 0
        func flush(endsChunk: Bool) {
            if !current.isEmpty { words.append(Word(text: current, endsChunk: endsChunk)) }
            if current.isEmpty, endsChunk, !words.isEmpty { words[words.count - 1].endsChunk = true }
            current = ""
        }
        for character in cleaned {
            if character == "(" { depth += 1 }
            if character == ")" { depth = max(0, depth - 1) }
            if depth == 0, character == "," || character == ";" {
                flush(endsChunk: true)
            } else if depth == 0, character == " " || character == "\t" {
                flush(endsChunk: false)
            } else {
                current.append(character)
            }
        }
        flush(endsChunk: true)
        return words
    }

    /// The tags a word stands for: itself when it is a known tag or short enough to be one (`TIP`, `MDC`), its
    /// parts when it runs known tags together; nil for a word of a phrase.
    private func knownParts(of word: String) -> [String]? {
        if tagNames.contains(word) { return [word] }
        if (5...40).contains(word.count), let parts = split(word) { return parts }
        if word.count <= 4 || !word.allSatisfy(\.isLetter) { return [word] }
        return nil
    }

    /// `PRELPGOV` as `PREL`, `PGOV`: known tags that cover the word, fewest first; not only two-letter country
    /// tags, which would cut ordinary words (`NATIONAL`).
    private func split(_ word: String) -> [String]? {
        let letters = Array(word)
        var best: [[String]?] = Array(repeating: nil, count: letters.count + 1)
        best[0] = []
        for end in 2...max(2, letters.count) where end <= letters.count {
            for length in 2...min(6, end) {
                guard let before = best[end - length] else { continue }
                let part = String(letters[(end - length)..<end])
                guard tagNames.contains(part), best[end] == nil || best[end]!.count > before.count + 1 else { continue }
                best[end] = before + [part]
            }
        }
        guard let parts = best[letters.count], parts.contains(where: { $0.count > 2 }) else { return nil }
        return parts
    }
}
