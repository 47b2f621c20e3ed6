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
                let (key, words) = PostTable.key(written: written)
                idByWritten[key] = id
                longest = max(longest, words)
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

    /// The key of one written form, and how many words it has.
    ///
    /// NB: the table is built at every start, before the browser's first frame: an ASCII form (every form of the
    /// shipped list) is keyed in one pass over its bytes, as `key(_:)` would key its words split at spaces.
    private static func key(written: String) -> (key: String, words: Int) {
        guard written.utf8.allSatisfy({ $0 < 0x80 }) else {
            let key = PostTable.key(written.split(separator: " "))
            return (key, key.split(separator: " ").count)
        }
        var key: [UInt8] = []
        key.reserveCapacity(written.utf8.count)
        var (words, inWord) = (0, false)
        for byte in written.utf8 where byte != ASCII.apostrophe && byte != ASCII.period {
            guard byte != ASCII.space, byte != ASCII.hyphen else {
                inWord = false
                continue
            }
            if !inWord {
                if words > 0 { key.append(ASCII.space) }
                (words, inWord) = (words + 1, true)
            }
            key.append(byte.asciiUppercased)
        }
        return (String(decoding: key, as: UTF8.self), words)
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
