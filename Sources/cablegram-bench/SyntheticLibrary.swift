import CableLibrary
import Foundation
import GRDB

/// A library `copies` times larger than a real one: its cables copied under new ids (`09LIMA120` becomes
/// `09LIMA120X2`), with their units, full text, references (to the copies of the cables they cite), names,
/// statutes and figures. Built with SQL alone, for the latency benchmark.
struct SyntheticLibrary {
    let source: String
    let copies: Int
    let path: String

    /// The tables copied with their `cable` column moved to the copy's rows, in this order.
    private static let childTables = [
        "cable_source", "cable_tag", "statute", "cross_reference", "entity", "entity_name", "figure",
    ]

    /// Builds the library at `path` and returns it.
    func build() -> String {
        try? FileManager.default.removeItem(atPath: path)
        try? FileManager.default.copyItem(atPath: source, toPath: path)
        guard let queue = try? DatabaseQueue(path: path) else { return path }
        let started = Date()
        try? queue.writeWithoutTransaction { db in
            let spans = try unitSpans(in: db)
            guard spans.dated * Int64(copies) <= UnitNumbering.dayWidth else {
                return print("synthetic library: a day holds too many units to copy \(copies) times")
            }
            for copy in 2...copies { try db.inTransaction { try self.copy(copy, spans: spans, in: db) } }
            // NB: `index` merges the full-text index into one segment after a run that writes an eighth of the
            // library or more (`FullTextTidy`), as these copies do; left with the copies' segments, a search that
            // seeks the index paid several times what it pays on a library `index` wrote (2026-12-02:
            // `tag:PHUM date:2009 elections`, its page alone, 126 ms of CPU before the merge, 7 ms after).
            try db.execute(sql: "INSERT INTO unit_fts(unit_fts) VALUES('optimize')")
        }
        let cables = (try? queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM cable") }) ?? 0
        print("synthetic library: \(cables) cables, built in \(format(Date().timeIntervalSince(started), 0)) s")
        return path
    }

    /// How many numbers the original's units take in the busiest day and among the undated (`UnitNumbering`): a
    /// copy's units take the numbers that far above, in the same day as their original.
    private func unitSpans(in db: Database) throws -> (dated: Int64, undated: Int64) {
        let undated = UnitNumbering.undated.upperBound
        let rows = try Int64?.fetchAll(
            db,
            sql: "SELECT max(number % \(UnitNumbering.dayWidth)) + 1 FROM unit WHERE number >= \(undated) UNION ALL "
                + "SELECT max(number) FROM unit WHERE number < \(undated)")
        return (rows.first.flatMap { $0 } ?? 0, rows.last.flatMap { $0 } ?? 0)
    }

    private func copy(
        _ copy: Int, spans: (dated: Int64, undated: Int64), in db: Database
    ) throws -> Database.TransactionCompletion {
        let suffix = "X\(copy)"
        let maxima = try Row.fetchOne(
            db, sql: "SELECT (SELECT max(id) FROM file), (SELECT max(id) FROM cable), (SELECT max(id) FROM unit)")!
        let (file, cable, unit): (Int64, Int64, Int64) = (maxima[0], maxima[1], maxima[2])
        let shift = Int64(copy - 1)
        let number =
            "CASE WHEN u.number < \(UnitNumbering.undated.upperBound) THEN u.number + \(shift * spans.undated) "
            + "ELSE u.number + \(shift * spans.dated) END"
        let original = "c.id <= \(cable / Int64(copy - 1))"
        try db.execute(
            sql: """
                INSERT INTO file SELECT id + \(file), path || '\(suffix)', size, modified, hash, complete FROM file
                WHERE id <= \(file / Int64(copy - 1));
                INSERT INTO cable SELECT c.id + \(cable), c.file + \(file), c.position, c.cable_id || '\(suffix)',
                    c.rules, c.encoding, c.date, c.origin, c.post, c.number, c.precedence,
                    c.classification, c.class_rank, c.caveats, c.tags, c.subject, c.signature, c.addressees, c.pages,
                    c.units, c.warnings FROM cable c WHERE \(original);
                INSERT INTO unit SELECT u.id + \(unit), u.cable + \(cable), u.position, u.unit_id, u.kind, u.parent,
                    u.label, u.marking, u.heading, u.text, u.page, \(number) FROM unit u JOIN cable c ON c.id = u.cable
                    WHERE \(original);
                INSERT INTO cable_ref SELECT r.cable + \(cable), r.position, r.label, r.text, r.cited || '\(suffix)',
                    r.mentions FROM cable_ref r JOIN cable c ON c.id = r.cable WHERE \(original);
                """)
        try FullTextRows.addUnits(
            ofCables: try Int64.fetchAll(db, sql: "SELECT id FROM cable WHERE id > \(cable)"), in: db)
        for table in SyntheticLibrary.childTables {
            let columns = try db.columns(in: table).map(\.name)
            let values = columns.map { $0 == "cable" ? "t.cable + \(cable)" : "t.\($0)" }.joined(separator: ", ")
            try db.execute(
                sql:
                    "INSERT INTO \(table) SELECT \(values) FROM \(table) t JOIN cable c ON c.id = t.cable WHERE \(original)"
            )
        }
        return .commit
    }
}
