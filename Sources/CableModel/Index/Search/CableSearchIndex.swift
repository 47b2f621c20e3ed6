/// The words `cablegram search` runs a query on: the SUBJECT line (unit `subject`), the TAGS with their meanings
/// (unit `tags`) and the units, so that a word only the header says is found too.
///
/// The names, statutes and figures never read the tags; this index holds the words alone.
public struct CableSearchIndex: Sendable {
    let words: WordIndex

    /// The index of a cable's subject, tags and units; `glossary` gives the tags their meanings.
    public init(_ cable: Cable, glossary: Glossary) {
        let header = [cable.subjectUnit, cable.tagsUnit(glossary: glossary)].compactMap { $0 }
        words = WordIndex.build(units: header + cable.units)
    }

    /// Runs a query typed by the user; `snippetWidth` is the width, in scalars, of each hit's snippet.
    public func search(_ query: String, snippetWidth: Int = 80) -> SearchResult {
        words.search(SearchQuery(query), snippetWidth: snippetWidth)
    }
}
