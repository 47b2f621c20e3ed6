/// The posts as cable ids write them (`THEHAGUE`, `USUNNEWYORK`, `STATE`), found from the ways REF lines and
/// envelopes write them (`THE HAGUE`, `HAGUE`, `USUN`, `SECSTATE`, `PORT-AU-PRINCE`).
///
/// Parsed from `Data/posts.tsv`: each row is the id form, then its written forms.
public struct PostTable: Sendable {
    private let idByWritten: [String: String]
    /// The most words a written form has.
    let longestName: Int

    /// Parses rows of `ID<TAB>written<TAB>written...`.
    public init(parsing bytes: [UInt8]) {
        var idByWritten: [String: String] = [:]
        var longest = 1
        for row in TabSeparatedRows.parse(bytes) {
            guard let id = row.first?.uppercased(), !id.isEmpty else { continue }
            for written in row where !written.isEmpty {
                let key = PostTable.key(written.split(separator: " "))
                idByWritten[key] = id
                longest = max(longest, key.split(separator: " ").count)
            }
        }
        self.idByWritten = idByWritten
        longestName = longest
    }

    /// No posts.
    public static let empty = PostTable(parsing: [])

    /// The id form of the post these words write (`RIO DE JAN` gives `RIODEJANEIRO`), or nil.
    func id<Words: Collection>(written words: Words) -> String? where Words.Element: StringProtocol {
        idByWritten[PostTable.key(words)]
    }

    /// Upper case, hyphens as spaces, apostrophes and periods dropped, one space between words.
    private static func key<Words: Collection>(_ words: Words) -> String where Words.Element: StringProtocol {
        var parts: [String] = []
        for word in words {
            let cleaned = word.uppercased().filter { $0 != "'" && $0 != "." && $0 != "’" }
            parts += cleaned.split(separator: "-").map(String.init)
        }
        return parts.joined(separator: " ")
    }
}
