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
    public let classificationLevel: ClassificationLevel
    /// How text is measured on the terminal it is shown on.
    public let displayWidth: DisplayWidth

    // NB: the reader's wrapped lines depend on the pane's width, which only a resize or a zoom changes; the last
    // few widths are kept so that zooming back and forth does not wrap again. Only the event loop's thread uses it.
    private var layouts: [Int: ReaderLayout] = [:]
    private var layoutWidths: [Int] = []

    /// Derives the browser's document from a cable, measuring text with `displayWidth`.
    public init(cable: Cable, displayWidth: DisplayWidth = .unicodeTable) {
        self.cable = cable
        self.displayWidth = displayWidth
        texts = cable.units.map(UnitText.init)
        tree = OutlineTree(cable)
        classificationLevel = ClassificationLevel(cable.header.classification)
    }

    /// The number of units.
    public var unitCount: Int { texts.count }

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
