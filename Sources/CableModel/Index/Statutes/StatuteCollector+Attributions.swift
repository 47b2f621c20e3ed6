extension StatuteCollector {
    /// How a citation without its own instrument takes one, in order; adding a way adds a row here and its
    /// expectation in `StatuteFormTests.attributionExpectations`.
    static let attributions: [InstrumentAttribution] = [
        InstrumentAttribution(
            name: "instrument just before the parenthesis",
            example: ["The Labour Code was revised; the Constitution (Art. 40) forbids it."]
        ) { collector, citation, context in
            guard let open = citation.openParenthesis else { return nil }
            let before = collector.index.fields[Int(citation.field)].scalars.skippingSpacesBackward(from: open)
            return context.field.instrumentKey(endingAt: before)
        },
        InstrumentAttribution(
            name: "the same article given its instrument before in the paragraph",
            example: ["Article 8 of the Water Treaty binds both states, the Fishing Code aside; Article 8 works."]
        ) { _, citation, context in
            let article = FieldAttribution.article(of: citation)
            return context.field.earlierInstrumentByArticle[article] ?? context.field.attributedByArticle[article]
        },
        InstrumentAttribution(
            name: "the articles cited before it in the paragraph are of one instrument",
            example: ["Article 3 of the Mining Code is clear. The Constitution is silent. Article 5 adds a tax."]
        ) { _, _, context in
            let keys = context.field.earlierCitedKeys
            return keys.count == 1 ? keys.first : nil
        },
        InstrumentAttribution(
            name: "the one instrument named just before it",
            example: [
                "The Treaty on Rivers and the Water Law differ. Each state signed the Fishing Convention. Article 2 bans nets."
            ],
            readsNames: true
        ) { _, citation, context in
            let start = context.field.previousSentenceStart(before: citation.range.lowerBound)
            return context.field.onlyInstrumentKey(within: start..<citation.range.lowerBound)
        },
        InstrumentAttribution(
            name: "the same article cited with one instrument in the cable",
            example: [
                "The Fishing Code is strict.", "Article 8 of the Water Treaty binds both states.", "Article 8 works.",
            ]
        ) { _, citation, context in
            let keys = context.keysByArticle[FieldAttribution.article(of: citation)] ?? []
            return keys.count == 1 ? keys.first : nil
        },
        InstrumentAttribution(
            name: "the same article given one instrument in the paragraphs before",
            example: ["The Water Treaty (Article 2) binds them; the Fishing Code does not.", "Article 2 works."],
            readsNamesFarAway: true
        ) { _, citation, context in
            let keys = context.attributedInEarlierFields[FieldAttribution.article(of: citation)] ?? []
            return keys.count == 1 ? keys.first : nil
        },
        InstrumentAttribution(
            name: "the paragraph's one instrument",
            example: ["Article 4 of the Criminal Code applies. Article 7 also applies."],
            readsNamesFarAway: true, readsNames: true
        ) { _, citation, context in
            guard context.unitKeys.count == 1, let key = context.unitKeys.first else { return nil }
            // NB: an instrument named later in the paragraph about another matter does not capture the article.
            let namedBefore = context.field.names(key, before: citation.range.lowerBound)
            return namedBefore || context.citedKeys.contains(key) ? key : nil
        },
        InstrumentAttribution(
            name: "the cable's one instrument, cited or named before",
            example: ["Article 4 of the Penal Code applies.", "Article 7 was used in two cases."],
            readsNamesFarAway: true, readsNames: true
        ) { _, _, context in
            guard context.unitKeys.isEmpty, context.cableKeys.count == 1, let key = context.cableKeys.first,
                context.citedKeys.contains(key) || context.namedInEarlierFields.contains(key)
            else { return nil }
            return key
        },
        InstrumentAttribution(
            name: "the law described in lower case before it in the paragraph",
            example: ["Post obtained the new mining law. Article 9 sets the royalty."]
        ) { _, citation, context in
            context.field.lowerCaseInstrumentKey(before: citation.range.lowerBound)
        },
    ]
}
