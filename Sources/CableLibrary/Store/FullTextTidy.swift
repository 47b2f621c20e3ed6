import GRDB

/// Merges the full-text index into one segment after a run that wrote a large share of the library.
///
/// NB: every batch transaction leaves FTS5 a segment of its own, and a search seeks each segment: on a library
/// indexed from scratch, a search that walks cables by date paid about five times more per unit than after the merge
/// (measured with `sqlite3` on the shared library). The merge rewrites the whole index, so it runs only when the run
/// wrote at least an eighth of the cables; smaller runs leave the tidying to FTS5's own automerge.
enum FullTextTidy {
    /// The share of the library a run must write for the merge: one cable in `shareDivisor`.
    static let shareDivisor = 8

    /// Merges the segments when `written` cables are at least the share of the library's cables.
    static func afterWriting(_ written: Int, in db: Database) throws {
        guard written > 0 else { return }
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM cable") ?? 0
        guard written * shareDivisor >= total else { return }
        try db.execute(sql: "INSERT INTO unit_fts(unit_fts) VALUES('optimize')")
    }
}
