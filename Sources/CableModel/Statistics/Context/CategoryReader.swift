/// The categories a figure is about, read from its noun phrase and its clause: persons (`adults`, `minors`,
/// `men`, `women`, `boys`, `girls`) and forms of trafficking (`sex`, `labour`).
enum CategoryReader {
    /// Words that name sex trafficking.
    static let sexWords: Set<String> = [
        "sex", "sexual", "sexually", "prostitution", "prostitutes", "brothel", "brothels",
    ]
    /// Words that name labour trafficking.
    static let labourWords: Set<String> = ["labor", "labour", "labourers", "laborers", "work", "servitude", "bonded"]

    /// The categories of the figure whose clause runs over `clause` (its noun phrase included).
    static func categories(_ text: TokenizedText, unit: CountedNoun?, clause: Range<Int>) -> [String] {
        var persons: [String] = []
        var forms: [String] = []
        func add(_ word: String) {
            if let person = FigureVocabulary.personCategories[word], !persons.contains(person) {
                persons.append(person)
                if let broader = FigureVocabulary.broaderCategory[person], !persons.contains(broader) {
                    persons.append(broader)
                }
            }
            if sexWords.contains(word), !forms.contains("sex") { forms.append("sex") }
            if labourWords.contains(word), !forms.contains("labour") { forms.append("labour") }
        }
        if let unit {
            for word in unit.text.lowercased().split(whereSeparator: { !$0.isLetter }) { add(String(word)) }
        }
        // NB: `under the Law on Trade in Underage Persons`: a capital inside mixed-case text is part of a name.
        let mixedCase = !ReferenceNumbers.isAllCaps(text, clause)
        for index in clause where text.tokens[index].kind == .word {
            if mixedCase, text.isCapitalized(index), index > clause.lowerBound { continue }
            add(text.lowered[index])
        }
        return persons + forms
    }
}
