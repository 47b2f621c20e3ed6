/// Groups a cable's statute citations into statutes, attributing bare `Article N` mentions to an instrument
/// only when the text allows it.
///
/// A citation without its own instrument takes, in order: the instrument written just before its parenthesis
/// (`the Constitution (Art. 280)`); the one instrument its unit names; the one instrument the cable names.
/// Otherwise its instrument stays unknown.
struct StatuteCollector {
    let index: WordIndex
    /// The scanner's findings, less the bare sections whose law the text does not give.
    let findings: [StatuteScanner.FieldFindings]

    init(index: WordIndex, findings: [StatuteScanner.FieldFindings]) {
        self.index = index
        self.findings = StatuteCollector.keepingAttributedSections(findings, index: index)
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
        let unitKeys = instrumentKeysByUnit(canonical)
        let cableKeys = Set(unitKeys.flatMap { $0 })
        var order: [String] = []
        var groups: [String: [StatuteCitation]] = [:]
        var instruments: [String: String] = [:]
        for (field, found) in findings.enumerated() {
            let unit = Int(index.fields[field].unit)
            for citation in found.citations {
                let key = instrumentKey(of: citation, in: found, unitKeys: unitKeys[unit], cableKeys: cableKeys)
                    .map { canonical[$0] ?? $0 }
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

    /// The instrument key a citation belongs to, or nil when the text does not allow attributing one.
    private func instrumentKey(
        of citation: StatuteCitation, in found: StatuteScanner.FieldFindings, unitKeys: Set<String>,
        cableKeys: Set<String>
    ) -> String? {
        if let instrument = citation.instrument { return instrument.key }
        if let open = citation.openParenthesis {
            let before = index.fields[Int(citation.field)].scalars.skippingSpacesBackward(from: open)
            if let instrument = found.instruments.first(where: { $0.range.upperBound == before }) {
                return instrument.key
            }
        }
        if unitKeys.count == 1 { return unitKeys.first }
        if unitKeys.isEmpty, cableKeys.count == 1 { return cableKeys.first }
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

    /// Maps a short key to the one longer key it ends (`constitution` → `honduran constitution`) when only one does.
    private func canonicalKeys() -> [String: String] {
        let keys = Set(findings.flatMap { $0.instruments.map(\.key) })
        var map: [String: String] = [:]
        for key in keys {
            let longer = keys.filter { $0 != key && $0.hasSuffix(" " + key) }
            let maximal = longer.filter { candidate in
                !longer.contains { $0 != candidate && $0.hasSuffix(" " + candidate) }
            }
            if maximal.count == 1, let target = maximal.first { map[key] = target }
        }
        return map
    }

    /// The text to show for each canonical key: its first spelling.
    private func displayNames(_ canonical: [String: String]) -> [String: String] {
        var names: [String: String] = [:]
        for found in findings {
            for instrument in found.instruments where names[instrument.key] == nil {
                names[instrument.key] = instrument.text
            }
        }
        for (key, target) in canonical where names[target] == nil { names[target] = names[key] }
        return names
    }

    /// `criminal-code/article-130.1`, or `article-130.1` without an instrument.
    static func id(division: Statute.Division, number: String, instrumentKey: String?) -> String {
        let head = division.rawValue + "-" + number
        guard let instrumentKey, !instrumentKey.isEmpty else { return head }
        let slug = instrumentKey.unicodeScalars.map { ScalarFolding.isWordScalar($0) ? Character($0) : "-" }
        return String(slug) + "/" + head
    }
}
