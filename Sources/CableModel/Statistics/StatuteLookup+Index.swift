extension StatuteLookup {
    /// The statute mentions of a cable's index, each cited by its statute's number (`241.2`).
    ///
    /// NB: the index attributes every mention, bare ones included (`article 132`), to its statute; the number is what
    /// the tables show and what a reader writes (`under article 250`).
    public init(index: CableIndex) {
        var table: [String: [CitedStatute]] = [:]
        for statute in index.statutes {
            for mention in statute.mentions {
                let key = StatuteLookup.key(mention.span.unitID, mention.span.field)
                table[key, default: []].append(CitedStatute(statute: statute.number, range: mention.span.range))
            }
        }
        let frozen = table
        self.init { unitID, field in frozen[StatuteLookup.key(unitID, field)] ?? [] }
    }

    private static func key(_ unitID: String, _ field: Unit.Field) -> String { unitID + "\u{1F}" + field.rawValue }
}
