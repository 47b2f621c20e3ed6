#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension WordIndex {
    /// Runs a query: units that hold every clause and no excluded one, ranked by BM25.
    ///
    /// Only posting lists are read; the text is touched to cut the snippets of the hits.
    func search(_ query: SearchQuery, snippetWidth: Int) -> SearchResult {
        guard !query.isEmpty else { return SearchResult(query: query, hits: [], matches: []) }
        let unitCount = unitIDs.count
        var included = [Bool](repeating: true, count: unitCount)
        var scores = [Double](repeating: 0, count: unitCount)
        var spans: [(token: Int32, last: Int32)] = []
        for clause in query.clauses {
            let found = matches(of: clause)
            var frequencies = [Int32](repeating: 0, count: unitCount)
            for match in found { frequencies[Int(fields[Int(tokens[Int(match.token)].field)].unit)] += 1 }
            if clause.isExcluded {
                for unit in 0..<unitCount where frequencies[unit] > 0 { included[unit] = false }
                continue
            }
            let documents = frequencies.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
            let idf = BM25.inverseDocumentFrequency(documents: documents, total: unitCount)
            for unit in 0..<unitCount {
                guard frequencies[unit] > 0 else {
                    included[unit] = false
                    continue
                }
                scores[unit] +=
                    idf
                    * BM25.termWeight(
                        Double(frequencies[unit]), length: Double(unitLengths[unit]),
                        meanLength: meanUnitLength)
            }
            spans.append(contentsOf: found)
        }
        return result(query, included: included, scores: scores, spans: spans, snippetWidth: snippetWidth)
    }

    /// The places a clause matches: its first and last token.
    private func matches(of clause: SearchQuery.Clause) -> [(token: Int32, last: Int32)] {
        let matchers = clause.terms.map { TermMatcher($0, inflected: clause.matchesInflections, in: self) }
        let length = Int32(matchers.count)
        var found: [(token: Int32, last: Int32)] = []
        candidates: for token in matchers[0].tokens(in: self) {
            for offset in 1..<Int(length) {
                let next = token + Int32(offset)
                guard isAdjacent(token, next), matchers[offset].matches(tokens[Int(next)], in: self) else {
                    continue candidates
                }
            }
            found.append((token, token + length - 1))
        }
        return found
    }

    private func result(
        _ query: SearchQuery, included: [Bool], scores: [Double], spans: [(token: Int32, last: Int32)],
        snippetWidth: Int
    ) -> SearchResult {
        var byUnit: [[TextSpan]] = Array(repeating: [], count: unitIDs.count)
        var firstMatch: [(field: Int32, range: Range<Int>)?] = Array(repeating: nil, count: unitIDs.count)
        for (token, last) in spans.sorted(by: { $0.token < $1.token || ($0.token == $1.token && $0.last < $1.last) }) {
            let word = tokens[Int(token)]
            let unit = Int(fields[Int(word.field)].unit)
            guard included[unit] else { continue }
            let range = Int(word.start)..<Int(tokens[Int(last)].end)
            let span = TextSpan(unitID: unitIDs[unit], field: fields[Int(word.field)].field, range: range)
            if byUnit[unit].last != span { byUnit[unit].append(span) }
            if firstMatch[unit] == nil { firstMatch[unit] = (word.field, range) }
        }
        var hits: [(unit: Int, hit: SearchHit)] = []
        for unit in 0..<unitIDs.count where included[unit] {
            guard let first = firstMatch[unit] else { continue }
            let snippet = Snippet.cut(fields[Int(first.field)].scalars, around: first.range, width: snippetWidth)
            hits.append(
                (unit, SearchHit(unitID: unitIDs[unit], score: scores[unit], matches: byUnit[unit], snippet: snippet)))
        }
        let matches = hits.flatMap(\.hit.matches)
        hits.sort { $0.hit.score > $1.hit.score || ($0.hit.score == $1.hit.score && $0.unit < $1.unit) }
        return SearchResult(query: query, hits: hits.map(\.hit), matches: matches)
    }
}

/// The Okapi BM25 relevance weights, with the usual constants.
enum BM25 {
    static let k1 = 1.2
    static let b = 0.75

    /// How much a match in `documents` of `total` units tells (never negative).
    static func inverseDocumentFrequency(documents: Int, total: Int) -> Double {
        let n = Double(documents)
        return log1p((Double(total) - n + 0.5) / (n + 0.5))
    }

    /// The saturated weight of `frequency` matches in a unit of `length` words.
    static func termWeight(_ frequency: Double, length: Double, meanLength: Double) -> Double {
        frequency * (k1 + 1) / (frequency + k1 * (1 - b + b * length / meanLength))
    }
}
