import CableModel
import GRDB

/// What a list's preview shows of one cable, read from what the library stored when it indexed it: no parse.
public struct StoredPreview: Sendable, Equatable {
    /// The subject line.
    public let subject: String?
    /// The TAGS.
    public let tags: [String]
    /// The REF line's references, in order.
    public let references: [LibraryReference]
    /// The signature.
    public let signature: String?
    /// The text of the first paragraph (numbered or not).
    public let firstParagraph: String?
}

extension Library {
    /// The preview of the cable `key`, or nil when the library no longer holds it.
    ///
    /// NB: a preview follows the list's selection, key by key; parsing the cable's text again costs a few
    /// milliseconds for most cables and tens for the longest, and every part shown is a stored column.
    public func preview(of key: Int64) throws(LibraryError) -> StoredPreview? {
        let references = try references(of: key)
        return try reading { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT c.subject, c.tags, c.signature,
                        (SELECT u.text FROM unit u WHERE u.cable = c.id AND u.kind IN (?, ?) ORDER BY u.position LIMIT 1)
                    FROM cable c WHERE c.id = ?
                    """,
                arguments: [Unit.Kind.paragraph.rawValue, Unit.Kind.unnumbered.rawValue, key]
            ).map { row in
                StoredPreview(
                    subject: row[0], tags: (row[1] as String).split(separator: " ").map(String.init),
                    references: references, signature: row[2], firstParagraph: row[3])
            }
        }
    }
}
