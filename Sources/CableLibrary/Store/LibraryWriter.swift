import GRDB

/// Writes prepared rows inside a transaction the caller opened (`Library.writing`); the caller then hands the
/// cables written to `FullTextRows.addUnits`.
enum LibraryWriter {
    private static let cableColumns =
        "rules, encoding, date, origin, post, number, precedence, classification, class_rank, caveats, tags, "
        + "subject, signature, addressees, pages, units, warnings"

    /// The file's row, created or reset (its cables removed, marked incomplete until `complete`).
    static func beginFile(_ file: FileStamp, in db: Database) throws -> Int64 {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM file WHERE path = ?", arguments: [file.path]) {
            try db.execute(sql: "DELETE FROM cable WHERE file = ?", arguments: [id])
            try db.execute(
                sql: "UPDATE file SET size = ?, modified = ?, hash = NULL, complete = 0 WHERE id = ?",
                arguments: [file.size, file.modified, id])
            return id
        }
        try db.execute(
            sql: "INSERT INTO file(path, size, modified, complete) VALUES (?, ?, ?, 0)",
            arguments: [file.path, file.size, file.modified])
        return db.lastInsertedRowID
    }

    /// Marks a file whole: every cable of it is written.
    static func completeFile(_ id: Int64, hash: String, in db: Database) throws {
        try db.execute(sql: "UPDATE file SET hash = ?, complete = 1 WHERE id = ?", arguments: [hash, id])
    }

    /// Records a new modification time for a file whose content did not change.
    static func touchFile(_ id: Int64, modified: Double, in db: Database) throws {
        try db.execute(sql: "UPDATE file SET modified = ? WHERE id = ?", arguments: [modified, id])
    }

    /// Removes a file and its cables.
    static func deleteFile(_ id: Int64, in db: Database) throws {
        try db.execute(sql: "DELETE FROM cable WHERE file = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM file WHERE id = ?", arguments: [id])
    }

    /// Inserts one cable of a file with everything derived from it, and returns its row id.
    static func insert(_ rows: CableRows, file: Int64, position: Int, in db: Database) throws -> Int64 {
        let marks = Array(repeating: "?", count: rows.cable.count).joined(separator: ", ")
        try db.cachedStatement(
            sql: "INSERT INTO cable(file, position, cable_id, \(cableColumns)) VALUES (?, ?, ?, \(marks))"
        ).execute(
            arguments: StatementArguments(
                [file.databaseValue, position.databaseValue, rows.cableID.databaseValue] + rows.cable))
        let cable = db.lastInsertedRowID
        try insertAll(db, "cable_source(cable, source, size)", [[cable.databaseValue] + rows.source])
        try insertDerived(rows, cable: cable, in: db)
        return cable
    }

    /// Removes what the model derived from the cables with these row ids, in one statement per table, before
    /// `replace(_:cable:in:)` writes each again.
    ///
    /// NB: the units' delete trigger removes their words from the full-text index, and FTS5 writes a segment at the
    /// end of each statement that changes it: a statement per cable made a segment per cable, and re-deriving a
    /// library took twice as long as indexing it anew.
    static func clearDerived(ofCables cables: [Int64], in db: Database) throws {
        guard !cables.isEmpty else { return }
        for table in [
            "cable_source", "cable_tag", "cable_ref", "unit", "statute", "cross_reference", "entity", "entity_name",
            "figure",
        ] {
            try db.execute(
                sql: "DELETE FROM \(table) WHERE cable IN (SELECT value FROM json_each(?))",
                arguments: [RowIDList.json(cables)])
        }
    }

    /// Writes again what the model derived from a stored cable whose derived rows `clearDerived` removed.
    static func replace(_ rows: CableRows, cable: Int64, in db: Database) throws {
        let assignments = cableColumns.split(separator: ",").map { "\($0.trimmingCharacters(in: .whitespaces)) = ?" }
        try db.execute(
            sql: "UPDATE cable SET cable_id = ?, \(assignments.joined(separator: ", ")) WHERE id = ?",
            arguments: StatementArguments([rows.cableID.databaseValue] + rows.cable + [cable.databaseValue]))
        try insertAll(db, "cable_source(cable, source, size)", [[cable.databaseValue] + rows.source])
        try insertDerived(rows, cable: cable, in: db)
    }

    private static func insertDerived(_ rows: CableRows, cable: Int64, in db: Database) throws {
        let key = cable.databaseValue
        try insertAll(db, "cable_tag(cable, tag)", rows.tags.map { [key, $0.databaseValue] })
        try insertAll(
            db, "cable_ref(cable, position, label, text, cited, mentions)", rows.references.map { [key] + $0 })
        let first = try UnitNumbering.allocate(rows.units.count, forDate: rows.date, db: db)
        try insertAll(
            db, "unit(cable, position, unit_id, kind, parent, label, marking, heading, text, page, number)",
            rows.units.enumerated().map { [key] + $0.element + [(first + Int64($0.offset)).databaseValue] })
        try insertAll(
            db,
            "statute(cable, position, statute_id, division, number, instrument, names, notes, defined_in, mentions)",
            rows.statutes.map { [key] + $0 })
        try insertAll(
            db,
            "cross_reference(cable, position, from_unit, to_unit, paragraph, text, document, cited, field, start, end)",
            rows.crossReferences.map { [key] + $0 })
        try insertAll(
            db, "entity(cable, position, name, kind, aliases, country, mentions)", rows.entities.map { [key] + $0 })
        // NB: names are keyed without case (`name:` ignores it), so `IOM` and `Iom` in one cable are one row.
        try insertAll(
            db, "entity_name(cable, name)", rows.entityNames.map { [key, $0.databaseValue] }, ignoringDuplicates: true)
        try insertAll(
            db,
            "figure(cable, position, kind, value, low, high, qualifier, currency, counted, action, year, period, "
                + "statute, part_of, categories, unit_id, field, start, end, quote, sentence_start, sentence_end)",
            rows.figures.map { [key] + $0 })
    }

    /// Inserts rows into `target` (`table(columns)`) through one cached statement; with `ignoringDuplicates`, a row
    /// whose key is already there is left out.
    private static func insertAll(
        _ db: Database, _ target: String, _ rows: [[DatabaseValue]], ignoringDuplicates: Bool = false
    ) throws {
        guard let width = rows.first?.count else { return }
        let marks = Array(repeating: "?", count: width).joined(separator: ", ")
        let statement = try db.cachedStatement(
            sql: "INSERT \(ignoringDuplicates ? "OR IGNORE " : "")INTO \(target) VALUES (\(marks))")
        for row in rows { try statement.execute(arguments: StatementArguments(row)) }
    }
}
