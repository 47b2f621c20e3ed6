/// Finds every statute citation and every named instrument in a cable, field by field, from the word index.
///
/// Only the tokens of the keywords (`article`, `art`, `section`, ...) and of the instrument head nouns (`code`,
/// `constitution`, ...) are visited, so the scan costs little more than the number of such words.
enum StatuteScanner {
    /// What the scan found in one field.
    struct FieldFindings {
        var citations: [StatuteCitation] = []
        var instruments: [InstrumentName] = []
        /// Laws described only in lower case (`the nuclear draft law`), in order: an article that follows one in
        /// the field and takes no instrument otherwise belongs to it; they are no names of the cable's instruments.
        var lowerCaseInstruments: [InstrumentName] = []
        /// Laws described only by when they stand (`the new law`, `the draft code`), in order: no specific
        /// instrument, their key is their kind of law (`law`).
        var unspecificLaws: [InstrumentName] = []
        /// The instruments' ranges, sorted, for the overlap test.
        var occupied: [Range<Int>] = []
    }

    /// The citations and instruments of each field, by field position.
    ///
    /// `acronyms` name instruments on their own (`SOFA`, or `CAT` where the cable defines it), each true when of a
    /// kind that names an instrument standing alone.
    static func scan(_ index: WordIndex, acronyms: [String: Bool] = [:]) -> [FieldFindings] {
        var findings = [FieldFindings](repeating: FieldFindings(), count: index.fields.count)
        for (field, tokens) in tokensByField(of: Array(StatuteReferenceParser.keywords.keys), in: index) {
            let scalars = index.fields[Int(field)].scalars
            let parser = StatuteReferenceParser(scalars: scalars)
            var parsedUpTo = 0
            for token in tokens {
                let word = index.tokens[Int(token)]
                guard Int(word.start) >= parsedUpTo,
                    let parsed = parser.parse(
                        keyword: Int(word.start)..<Int(word.end),
                        term: String(decoding: index.term(of: token), as: UTF8.self))
                else { continue }
                for var citation in parsed.citations {
                    citation.field = field
                    findings[Int(field)].citations.append(citation)
                }
                parsedUpTo = parsed.end
            }
        }
        for (field, tokens) in tokensByField(of: Array(EnglishWords.standaloneLawKinds), in: index) {
            let scalars = index.fields[Int(field)].scalars
            let isAllCapitals = !scalars.contains(where: ScalarFolding.isLowercase)
            var readUpTo = 0
            for token in tokens {
                let word = index.tokens[Int(token)]
                let kind = Int(word.start)..<Int(word.end)
                guard Int(word.start) >= readUpTo,
                    let instrument = InstrumentReader.read(around: kind, in: scalars, isAllCapitals: isAllCapitals)
                else {
                    if let described = InstrumentReader.read(lowerCaseEndingWith: kind, in: scalars) {
                        if described.isKindAlone {
                            findings[Int(field)].unspecificLaws.append(described)
                        } else {
                            findings[Int(field)].lowerCaseInstruments.append(described)
                        }
                    }
                    continue
                }
                findings[Int(field)].instrument(instrument)
                readUpTo = instrument.range.upperBound
            }
        }
        for (field, tokens) in acronymTokensByField(Set(acronyms.keys), in: index) {
            let scalars = index.fields[Int(field)].scalars
            for token in tokens {
                let word = index.tokens[Int(token)]
                let range = Int(word.start)..<Int(word.end)
                if let instrument = InstrumentReader.read(
                    acronym: range, isStandalone: acronyms[scalars.string(range)] ?? false, in: scalars)
                {
                    findings[Int(field)].instrument(instrument)
                }
            }
        }
        for field in findings.indices {
            for citation in findings[field].citations {
                if let instrument = citation.instrument, !instrument.isKindAlone {
                    findings[field].instrument(instrument)
                }
            }
        }
        return findings
    }

    /// The tokens of the acronyms, written exactly so, grouped by field, in document order.
    static func acronymTokensByField(_ acronyms: Set<String>, in index: WordIndex) -> [(field: Int32, tokens: [Int32])]
    {
        var tokens: [Int32] = []
        for acronym in acronyms {
            guard let variant = index.variants.id(of: Array(acronym.utf8)) else { continue }
            tokens.append(contentsOf: index.byVariant.tokens(of: variant))
        }
        return grouped(tokens.sorted(), in: index)
    }

    /// The tokens of any of `words` (lower case), grouped by field, in document order.
    static func tokensByField(of words: [String], in index: WordIndex) -> [(field: Int32, tokens: [Int32])] {
        var tokens: [Int32] = []
        for word in words {
            guard let term = index.termID(word) else { continue }
            tokens.append(contentsOf: index.byTerm.tokens(of: term))
        }
        return grouped(tokens.sorted(), in: index)
    }

    /// Sorted tokens grouped by field.
    private static func grouped(_ tokens: [Int32], in index: WordIndex) -> [(field: Int32, tokens: [Int32])] {
        var groups: [(field: Int32, tokens: [Int32])] = []
        for token in tokens {
            let field = index.tokens[Int(token)].field
            if groups.last?.field == field {
                groups[groups.count - 1].tokens.append(token)
            } else {
                groups.append((field, [token]))
            }
        }
        return groups
    }
}

extension StatuteScanner.FieldFindings {
    /// Records an instrument unless one is already recorded at the same place.
    ///
    /// NB: the recorded ranges never overlap, so sorted by start they are sorted by end too, and only the two
    /// neighbours of the new range's place can overlap it: a binary search, where a scan of every instrument was
    /// quadratic in a field that names thousands.
    mutating func instrument(_ instrument: InstrumentName) {
        let range = instrument.range
        let low = occupied.partitionPoint { $0.lowerBound >= range.lowerBound }
        if low > 0, occupied[low - 1].overlaps(range) { return }
        if low < occupied.count, occupied[low].overlaps(range) { return }
        occupied.insert(range, at: low)
        instruments.append(instrument)
    }
}
