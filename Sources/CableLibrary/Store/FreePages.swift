import GRDB

/// Gives the file back the pages a run freed: replaced and pruned cables, and the full-text segments a merge
/// rewrote.
///
/// NB: a library indexed from scratch ended with 3% of its pages free (the merge's old segments), which took the
/// file from 2.9 to 3.0 times the text it holds. A new library is made with SQLite's incremental auto-vacuum, so
/// the end of each run truncates the file for the cost of the pages it moves; an older library keeps its pages
/// until a `VACUUM`.
enum FreePages {
    /// Asks a new database file to keep a map of its pages, so that freed ones can be given back; a database that
    /// already holds tables keeps its mode.
    static func prepare(_ db: Database) throws {
        try db.execute(sql: "PRAGMA auto_vacuum = INCREMENTAL")
    }

    /// Truncates the file by its free pages, where the file keeps the map that allows it.
    static func release(in db: Database) throws {
        try db.execute(sql: "PRAGMA incremental_vacuum")
    }
}
