extension Gazetteer {
    /// Whether a word names a country's people or is its adjective (`Tajik`, `Libyan`, `Chinese`): a country's
    /// name of one word begins with the word less one of `EnglishWords.demonymEndings`, four letters at least.
    func isDemonym(_ word: String) -> Bool {
        let lowered = word.lowercased()
        for ending in EnglishWords.demonymEndings where lowered.hasSuffix(ending) {
            let stem = lowered.dropLast(ending.count)
            guard stem.count >= 4 else { continue }
            if oneWordCountries.contains(where: { $0.hasPrefix(stem) }) { return true }
        }
        return false
    }

}
