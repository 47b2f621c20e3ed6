/// Groups a cable's statute citations into statutes, attributing bare `Article N` mentions to an instrument
/// only when the text allows it.
///
/// A citation without its own instrument takes one by the first row of `attributions` that gives one (the
/// instrument just before its parenthesis, the same article cited before, ...). Otherwise its instrument stays
/// unknown.
struct StatuteCollector {
    let index: WordIndex
    /// The scanner's findings, less the bare sections whose law the text does not give, and with each kind of
    /// law alone (`of the law`) that names no instrument of the text left without one.
    private(set) var findings: [StatuteScanner.FieldFindings]

    init(index: WordIndex, findings: [StatuteScanner.FieldFindings]) {
        self.index = index
        self.findings = StatuteCollector.keepingAttributedSections(findings, index: index)
        self.findings = StatuteCollector.withoutSubjectNames(self.findings, index: index)
        self.findings = StatuteCollector.resolvingKindsAlone(self.findings, canonical: canonicalKeys())
    }

    /// The findings less the instruments the SUBJECT line merely names (its citations keep their own).
    ///
    /// NB: a subject is a title in capitals that names its matter in its own short words (`US-POLISH SOFA` for the
    /// body's `U.S.-Poland SOFA`); counted as a name of the cable, it would make one instrument two and leave the
    /// body's bare articles without one. The body names its instruments itself.
    private static func withoutSubjectNames(
        _ findings: [StatuteScanner.FieldFindings], index: WordIndex
    ) -> [StatuteScanner.FieldFindings] {
        var kept = findings
        for field in kept.indices where index.unitIDs[Int(index.fields[field].unit)] == CableIndex.subjectUnitID {
            kept[field].instruments = []
            kept[field].lowerCaseInstruments = []
            kept[field].unspecificLaws = []
            kept[field].occupied = []
        }
        return kept
    }

    /// Every instrument key the text gives: of the names it reads and of the citations.
    private var allKeys: Set<String> {
        Set(
            findings.flatMap { found in found.instruments.map(\.key) + found.citations.compactMap { $0.instrument?.key }
            })
    }

    /// `Article 3 of the law`, `of the same charter`, `of the Convention`: a kind of law alone stands for the one
    /// instrument of that kind the text names (the key it maps to, else the one key holding its word); where there is none, the
    /// citation is bare, and the rows of `attributions` look for its instrument as for any other.
    private static func resolvingKindsAlone(
        _ findings: [StatuteScanner.FieldFindings], canonical: [String: String]
    ) -> [StatuteScanner.FieldFindings] {
        let named = Set(findings.flatMap { $0.instruments.map { canonical[$0.key] ?? $0.key } })
        var resolved = findings
        for field in resolved.indices {
            for index in resolved[field].citations.indices {
                guard var instrument = resolved[field].citations[index].instrument,
                    instrument.isKindAlone || EnglishWords.standaloneLawKinds.contains(instrument.key)
                else { continue }
                // NB: a capitalised kind alone (`the Convention`) is a name of its own unless the text names one
                // longer instrument of that kind (`the Convention against Torture`), which it then stands for.
                let holding = named.filter {
                    $0.split(separator: " ").contains(Substring(instrument.key))
                        && (instrument.isKindAlone || $0 != instrument.key)
                }
                let key = canonical[instrument.key] ?? (holding.count == 1 ? holding.first : nil)
                guard key != nil || instrument.isKindAlone else { continue }
                instrument.key = key ?? instrument.key
                resolved[field].citations[index].instrument = key == nil ? nil : instrument
            }
        }
        return resolved
    }

