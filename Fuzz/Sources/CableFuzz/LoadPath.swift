import CableModel

/// The whole path a file takes, driven from one input: load, index, statistics, search, export, and the first
/// screens of the browser.
enum LoadPath {
    /// Loads `bytes` and touches every result, so that lazily computed parts run too.
    static func exercise(_ bytes: [UInt8]) {
        let cables: [Cable]
        do {
            cables = try CableLoader.load(bytes, knowledge: IndexPath.knowledge)
        } catch {
            precondition(!error.message.isEmpty, "a load error without a message")
            return
        }
        precondition(!cables.isEmpty, "a successful load returned no cable")
        let queries = queries(from: bytes)
        // NB: a file may hold thousands of cables; the first few stand for the rest on the screen.
        for (position, cable) in cables.enumerated() {
            walk(cable)
            let indexed = IndexPath.exercise(cable, queries: queries)
            if position < 3 { ScreenPath.exercise(indexed, query: queries[0]) }
        }
    }

    private static func walk(_ cable: Cable) {
        _ = cable.title
        for unit in cable.units {
            precondition(cable.unit(id: unit.id) != nil, "unit \(unit.id) cannot be found by its id")
            if let parent = unit.parent { _ = cable.children(of: parent) }
            _ = unit.value(of: .heading).unicodeScalars.count + unit.value(of: .text).unicodeScalars.count
        }
    }

    /// Queries typed from the input itself (its first bytes, cut at a line end), and a few that have broken
    /// query parsers elsewhere: empty, punctuation, quotes, prefixes, exclusions, stop words.
    private static func queries(from bytes: [UInt8]) -> [String] {
        let typed = String(decoding: bytes.prefix(48).prefix { $0 != 0x0A }, as: UTF8.self)
        return [
            typed, "", "*", "\"", "-", "the of and", "a*", "\"trafficking in\"", "-victims cases", "130.1", "¶", "TIP",
            "\"\"",
        ]
    }
}
