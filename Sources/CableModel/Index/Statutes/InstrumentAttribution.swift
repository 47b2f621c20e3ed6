/// One way a citation without its own instrument takes one from the text around it, as a row of
/// `StatuteCollector.attributions`: the rows are tried in order, and the first that answers wins; when none does,
/// the instrument stays unknown (unknown is better than wrong).
struct InstrumentAttribution: Sendable {
    /// What the row reads, in a few words; `StatuteFormTests.attributionExpectations` keys its expectations by it.
    let name: String
    /// Paragraphs of the form, in our own words; the test reads them through the whole index.
    let example: [String]
    /// Whether the row gives an instrument the text only names, paragraphs away from the citation (which an
    /// article modifying a noun, `an Article 12 agreement`, does not take).
    var readsNamesFarAway = false
    /// Whether the row gives an instrument the text names, not one it cites articles of (which a law described
    /// only by when it stands, `the new law`, of another kind, comes between and makes unknown).
    var readsNames = false
    /// The rule: the instrument key for the citation, or nil to let the next row try.
    let key: @Sendable (StatuteCollector, StatuteCitation, AttributionContext) -> String?
}

/// What the attribution rows know about a citation's surroundings.
struct AttributionContext {
    /// What the citation's field says before it.
    let field: FieldAttribution
    /// The canonical keys of the instruments its unit names.
    let unitKeys: Set<String>
    /// The canonical keys of the instruments the cable names.
    let cableKeys: Set<String>
    /// The canonical keys of the instruments the cable cites articles or sections of.
    let citedKeys: Set<String>
    /// The canonical keys of the instruments each article (division and number) is cited with in the cable.
    let keysByArticle: [String: Set<String>]
    /// The canonical keys the citations of each article without their own instrument took in the fields before.
    let attributedInEarlierFields: [String: Set<String>]
    /// The articles (division and number) the cable writes as a noun's modifier (`an Article 12 agreement`).
    let modifierArticles: Set<String>
    /// The canonical keys of the instruments named in the fields before the citation's.
    let namedInEarlierFields: Set<String>
    /// Maps a key to its canonical key.
    let canonical: [String: String]

    /// The canonical key of an instrument key.
    func canonicalKey(_ key: String) -> String { canonical[key] ?? key }
}
