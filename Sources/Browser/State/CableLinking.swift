import CableModel

/// What a cable needs to open the cables it links to: the library, and the lists a cable is read with.
public struct CableLinking {
    /// The library's answers.
    public let source: any CableLinkSource
    /// The lists a linked cable is read with.
    public let knowledge: GeneralKnowledge

    /// Links through `source`, reading cables with `knowledge`.
    public init(source: any CableLinkSource, knowledge: GeneralKnowledge) {
        self.source = source
        self.knowledge = knowledge
    }

    /// The document the browser shows for `cable`, with what the library holds of its links (see
    /// `Document.browsing`).
    public func document(
        for cable: Cable, displayWidth: DisplayWidth = .unicodeTable, deferring: Bool = false
    ) -> Document {
        Document.browsing(
            cable, knowledge: knowledge, displayWidth: displayWidth, deferring: deferring,
            links: CableLinks(cable: cable, source: source))
    }
}
