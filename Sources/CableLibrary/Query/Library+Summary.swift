import CableModel
import Foundation
import GRDB

extension Library {
    /// What the library holds.
    public func summary() throws(LibraryError) -> LibrarySummary {
        let path = self.path
        let rows = try reading { db in
            let counts = try Row.fetchOne(
                db,
                sql: """
                    SELECT (SELECT count(*) FROM cable), (SELECT count(*) FROM file),
                        (SELECT count(*) FROM unit WHERE kind <> 'header'), (SELECT total(size) FROM cable_source),
                        (SELECT min(date) FROM cable), (SELECT max(date) FROM cable),
                        (SELECT count(*) FROM cable WHERE rules <> ?), (SELECT count(*) FROM file WHERE complete = 0),
                        (SELECT count(*) FROM (SELECT cable_id FROM cable GROUP BY cable_id HAVING count(*) > 1)),
                        (SELECT count(DISTINCT r.cited) FROM cable_ref r WHERE r.cited IS NOT NULL
                            AND NOT EXISTS (SELECT 1 FROM cable k WHERE k.cable_id = r.cited))
                    """,
                arguments: [RulesVersion.current])!
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0
            return (counts, pages * pageSize)
        }
        let (counts, size) = rows
        return LibrarySummary(
            path: path, schemaVersion: LibrarySchema.version, cables: counts[0], files: counts[1], units: counts[2],
            textBytes: Int(counts[3] as Double), databaseBytes: size, firstDate: counts[4], lastDate: counts[5],
            outOfDate: counts[6], rulesVersion: RulesVersion.current, duplicateIDs: counts[8],
            incompleteFiles: counts[7], absentReferences: counts[9])
    }

    /// Cable ids held by more than one cable, with how many.
    public func duplicateIDs() throws(LibraryError) -> [(id: String, count: Int)] {
        try reading { db in
            try Row.fetchAll(
                db, sql: "SELECT cable_id, count(*) FROM cable GROUP BY cable_id HAVING count(*) > 1 ORDER BY cable_id"
            ).map { (id: $0[0] as String, count: $0[1] as Int) }
        }
    }

    /// A cable's decoded text as stored, to be parsed again by the model (`CableLoader.parse`).
    public func source(of key: Int64) throws(LibraryError) -> CableSource? {
        try reading { db in
            try Row.fetchOne(db, sql: StoredSource.selection + " WHERE c.id = ?", arguments: [key]).flatMap {
                StoredSource(row: $0).source
            }
        }
    }
}
