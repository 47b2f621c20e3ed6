extension Cable {
    /// What a reader should worry about in this cable, in a fixed order; empty when it reads cleanly.
    ///
    /// A document without a cable header says so in its warnings alone: it has no id, date or classification to miss.
    public var problems: [CableProblem] {
        var found: [CableProblem] = []
        if header.isCable {
            if header.id == nil { found.append(.noID) }
            if header.dateTime == nil { found.append(.noDate) }
            if header.classification == nil { found.append(.noClassification) }
        }
        if let unit = unitBeforeFirstParagraph { found.append(.textBeforeFirstParagraph(unit: unit.id)) }
        return found + warnings.map(CableProblem.warning)
    }

    /// The first unit of plain text before the first numbered paragraph or section, in a body that numbers them.
    private var unitBeforeFirstParagraph: Unit? {
        guard let first = units.firstIndex(where: { $0.kind == .paragraph || $0.kind == .section }) else { return nil }
        return units[..<first].first { $0.kind == .unnumbered }
    }
}
