extension Gazetteer {
    /// Whether a word names a country's people or is its adjective (`Tajik`, `Libyan`, `Chinese`): a country's
    /// name of one word begins with the word less one of `EnglishWords.demonymEndings`, four letters at least.
    func isDemonym(_ word: String) -> Bool {
        // NB: most words are ASCII and this runs for every capitalised word of a cable; bytes spare the String's
        // Unicode-aware suffix tests and character counts (a carriage return would join a character to the next).
        if word.utf8.allSatisfy({ $0 < 0x80 && $0 != ASCII.carriageReturn }) {
            return isASCIIDemonym(word.utf8.map { $0.isASCIIUpper ? $0 + 0x20 : $0 })
        }
        let lowered = word.lowercased()
        for ending in EnglishWords.demonymEndings where lowered.hasSuffix(ending) {
            let stem = lowered.dropLast(ending.count)
            guard stem.count >= Gazetteer.demonymStemLength else { continue }
            if oneWordCountryBeginnings.contains(String(stem)) { return true }
        }
        return false
    }

    /// `isDemonym` of a lower-case ASCII word.
    private func isASCIIDemonym(_ lowered: [UInt8]) -> Bool {
        for ending in EnglishWords.demonymEndings {
            let length = ending.utf8.count
            guard lowered.count - length >= Gazetteer.demonymStemLength,
                lowered.suffix(length).elementsEqual(ending.utf8)
            else { continue }
            if oneWordCountryBeginningBytes.id(of: lowered.dropLast(length)) != nil { return true }
        }
        return false
    }

    /// The fewest letters of a country's name that a demonym keeps.
    // NB: shorter stems would make ordinary words demonyms of short country names.
    static let demonymStemLength = 4

    /// Every beginning of at least `demonymStemLength` characters of the names of one word among `names`.
    static func beginnings(ofOneWordNames names: [String]) -> Set<String> {
        var beginnings: Set<String> = []
        for name in names where !name.contains(" ") && name.count >= Gazetteer.demonymStemLength {
            for length in Gazetteer.demonymStemLength...name.count { beginnings.insert(String(name.prefix(length))) }
        }
        return beginnings
    }
}
