/// Finds the gazetteer's places in a cable through the word index: each capitalised word is looked up once among
/// the names' first words, then the words after each of its tokens are compared.
struct GazetteerMatcher {
    let index: WordIndex
    let gazetteer: Gazetteer

    /// Each place found, with the tokens it spans, in no particular order.
    ///
    /// NB: walks the cable's capitalised words and looks each up among the gazetteer's first words, rather than
    /// looking up a thousand first words in every cable.
    func matches() -> [(place: Gazetteer.Place, first: Int32, last: Int32)] {
        var found: [(place: Gazetteer.Place, first: Int32, last: Int32)] = []
        var seen = Set<Int32>()
        for variant in 0..<Int32(index.variants.count) where index.variantShapes[Int(variant)].contains(.capitalized) {
            let term = index.variantTerms[Int(variant)]
            guard seen.insert(term).inserted, let entry = gazetteer.firstWords.id(of: index.terms.key(term)) else {
                continue
            }
            let names = gazetteer.namesByFirstWord[Int(entry)].names
            for token in index.byTerm.tokens(of: term) {
                let shape = index.shape(of: token)
                guard shape.contains(.capitalized) else { continue }
                guard let (place, length) = longestName(at: token, names) else { continue }
                if length == 1, !shape.contains(.allCapitals), startsSentence(token), index.hasLowercaseSpelling(token)
                {
                    continue
                }
                if gazetteer.places[place].isAmbiguous, !followsPlaceWord(token) { continue }
                found.append((gazetteer.places[place], token, token + Int32(length) - 1))
            }
        }
        return found
    }

    private func longestName(at token: Int32, _ names: [(place: Int, words: [[UInt8]])]) -> (Int, Int)? {
        names: for (place, words) in names {
            for offset in 1..<max(1, words.count) {
                let next = token + Int32(offset)
                guard index.isAdjacent(token, next), index.term(of: next).elementsEqual(words[offset]) else {
                    continue names
                }
            }
            return (place, words.count)
        }
        return nil
    }

    /// Words after which an ambiguous name is a place: `in Male`, `to Jordan`, `from Chad`.
    static let placeWords: Set<String> = [
        "in", "to", "from", "near", "at", "via", "into", "across", "outside", "inside", "around", "visit", "visited",
        "visiting", "toward", "towards",
    ]

    private func followsPlaceWord(_ token: Int32) -> Bool {
        let word = index.tokens[Int(token)]
        let scalars = index.fields[Int(word.field)].scalars
        guard let previous = scalars.previousWordStart(before: Int(word.start)) else { return false }
        return scalars.word(at: previous, oneOf: GazetteerMatcher.placeWords) != nil
    }

    private func startsSentence(_ token: Int32) -> Bool {
        let word = index.tokens[Int(token)]
        return index.fields[Int(word.field)].scalars.startsSentence(Int(word.start))
    }
}