    /// Drops each bare `Section N` unless an instrument stands just before its parenthesis or the cable cites
    /// sections of a named law elsewhere (`Sections 366A and 372 of the Indian Penal Code` … `Section 370
    /// prescribes`): in a cable that never does, a bare section is as likely a part of a report as of a law.
    /// The sections kept are attributed to a law like bare articles are, or left without one.
    private static func keepingAttributedSections(
        _ findings: [StatuteScanner.FieldFindings], index: WordIndex
    ) -> [StatuteScanner.FieldFindings] {
        let citesSectionsOfALaw = findings.contains { found in
            found.citations.contains { $0.division == .section && $0.instrument != nil }
        }
        guard !citesSectionsOfALaw else { return findings }
        var kept = findings
        for field in kept.indices {
            let scalars = index.fields[field].scalars
            let instruments = kept[field].instruments
            kept[field].citations.removeAll { citation in
                guard citation.isBareSection else { return false }
                guard let open = citation.openParenthesis else { return true }
                let before = scalars.skippingSpacesBackward(from: open)
                return !instruments.contains { $0.range.upperBound == before }
            }
        }
        return kept
    }

    /// The statutes in order of first mention.
    func statutes() -> [Statute] {
        let canonical = canonicalKeys()
        let names = displayNames(canonical)
        var order: [String] = []
        var groups: [String: [StatuteCitation]] = [:]
        var instruments: [String: String] = [:]
        for (found, keys) in zip(findings, attributedKeys(canonical)) {
            for (citation, key) in zip(found.citations, keys) {
                let id = StatuteCollector.id(division: citation.division, number: citation.number, instrumentKey: key)
                if groups[id] == nil {
                    order.append(id)
                    instruments[id] = key.flatMap { names[$0] }
                }
                groups[id, default: []].append(citation)
            }
        }
        return order.map { id in statute(id: id, instrument: instruments[id], citations: groups[id] ?? []) }
    }

    /// The canonical instrument key of each citation, field by field (nil where the text allows none).
    private func attributedKeys(_ canonical: [String: String]) -> [[String?]] {
        let canonicalKey = { (key: String) in canonical[key] ?? key }
        let unitKeys = instrumentKeysByUnit(canonical)
        let cableKeys = Set(unitKeys.flatMap { $0 })
        let citedKeys = Set(findings.flatMap { $0.citations.compactMap { $0.instrument.map { canonicalKey($0.key) } } })
        var keysByArticle: [String: Set<String>] = [:]
        var modifierArticles: Set<String> = []
        for citation in findings.flatMap(\.citations) {
            if citation.isModifier { modifierArticles.insert(FieldAttribution.article(of: citation)) }
            guard let instrument = citation.instrument else { continue }
            keysByArticle[FieldAttribution.article(of: citation), default: []].insert(canonicalKey(instrument.key))
        }
        var namedBefore: Set<String> = []
        var attributedBefore: [String: Set<String>] = [:]
        var keys: [[String?]] = []
        for (field, found) in findings.enumerated() {
            var attribution = FieldAttribution(
                scalars: index.fields[field].scalars, found: found, canonical: canonicalKey)
            let byEnd = found.citations.sorted { $0.range.upperBound < $1.range.upperBound }
            var passed = 0
            keys.append(
                found.citations.map { citation in
                    while passed < byEnd.count, byEnd[passed].range.upperBound <= citation.range.lowerBound {
                        attribution.pass(byEnd[passed], canonical: canonicalKey)
                        passed += 1
                    }
                    let context = AttributionContext(
                        field: attribution, unitKeys: unitKeys[Int(index.fields[field].unit)], cableKeys: cableKeys,
                        citedKeys: citedKeys, keysByArticle: keysByArticle, attributedInEarlierFields: attributedBefore,
                        modifierArticles: modifierArticles, namedInEarlierFields: namedBefore, canonical: canonical)
                    let key = instrumentKey(of: citation, context: context).map(canonicalKey)
                    attribution.attributed(citation, key: key)
                    return key
                })
            namedBefore.formUnion(found.instruments.map { canonicalKey($0.key) })
            for (citation, key) in zip(found.citations, keys[field]) where citation.instrument == nil {
                if let key { attributedBefore[FieldAttribution.article(of: citation), default: []].insert(key) }
            }
        }
        return keys
    }

