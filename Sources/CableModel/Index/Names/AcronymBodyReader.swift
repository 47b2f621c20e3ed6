/// Finds acronyms that stand where an organisation does: right before a noun for a body's people or arms (`KDF
/// forces`, `the XYZ spokesman`), or after such a noun and `of` (`officials of the XYZ`, `members of KDF`).
///
/// An acronym that the glossary or the gazetteer explains otherwise (a place, `TIP`, `PM`) is none; one the cable or
/// the glossary expands into a proper name is named by that expansion (`Human Rights Watch (HRW)`, `ISI`).
struct AcronymBodyReader {
    let index: WordIndex

    /// The letters of Roman numerals.
    static let romanDigits: Set<UInt8> = Set("IVXLCDM".utf8)

    /// Each acronym written in lower-case context that makes it a body, in order of first use.
    func acronyms() -> [String] {
        var found: [(term: String, first: Int32)] = []
        for variant in 0..<Int32(index.variants.count) {
            let key = index.variants.key(variant)
            // NB: a Roman numeral (`ISAF XI headquarters`) numbers a body; it is none.
            guard key.count >= 2, key.count <= 6, key.allSatisfy(\.isASCIIUpper),
                !key.allSatisfy(AcronymBodyReader.romanDigits.contains)
            else { continue }
            let tokens = index.byVariant.tokens(of: variant)
            guard let first = tokens.first, tokens.contains(where: { standsForABody($0, $0) }) else { continue }
            found.append((index.variants.string(variant), first))
        }
        return found.sorted { $0.first < $1.first }.map(\.term)
    }

    /// Whether the words from `first` to `last` stand for a body: a member noun right after them, or one and `of`
    /// (and a lower-case `the`) right before them.
    func standsForABody(_ first: Int32, _ last: Int32) -> Bool {
        if followsDirectly(last, last + 1), isMemberNoun(last + 1) { return true }
        var cursor = first
        if followsDirectly(cursor - 1, cursor), isWord(cursor - 1, "the") { cursor -= 1 }
        guard followsDirectly(cursor - 1, cursor), isWord(cursor - 1, "of"), followsDirectly(cursor - 2, cursor - 1)
        else { return false }
        return isMemberNoun(cursor - 2)
    }

    /// Whether the token is this lower-case word.
    private func isWord(_ token: Int32, _ word: String) -> Bool {
        !index.shape(of: token).contains(.capitalized) && index.term(of: token).elementsEqual(word.utf8)
    }

    /// Whether the token is a noun of `EnglishWords.bodyMemberNouns` not written in capitals (`Officials of the XYZ`
    /// opens a sentence; `KDF FORCES` in a capital text says nothing).
    private func isMemberNoun(_ token: Int32) -> Bool {
        guard !index.shape(of: token).contains(.allCapitals) else { return false }
        return EnglishWords.bodyMemberNouns.contains(String(decoding: index.term(of: token), as: UTF8.self))
    }

    /// Whether `next` follows `token` in the same field with only spaces between them.
    private func followsDirectly(_ token: Int32, _ next: Int32) -> Bool {
        guard token >= 0, next < Int32(index.tokens.count), index.isAdjacent(token, next) else { return false }
        let scalars = index.field(of: token).scalars
        return scalars[Int(index.tokens[Int(token)].end)..<Int(index.tokens[Int(next)].start)].allSatisfy {
            $0 == " "
        }
    }
}
