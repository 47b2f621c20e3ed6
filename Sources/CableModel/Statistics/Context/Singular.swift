/// The singular of an English plural noun, well enough to match `victims` with `victim` and `women` with `woman`.
enum Singular {
    static let irregular: [String: String] = [
        "women": "woman", "men": "man", "children": "child", "people": "person", "persons": "person",
        "personnel": "personnel", "police": "police",
    ]

    static func of(_ word: String) -> String {
        if let singular = irregular[word] { return singular }
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("ses") || word.hasSuffix("xes") || word.hasSuffix("ches") || word.hasSuffix("shes") {
            return String(word.dropLast(2))
        }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 3 { return String(word.dropLast()) }
        return word
    }
}
