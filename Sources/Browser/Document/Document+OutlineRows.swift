import CableModel

extension Document {
    /// The units the outline lists: with folded sections closed, or, while a filter is typed, every unit whose id or
    /// summary holds its words.
    func outlineRows(_ outline: OutlineState) -> [Int] {
        guard !outline.filter.isEmpty else { return tree.visibleUnits(folded: outline.folded) }
        let filter = QueryHighlighter(query: outline.filter)
        return texts.indices.filter { unit in
            filter.holdsEveryWord(
                of: cable.units[unit].id + " " + String(String.UnicodeScalarView(texts[unit].summary)))
        }
    }
}
