extension Glossary {
    /// The tables that only the index reads, made from the abbreviations once rather than per cable.
    struct IndexTables: Sendable {
        /// The abbreviations to look for in a text: their words folded for the word index, and how to compare them
        /// (exactly when the term has a capital, in any case otherwise).
        let abbreviationWords: [(entry: Int, words: [[UInt8]], spelling: WordIndex.Spelling)]
        /// The abbreviations that name an instrument (`InstrumentReader.acronyms`).
        let instrumentAcronyms: [String: Bool]

        /// The tables of `entries`, the glossary's entries in file order.
        init(entries: [Entry]) {
            instrumentAcronyms = InstrumentReader.acronyms(
                of: entries.filter { $0.kind == .abbreviation }.map { ($0.term, $0.meaning) })
            abbreviationWords = entries.enumerated().compactMap { position, entry in
                guard entry.kind == .abbreviation else { return nil }
                let words = WordScanner.words(of: entry.term)
                let spelling: WordIndex.Spelling =
                    entry.term.unicodeScalars.contains(where: ScalarFolding.isUppercase) ? .exactCase : .anyCase
                return words.isEmpty ? nil : (position, WordIndex.fold(words, spelling: spelling), spelling)
            }
        }
    }

    /// The abbreviations to look for in a text (`IndexTables.abbreviationWords`).
    var abbreviationWords: [(entry: Int, words: [[UInt8]], spelling: WordIndex.Spelling)] {
        indexTables.value.abbreviationWords
    }

    /// The abbreviations that name an instrument (`IndexTables.instrumentAcronyms`).
    var instrumentAcronyms: [String: Bool] { indexTables.value.instrumentAcronyms }
}
