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

    /// Up to `limit` cables that rules older than this build derived, in row order after the row `after`.
    ///
    /// NB: read from a cursor, not from the first row each time: the rows before it are current once written, and
    /// a query that passed them again for every batch cost the square of the library's size.
    static func stale(after: Int64, limit: Int, in db: Database) throws -> [StoredSource] {
        try Row.fetchAll(
            db, sql: selection + " WHERE c.id > ? AND c.rules <> ? ORDER BY c.id LIMIT ?",
            arguments: [after, RulesVersion.current, limit]
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
