import CableModel
import Foundation
import GRDB

/// Smart case in the library: FTS5 folds case, so the units it finds for a query word with a capital letter (`TIP`)
/// are checked again for that spelling (`tip` does not count), as the single-cable search matches them.
enum SmartCase {
    /// `cablegram_spelled(heading, text, words)`: 1 when every word of `words` (separated by spaces) is written
    /// with that case in the heading or the text, diacritics aside.
    static let function = DatabaseFunction("cablegram_spelled", argumentCount: 3, pure: true) { values in
        guard let words = String.fromDatabaseValue(values[2]) else { return true }
        let heading = String.fromDatabaseValue(values[0]) ?? ""
        let text = String.fromDatabaseValue(values[1]) ?? ""
        let written = SmartCase.words(of: heading).union(SmartCase.words(of: text))
        return words.split(separator: " ").allSatisfy { written.contains(String($0)) }
    }

    /// The case-sensitive words the units must hold (those of clauses that are not excluded), space-separated;
    /// nil when the query has none.
    static func spelledWords(_ query: SearchQuery) -> String? {
        let words = query.clauses.filter { !$0.isExcluded }.flatMap(\.terms).filter {
            $0.isCaseSensitive && !$0.isPrefix
        }.map { folded($0.text) }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// The words of a text as written, diacritics removed.
    private static func words(of text: String) -> Set<String> {
        Set(text.split { !$0.isLetter && !$0.isNumber }.map { folded(String($0)) })
    }

    private static func folded(_ word: String) -> String {
        word.allSatisfy(\.isASCII) ? word : word.folding(options: .diacriticInsensitive, locale: nil)
    }
}
