import CableModel
import GRDB

/// A cable's decoded text as the library keeps it, by its row id.
struct StoredSource: Sendable {
    /// The cable's row id.
    let id: Int64
    /// Its text and encoding.
    let source: CableSource

    /// Up to `limit` cables that rules older than this build derived.
    static func stale(_ db: Database) throws -> [StoredSource] {
        try Row.fetchAll(
            db, sql: "SELECT id, encoding, source FROM cable WHERE rules <> ? LIMIT 256",
            arguments: [RulesVersion.current]
        ).map(StoredSource.init(row:))
    }

    /// The cable of one row (columns `id`, `encoding`, `source`).
    init(row: Row) {
        id = row["id"]
        let encoding = SourceEncoding(rawValue: row["encoding"]) ?? .utf8
        source = CableSource(text: Array((row["source"] as String).utf8), encoding: encoding)
    }
}
