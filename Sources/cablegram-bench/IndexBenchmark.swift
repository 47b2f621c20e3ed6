import CableData
import CableModel
import Foundation

/// Index build time over the corpus and on the bundled cable, and query latency on the bundled cable.
struct IndexBenchmark {
    let benchmark: Benchmark

    func run() {
        let knowledge = GeneralKnowledge.bundled
        let cables = benchmark.files.flatMap { (try? CableLoader.load($0.bytes, knowledge: .bundled)) ?? [] }
        var statutes = 0
        let corpus = benchmark.best(of: 5) {
            statutes = cables.reduce(0) { $0 + CableIndex.build($1, knowledge: knowledge).statutes.count }
        }
        print("index build over the corpus: \(format(corpus, 3)) s (\(cables.count) cables, \(statutes) statutes)")
        guard let bytes = BundledData.bytes(of: BundledData.defaultCableName),
            let seed = try? CableLoader.loadFirst(bytes, knowledge: .bundled)
        else { return }
        let seedBuild = benchmark.best(of: 20) { _ = CableIndex.build(seed, knowledge: knowledge) }
        print("index build of the bundled cable: \(format(seedBuild * 1000, 2)) ms")
        let index = CableIndex.build(seed, knowledge: knowledge)
        let queries = IndexBenchmark.queries(from: seed)
        var hits = 0
        let elapsed = benchmark.best(of: 3) {
            hits = 0
            for query in queries { hits += index.search(query).hits.count }
        }
        print(
            "queries on the bundled cable: \(queries.count) queries, \(format(elapsed / Double(queries.count) * 1e6, 1)) µs per query"
                + " (\(hits) hits)")
    }

    /// A few thousand queries: every prefix of typed phrases (one per keystroke), words, prefixes, phrases and
    /// exclusions drawn from the cable's own words.
    static func queries(from cable: Cable) -> [String] {
        let words = cable.units.flatMap { $0.text.split { !$0.isLetter }.map { $0.lowercased() } }.filter {
            $0.count > 3
        }
        guard words.count > 10 else { return [] }
        var queries: [String] = []
        // NB: typed queries are built from the cable's own words (two words, a quoted pair, a prefix with an
        // exclusion, four words), and searched once per keystroke as the browser does.
        for start in stride(from: 0, to: min(words.count - 4, 400), by: 100) {
            let next = Array(words[start..<start + 4])
            let typed = [
                "\(next[0]) \(next[1])", "\"\(next[0]) \(next[1])\"", "\(next[2].prefix(5))* -\(next[3])",
                next.joined(separator: " "),
            ]
            for text in typed {
                for end in 1...text.count { queries.append(String(text.prefix(end))) }
            }
        }
        var position = 0
        while queries.count < 4000 {
            let first = words[position % words.count]
            let second = words[(position * 7 + 3) % words.count]
            queries += [
                first, String(first.prefix(4)) + "*", "\"\(first) \(second)\"", "\(first) -\(second)",
                "\(first) \(second)",
            ]
            position += 13
        }
        return queries
    }

}