    private func statute(id: String, instrument: String?, citations: [StatuteCitation]) -> Statute {
        var names: [String] = []
        var seen: Set<String> = []
        for name in citations.flatMap(\.names) where seen.insert(name.lowercased()).inserted && name != instrument {
            names.append(name)
        }
        var notes: [String] = []
        for note in citations.flatMap(\.notes) where !notes.contains(note) { notes.append(note) }
        let defining = citations.first { $0.isDefining }.map { index.unitIDs[Int(index.fields[Int($0.field)].unit)] }
        let mentions = citations.map { citation in
            let field = index.fields[Int(citation.field)]
            return StatuteMention(
                statuteID: id,
                span: TextSpan(unitID: index.unitIDs[Int(field.unit)], field: field.field, range: citation.range),
                text: field.text(citation.range), subdivision: citation.subdivision)
        }
        let first = citations[0]
        return Statute(
            id: id, division: first.division, number: first.number, instrument: instrument, names: names, notes: notes,
            definedIn: defining, mentions: mentions)
    }

    /// The instrument key a citation belongs to: its own, else the first that a row of `attributions` gives;
    /// nil when the text does not allow attributing one.
    private func instrumentKey(of citation: StatuteCitation, context: AttributionContext) -> String? {
        if let instrument = citation.instrument { return instrument.key }
        if citation.hasUnreadInstrument { return nil }
        // NB: `an Article 12 agreement` names a thing by an article of some instrument, and so does every bare
        // `Article 12` of a cable that writes it so: an instrument the text merely names paragraphs away does
        // not tell which.
        let namesAThing = context.modifierArticles.contains(FieldAttribution.article(of: citation))
        // NB: after `the new law` a law of that kind is meant; the one instrument of the paragraph or the cable
        // is not it unless it is of that kind (`the Land Code is old; the new law ... Article 6` is unknown).
        let unspecificKind = context.field.unspecificLawKind(before: citation.range.lowerBound)
        for attribution in StatuteCollector.attributions where !(namesAThing && attribution.readsNamesFarAway) {
            guard let key = attribution.key(self, citation, context) else { continue }
            if attribution.readsNames, let kind = unspecificKind,
                !key.split(separator: " ").contains(Substring(kind))
            {
                continue
            }
            return key
        }
        return nil
    }

    /// Each unit's instrument keys (canonical).
    private func instrumentKeysByUnit(_ canonical: [String: String]) -> [Set<String>] {
        var keys = [Set<String>](repeating: [], count: index.unitIDs.count)
        for (field, found) in findings.enumerated() {
            for instrument in found.instruments {
                keys[Int(index.fields[field].unit)].insert(canonical[instrument.key] ?? instrument.key)
            }
        }
        return keys
    }

    /// Maps a short key to the one longer key it ends (`constitution` → `honduran constitution`) when only one does,
    /// and a name the text equates in parentheses to the name before them (`the Charter on Rights (the Charter)`).
    private func canonicalKeys() -> [String: String] {
        let keys = allKeys
        let equated = equatedKeys()
        var map = equated.merging(StatuteCollector.initialisms(among: keys)) { equatedKey, _ in equatedKey }
        for key in keys where map[key] == nil {
            // NB: `London Convention and Protocol` names two instruments; its last one is no longer name of `Protocol`.
            let longer = keys.filter { candidate in
                candidate != key && candidate.hasSuffix(" " + key)
                    && !StatuteCollector.isCoordination(candidate, endingWith: key)
            }
            let maximal = longer.filter { candidate in
                !longer.contains { $0 != candidate && $0.hasSuffix(" " + candidate) }
            }
            // NB: among several longer names, the one the text defines in parentheses is the one it shortens.
            let defined = maximal.count > 1 ? maximal.filter { equated[$0] != nil } : maximal
            if defined.count == 1, let target = defined.first { map[key] = target }
        }
        map.merge(StatuteCollector.namesOfDescriptions(descriptionKeys, among: keys)) { kept, _ in kept }
        // NB: `the Protocol` ends `London Protocol`, which the text equates with `Protocol to the London
        // Convention`: a key follows the chain to its end.
        for key in map.keys {
            var target = map[key] ?? key
            var steps = 0
            while let next = map[target], next != key, steps < map.count {
                target = next
                steps += 1
            }
            map[key] = target
        }
        return map
    }

