extension Cable {
    /// The unit id of the TAGS line as `CableSearchIndex` reads it.
    public static let tagsUnitID = "tags"

    /// The TAGS line as a unit of its own (`tagsUnitID`) for search: each tag with the meaning the glossary gives it
    /// (`PHUM (Human rights), KTIP (Trafficking in persons)`), or nil when the cable has no tags.
    public func tagsUnit(glossary: Glossary) -> Unit? {
        guard !header.tags.isEmpty else { return nil }
        let lines = header.tags.map { tag in glossary.meaning(ofTag: tag).map { tag + " (" + $0 + ")" } ?? tag }
        return Unit(
            id: Cable.tagsUnitID, kind: .heading, parent: nil, label: "", marking: nil, heading: nil,
            text: lines.joined(separator: ", "), page: nil)
    }
}
