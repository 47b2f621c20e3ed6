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
        return units[..<first].first { $0.kind == .unnumbered && !Cable.isContentsList($0.text) }
    }

    /// A table of contents kept as one unit: three lines or more, each opening with the number after the one above
    /// (`1. Summary` / `2. Elections` / `3. Trade`). It lists the paragraphs; it is no stray text.
    static func isContentsList(_ text: String) -> Bool {
        let lines = text.split(separator: "\n")
        guard lines.count >= 3 else { return false }
        let numbers = lines.map { line in Int(line.prefix { $0.isASCII && $0.isNumber }) }
        guard let first = numbers[0] else { return false }
        return numbers.enumerated().allSatisfy { $0.element == first + $0.offset }
    }
}
