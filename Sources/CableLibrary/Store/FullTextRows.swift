import GRDB

/// Adds the units of cables written in a transaction to the full-text index, in one statement at its end.
///
/// NB: FTS5 (SQLite 3.40) writes its pending words to disk as a segment of their own at the end of every statement
/// that changes it. A trigger on each unit's insert therefore made one segment per unit, and merging them took
/// about 40% of `index`'s writing (perf, 2026-12-03); one statement per transaction makes one segment per batch, as
/// a bare FTS5 build does. Deleting and updating units keep their triggers (`LibrarySchema`).
public enum FullTextRows {
    /// Indexes the heading and text of every unit of the cables with these row ids.
    public static func addUnits(ofCables cables: [Int64], in db: Database) throws {
        guard !cables.isEmpty else { return }
        try db.execute(
            sql: """
                INSERT INTO unit_fts(rowid, heading, text)
                SELECT number, heading, text FROM unit WHERE cable IN (SELECT value FROM json_each(?)) ORDER BY number
                """,
            arguments: [RowIDList.json(cables)])
    }
}
