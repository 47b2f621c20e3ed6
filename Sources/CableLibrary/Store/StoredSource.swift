import CableModel
import Foundation
import GRDB

/// A cable's decoded text as the library keeps it, by its row id.
struct StoredSource: Sendable {
    /// The cable's row id.
    let id: Int64
    /// Its text and encoding; nil when the stored bytes are damaged.
    let source: CableSource?

    /// The columns a stored source is read from, and the tables they come from; a `WHERE` follows.
    static let selection = """
        SELECT c.id, c.encoding, s.source, s.size, f.path FROM cable c JOIN cable_source s ON s.cable = c.id
        JOIN file f ON f.id = c.file
        """

    /// Up to `limit` cables that rules older than this build derived.
    static func stale(_ db: Database) throws -> [StoredSource] {
        try Row.fetchAll(
            db, sql: selection + " WHERE c.rules <> ? LIMIT 256",
            arguments: [RulesVersion.current]
        ).map(StoredSource.init(row:))
    }

    /// The cable of one row (columns `id`, `encoding`, `source`, `size`, and the file's `path`, whose name may give
    /// the cable's year).
    init(row: Row) {
        id = row["id"]
        let encoding = SourceEncoding(rawValue: row["encoding"]) ?? .utf8
        source = StoredText.inflated([UInt8](row["source"] as Data), size: row["size"]).map {
            CableSource(text: $0, encoding: encoding, name: row["path"])
        }
    }
}
