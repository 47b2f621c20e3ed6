import CableModel

/// The whole path a file takes through the model, driven from one input: load, index, search, export.
enum LoadPath {
    /// Loads `bytes` and touches every result, so that lazily computed parts run too.
    static func exercise(_ bytes: [UInt8]) {
        let cables: [Cable]
        do {
            cables = try CableLoader.load(bytes)
        } catch {
            precondition(!error.message.isEmpty, "a load error without a message")
            return
        }
        precondition(!cables.isEmpty, "a successful load returned no cable")
        for cable in cables {
            walk(cable)
            IndexPath.exercise(cable, queries: queries(from: bytes))
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
        return [typed, "", "*", "\"", "-", "the of and", "a*", "\"trafficking in\"", "-victims cases", "130.1", "¶", "TIP", "\"\""]
    }
}
