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
        var key: [UInt8] = []
        for word in words {
            // NB: REF lines and envelopes are ASCII, so a word is upper-cased byte by byte; another goes through
            // `uppercased()`, and its typographic apostrophes are dropped there.
            let bytes =
                word.utf8.allSatisfy { $0 < 0x80 }
                ? Array(word.utf8) : Array(word.uppercased().filter { $0 != "’" }.utf8)
            for part in bytes.split(separator: ASCII.hyphen) {
                let cleaned = part.filter { $0 != ASCII.apostrophe && $0 != ASCII.period }
                guard !cleaned.isEmpty else { continue }
                if !key.isEmpty { key.append(ASCII.space) }
                for byte in cleaned { key.append(byte.asciiUppercased) }
            }
        }
        return String(decoding: key, as: UTF8.self)
    }
}
