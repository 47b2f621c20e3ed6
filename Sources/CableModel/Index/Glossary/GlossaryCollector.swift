/// Builds a cable's glossary: its TAGS with their meanings, its handling caveats, the acronyms it defines, the
/// bundled abbreviations its text uses, and `GOx` forms (`GOT`: the government of the host country).
struct GlossaryCollector {
    let index: WordIndex
    let header: Header
    let knowledge: GeneralKnowledge
    let definitions: [AcronymFinder.Definition]
    /// The portion markings the units carry (`SBU`), which the glossary may explain.
    let markings: [String]

    /// The entries: tags first, in header order, then the rest by term.
    func entries() -> [Glossary.Entry] {
        let glossary = knowledge.glossary
        var tagEntries: [Glossary.Entry] = []
        for tag in header.tags {
            tagEntries += glossary.entries(for: tag).filter { $0.kind == .tag || $0.kind == .country }.prefix(1)
        }
        var others: [Glossary.Entry] = (header.caveats + markings).flatMap { glossary.entries(for: $0) }
        var defined: Set<String> = []
        for definition in definitions where defined.insert(definition.acronym).inserted {
            others.append(
                Glossary.Entry(
                    term: definition.acronym, meaning: definition.longForm, kind: .defined, definedIn: definition.unitID
                ))
        }
        for (entry, words, spelling) in glossary.abbreviationWords
        where isWritten(glossary.entries[entry].term, words: words, spelling: spelling) {
            others.append(glossary.entries[entry])
        }
        others += governmentForms()
        var seen: Set<String> = []
        let unique = others.filter { seen.insert($0.term + "\t" + $0.meaning).inserted }
        return tagEntries + unique.sorted { $0.term.lowercased() < $1.term.lowercased() }
    }

    /// Whether the text writes the term; a term of several words (`U/S`, `E.O.`, `G/TIP`) only with the marks
    /// between its words as the glossary writes them, so that `U.S.` is not `U/S`.
    private func isWritten(_ term: String, words: [[UInt8]], spelling: WordIndex.Spelling) -> Bool {
        let found = index.occurrences(ofFolded: words, spelling: spelling)
        guard words.count > 1 else { return !found.isEmpty }
        var inner = Array(term.unicodeScalars)
        while let first = inner.first, !ScalarFolding.isWordScalar(first) { inner.removeFirst() }
        while let last = inner.last, !ScalarFolding.isWordScalar(last) { inner.removeLast() }
        let written = String(String.UnicodeScalarView(inner))
        let wanted = spelling == .exactCase ? written : written.lowercased()
        return found.contains { first, last in
            let word = index.tokens[Int(first)]
            let text = index.fields[Int(word.field)].text(Int(word.start)..<Int(index.tokens[Int(last)].end))
            return (spelling == .exactCase ? text : text.lowercased()) == wanted
        }
    }

    /// `GOT`, `GOI`: `GO` and the initials of a host country (a country tag of the header, or the post's country,
    /// else the one country of those initials that the text names), explained by the glossary's `GO*` pattern.
    private func governmentForms() -> [Glossary.Entry] {
        guard let pattern = knowledge.glossary.governmentPattern else { return [] }
        let prefix = String(pattern.term.dropLast())
        var found: [Glossary.Entry] = []
        let prefixBytes = Array(prefix.utf8)
        lazy var countries: [String] = {
            var countries = header.tags.flatMap {
                knowledge.glossary.entries(for: $0).filter { $0.kind == .country }.map(\.meaning)
            }
            if let post = header.post, let country = knowledge.gazetteer.country(of: post) { countries.append(country) }
            return countries
        }()
        for variant in 0..<Int32(index.variants.count) where index.variantShapes[Int(variant)].contains(.allCapitals) {
            let bytes = index.variants.key(variant)
            guard bytes.count > prefixBytes.count, bytes.count <= prefixBytes.count + 3,
                bytes.starts(with: prefixBytes),
                bytes.allSatisfy(\.isASCIIUpper)
            else { continue }
            let term = index.variants.string(variant)
            guard knowledge.glossary.entries(for: term).isEmpty else { continue }
            let initials = String(term.dropFirst(prefix.count))
            guard
                let country = countries.first(where: { GlossaryCollector.initials(of: $0) == initials })
                    ?? namedCountry(withInitials: initials)
            else { continue }
            found.append(
                Glossary.Entry(term: term, meaning: pattern.meaning.replacingCountry(with: country), kind: .pattern))
        }
        return found
    }

    /// The one country the text names (or names a place of) whose initials these are: `GOL` in a cable from
    /// Washington about Libya.
    private func namedCountry(withInitials initials: String) -> String? {
        let countries = Set(
            GazetteerMatcher(index: index, gazetteer: knowledge.gazetteer).matches().map(\.place.country).filter {
                GlossaryCollector.initials(of: $0) == initials
            })
        return countries.count == 1 ? countries.first : nil
    }

    /// The capital initials of a name's main words: `United Arab Emirates` gives `UAE`.
    static func initials(of name: String) -> String {
        String(
            WordScanner.words(of: name).filter { !AcronymFinder.smallWords.contains($0.lowercased()) }
                .compactMap { $0.first.map { String($0).uppercased() } }.joined())
    }
}

extension String {
    /// The text with `{country}` replaced.
    fileprivate func replacingCountry(with country: String) -> String {
        split(separator: "{country}", omittingEmptySubsequences: false).joined(separator: country)
    }
}
