import CableModel

/// Everything the browser shows, derived once from the loaded cable; keystrokes only look things up in it.
public final class Document: @unchecked Sendable {
    /// The cable.
    public let cable: Cable
    /// Each unit's scalars, in document order.
    public let texts: [UnitText]
    /// The units' parents and children.
    public let tree: OutlineTree
    /// How secret the cable is.
    public let classificationLevel: ClassificationLevel?
    /// How text is measured on the terminal it is shown on.
    public let displayWidth: DisplayWidth
    /// What the index and the statistics found (only the REF lines until `deriveDeferredParts()` has run, when
    /// the rest was left for after the first frame).
    public private(set) var findings: CableFindings
    /// The index pane's rows, unfiltered: group headings and entries.
    public private(set) var indexRows: [IndexRow]
    /// The statute mentions' places, sorted, for highlighting.
    public private(set) var statuteSpans: [FieldSpan]
    /// The cross-references' places, sorted, for highlighting.
    public private(set) var crossReferenceSpans: [FieldSpan]
    /// The file's own lines and where each unit starts among them.
    public let original: OriginalText

    // NB: the reader's wrapped lines depend on the pane's width, which only a resize or a zoom changes; the last
    // few widths are kept so that zooming back and forth does not wrap again. Only the event loop's thread uses it.
    private var layouts: [Int: ReaderLayout] = [:]
    /// Sorted row orders of the statistics tables (see `tableOrder`).
    var tableOrders: [TableOrderKey: [Int]] = [:]
    /// Natural column widths of the statistics tables (see `naturalWidths`).
    var tableWidths: [Int: [Int]] = [:]
    private var layoutWidths: [Int] = []
    /// What was left for after the first frame: the findings, whole (see `browsing(_:knowledge:names:...)`).
    var deferredParts: (() -> CableFindings)?
    /// The index rows of the last filter typed (see `indexRows(matching:)`).
    var filteredIndexRows: (filter: String, rows: [IndexRow])?

    /// Derives the browser's document from a cable and what was found in it, measuring text with `displayWidth`.
    public init(cable: Cable, findings: CableFindings = CableFindings(), displayWidth: DisplayWidth = .unicodeTable) {
        self.cable = cable
        self.findings = findings
        self.displayWidth = displayWidth
        indexRows = Document.rows(of: findings.indexGroups)
        (statuteSpans, crossReferenceSpans) = Document.highlightSpans(of: findings)
        texts = cable.units.map(UnitText.init)
        tree = OutlineTree(cable)
        classificationLevel = cable.header.classification.flatMap(ClassificationLevel.init(classification:))
        original = OriginalText(cable)
    }

    /// The number of units.
    public var unitCount: Int { texts.count }

    /// True until `deriveDeferredParts()` has derived what was left for after the first frame.
    public var isIndexing: Bool { deferredParts != nil }

    /// Derives what was left for after the first frame (see `browsing(_:knowledge:names:displayWidth:deferring:)`);
    /// true when something was, so that the screen is drawn again.
    public func deriveDeferredParts() -> Bool {
        guard let derive = deferredParts else { return false }
        deferredParts = nil
        findings = derive()
        indexRows = Document.rows(of: findings.indexGroups)
        (statuteSpans, crossReferenceSpans) = Document.highlightSpans(of: findings)
        filteredIndexRows = nil
        (tableOrders, tableWidths) = ([:], [:])
        return true
    }

    /// The statute mentions' and the cross-references' places in `findings`, each sorted.
    private static func highlightSpans(of findings: CableFindings) -> ([FieldSpan], [FieldSpan]) {
        (findings.statuteMentions.map(\.span).sorted(), findings.crossReferences.map(\.span).sorted())
    }

    /// The index pane's rows for `groups`: each group's heading, then its entries.
    private static func rows(of groups: [IndexGroup]) -> [IndexRow] {
        var rows: [IndexRow] = []
        for (group, entries) in groups.enumerated() {
            rows.append(.heading(group: group))
            for entry in entries.entries.indices { rows.append(.entry(group: group, entry: entry)) }
        }
        return rows
    }

    /// The cable wrapped to `width` columns.
    public func readerLayout(width: Int) -> ReaderLayout {
        if let layout = layouts[width] { return layout }
        let layout = ReaderLayout(texts: texts, width: width, displayWidth: displayWidth)
        layouts[width] = layout
        layoutWidths.append(width)
        if layoutWidths.count > 4 { layouts[layoutWidths.removeFirst()] = nil }
        return layout
    }
}