    /// `hp` → `harbour protocol`: a key of one short word that spells the initials of exactly one other key (of all
    /// its words, or of those that are not connectors) is that instrument's acronym (`LP Article 6`).
    static func initialisms(among keys: Set<String>) -> [String: String] {
        var map: [String: String] = [:]
        for key in keys where key.count >= 2 && key.count <= 8 && key.allSatisfy(\.isLetter) {
            let matches = keys.filter { other in
                let words = other.split(separator: " ")
                guard words.count >= 2 else { return false }
                let content = words.filter { !InstrumentReader.connectors.contains(String($0)) }
                return [words, content].contains { String($0.compactMap(\.first)) == key }
            }
            if matches.count == 1, let target = matches.first { map[key] = target }
        }
        return map
    }

    /// The laws the text describes in lower case (`new criminal code`), by key.
    private var descriptionKeys: Set<String> {
        Set(findings.flatMap { $0.lowerCaseInstruments.map(\.key) })
    }

    /// `new criminal code` → `criminal code of riverland`: a law described in lower case is the one named
    /// instrument whose words hold its kind and every word of the description that says what it is about (not
    /// `new` or `draft`: `EnglishWords.lawStatusWords`), so it is shown by the cable's fullest name for it.
    static func namesOfDescriptions(_ descriptions: Set<String>, among keys: Set<String>) -> [String: String] {
        var map: [String: String] = [:]
        for description in descriptions {
            let words = description.split(separator: " ").map(String.init)
            let telling = Set(words.filter { !EnglishWords.lawStatusWords.contains($0) })
            let named = keys.filter { key in
                key != description && telling.isSubset(of: key.split(separator: " ").map(String.init))
            }
            if named.count == 1, let target = named.first { map[description] = target }
        }
        return map
    }

    /// Whether `key` ends the last of two names joined by `and` (`london convention and protocol`).
    static func isCoordination(_ candidate: String, endingWith key: String) -> Bool {
        let words = candidate.split(separator: " ")
        guard let and = words.lastIndex(of: "and") else { return false }
        return words[(and + 1)...].joined(separator: " ").hasSuffix(key)
    }

    /// `the Convention on Rivers (the Convention)`, `the Convention against Torture (CAT)`: the name in parentheses
    /// right after an instrument's name is that instrument.
    private func equatedKeys() -> [String: String] {
        var map: [String: String] = [:]
        for (field, found) in findings.enumerated() {
            let scalars = index.fields[field].scalars
            let sorted = found.instruments.sorted { $0.range.lowerBound < $1.range.lowerBound }
            for (long, short) in zip(sorted, sorted.dropFirst()) where long.key != short.key {
                var open = scalars.skippingSpaces(from: long.range.upperBound)
                guard open < short.range.lowerBound, scalars[open] == "(" else { continue }
                open = scalars.skippingSpaces(from: open + 1)
                if let the = scalars.word(at: open, oneOf: ["the"]) { open = scalars.skippingSpaces(from: the.end) }
                let close = scalars.skippingSpaces(from: short.range.upperBound)
                guard open == short.range.lowerBound, close < scalars.count, scalars[close] == ")" else { continue }
                map[short.key] = long.key
            }
        }
        return map
    }

    /// The text to show for each canonical key: its first spelling.
    private func displayNames(_ canonical: [String: String]) -> [String: String] {
        var names: [String: String] = [:]
        for found in findings {
            for instrument in found.instruments + found.citations.compactMap(\.instrument) + found.lowerCaseInstruments
            where names[instrument.key] == nil && !instrument.isKindAlone {
                names[instrument.key] = instrument.text
            }
        }
        for (key, target) in canonical where names[target] == nil { names[target] = names[key] }
        return names
    }

    /// `criminal-code/article-241.2`, or `article-241.2` without an instrument.
    static func id(division: Statute.Division, number: String, instrumentKey: String?) -> String {
        let head = division.rawValue + "-" + number
        guard let instrumentKey, !instrumentKey.isEmpty else { return head }
        let slug = instrumentKey.unicodeScalars.map { ScalarFolding.isWordScalar($0) ? Character($0) : "-" }
        return String(slug) + "/" + head
    }
}
