import GRDB

/// The library's tables, created and upgraded by GRDB's migrator.
///
/// NB: a migration, once released, is never edited: a change of schema is a new migration appended here. A database
/// that holds a migration this build does not know was written by a newer Cablegram and is refused.
enum LibrarySchema {
    /// The schema version this build writes: the number of migrations it knows.
    static var version: Int { migrator.migrations.count }

    /// Every migration, in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: files, cables, units, full text, references, statutes, names, figures") { db in
            try createFiles(db)
            try createCables(db)
            try createUnits(db)
            try createDerived(db)
        }
        migrator.registerMigration("v2: covering indexes for searches and counts") { db in
            try createQueryIndexes(db)
        }
        migrator.registerMigration("v3: the list's default order, both ways, from an index") { db in
            try createListIndexes(db)
        }
        migrator.registerMigration("v4: units numbered by their cable's day, names kept in their index alone") { db in
            try numberUnitsByDay(db)
            try keyNamesWithoutRowIDs(db)
        }
        migrator.registerMigration("v5: the units' full text written once per transaction, not by a trigger") { db in
            // NB: `FullTextRows` explains why; what the trigger wrote stays.
            try db.execute(sql: "DROP TRIGGER unit_fts_insert")
        }
        return migrator
    }

    private static func createFiles(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE file (
                    id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, size INTEGER NOT NULL,
                    modified REAL NOT NULL, hash TEXT, complete INTEGER NOT NULL DEFAULT 0);
                """)
    }

    private static func createCables(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE cable (
                    id INTEGER PRIMARY KEY, file INTEGER NOT NULL REFERENCES file(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL, cable_id TEXT NOT NULL, rules INTEGER NOT NULL,
                    encoding TEXT NOT NULL, date TEXT, origin TEXT, post TEXT,
                    number INTEGER, precedence TEXT, classification TEXT, class_rank INTEGER, caveats TEXT NOT NULL,
                    tags TEXT NOT NULL, subject TEXT, signature TEXT, addressees TEXT NOT NULL, pages INTEGER,
                    units INTEGER NOT NULL, warnings TEXT NOT NULL);
                CREATE INDEX cable_file ON cable(file, position);
                CREATE INDEX cable_id ON cable(cable_id);
                CREATE INDEX cable_date ON cable(date);
                CREATE INDEX cable_post ON cable(post COLLATE NOCASE);
                CREATE INDEX cable_origin ON cable(origin COLLATE NOCASE);
                CREATE INDEX cable_rank ON cable(class_rank);
                CREATE INDEX cable_rules ON cable(rules);
                CREATE TABLE cable_source (
                    cable INTEGER PRIMARY KEY REFERENCES cable(id) ON DELETE CASCADE, source BLOB NOT NULL,
                    size INTEGER NOT NULL);
                CREATE TABLE cable_tag (
                    cable INTEGER NOT NULL REFERENCES cable(id) ON DELETE CASCADE, tag TEXT NOT NULL);
                CREATE INDEX cable_tag_tag ON cable_tag(tag, cable);
                CREATE INDEX cable_tag_cable ON cable_tag(cable);
                CREATE TABLE cable_ref (
                    cable INTEGER NOT NULL REFERENCES cable(id) ON DELETE CASCADE, position INTEGER NOT NULL,
                    label TEXT, text TEXT NOT NULL, cited TEXT, mentions INTEGER NOT NULL);
                CREATE INDEX cable_ref_cited ON cable_ref(cited);
                CREATE INDEX cable_ref_cable ON cable_ref(cable);
                """)
    }

    /// Units, and the full-text index over their headings and text; each cable also has a `header` row holding
    /// its subject (as heading) and tags (as text), so that words of the subject find the cable.
    private static func createUnits(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE unit (
                    id INTEGER PRIMARY KEY, cable INTEGER NOT NULL REFERENCES cable(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL, unit_id TEXT NOT NULL, kind TEXT NOT NULL, parent TEXT,
                    label TEXT NOT NULL, marking TEXT, heading TEXT, text TEXT NOT NULL, page INTEGER);
                CREATE INDEX unit_cable ON unit(cable, position);
                CREATE TABLE term_stem (stem TEXT NOT NULL, term TEXT NOT NULL, PRIMARY KEY (stem, term))
                    WITHOUT ROWID;
                """)
        try db.create(virtualTable: "unit_fts", using: FTS5()) { table in
            table.synchronize(withTable: "unit")
            table.tokenizer = .unicode61(diacritics: .remove)
            table.column("heading")
            table.column("text")
        }
        try db.execute(sql: "CREATE VIRTUAL TABLE unit_vocabulary USING fts5vocab(unit_fts, row)")
    }

    /// Indexes that let a query read only an index, never the wide rows: `unit_owner` maps a full-text hit to its
    /// cable and position (a unit's row holds its text, so a lookup in the table reads far more pages per hit), and
    /// `cable_date_rank` answers a span of dates with a classification bound.
    private static func createQueryIndexes(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE INDEX unit_owner ON unit(id, cable, position);
                CREATE INDEX cable_date_rank ON cable(date, class_rank);
                """)
    }

    /// Indexes in the order of the cable list's default sort (`ListSort.date`, ascending and descending), so that
    /// the whole library's list is read in order from an index instead of sorted at each opening.
    ///
    /// NB: the terms must be those of `ListSort.date.sql` and `descendingSQL`, expressions included, or SQLite sorts.
    private static func createListIndexes(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE INDEX cable_list_date ON cable(date IS NULL, date, cable_id, id);
                CREATE INDEX cable_list_date_descending ON cable(date IS NULL, date DESC, cable_id DESC, id DESC);
                """)
    }

    /// What the model derives beyond the units: statutes, cross-references, names and figures.
    private static func createDerived(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE statute (
                    cable INTEGER NOT NULL REFERENCES cable(id) ON DELETE CASCADE, position INTEGER NOT NULL,
                    statute_id TEXT NOT NULL, division TEXT NOT NULL, number TEXT NOT NULL, instrument TEXT,
                    names TEXT NOT NULL, notes TEXT NOT NULL, defined_in TEXT, mentions TEXT NOT NULL);
                CREATE INDEX statute_cable ON statute(cable);
                CREATE INDEX statute_number ON statute(number);
                CREATE INDEX statute_instrument ON statute(instrument COLLATE NOCASE);
                CREATE INDEX statute_id ON statute(statute_id);
                CREATE TABLE cross_reference (
                    cable INTEGER NOT NULL REFERENCES cable(id) ON DELETE CASCADE, position INTEGER NOT NULL,
                    from_unit TEXT NOT NULL, to_unit TEXT, paragraph TEXT NOT NULL, text TEXT NOT NULL,
                    document TEXT, cited TEXT, field TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL);
                CREATE INDEX cross_reference_cable ON cross_reference(cable);
                CREATE TABLE entity (
                    cable INTEGER NOT NULL REFERENCES cable(id) ON DELETE CASCADE, position INTEGER NOT NULL,
                    name TEXT NOT NULL, kind TEXT NOT NULL, aliases TEXT NOT NULL, country TEXT,
                    mentions INTEGER NOT NULL);
                CREATE INDEX entity_cable ON entity(cable);
                CREATE TABLE entity_name (
                    cable INTEGER NOT NULL REFERENCES cable(id) ON DELETE CASCADE, name TEXT NOT NULL COLLATE NOCASE);
                CREATE INDEX entity_name_name ON entity_name(name, cable);
                CREATE INDEX entity_name_cable ON entity_name(cable);
                CREATE TABLE figure (
                    cable INTEGER NOT NULL REFERENCES cable(id) ON DELETE CASCADE, position INTEGER NOT NULL,
                    kind TEXT NOT NULL, value REAL, low REAL, high REAL, qualifier TEXT, currency TEXT,
                    counted TEXT, action TEXT, year INTEGER, period TEXT, statute TEXT, part_of INTEGER,
                    categories TEXT NOT NULL, unit_id TEXT NOT NULL, field TEXT NOT NULL, start INTEGER NOT NULL,
                    end INTEGER NOT NULL, quote TEXT NOT NULL, sentence_start INTEGER NOT NULL,
                    sentence_end INTEGER NOT NULL);
                CREATE INDEX figure_cable ON figure(cable);
                CREATE INDEX figure_action ON figure(action, year);
                """)
    }

    /// Gives every unit a number in its cable's day (`UnitNumbering`), cable by cable in date order, and rebuilds the
    /// full-text index with those numbers as its rows, kept in step by triggers of our own (GRDB's follow the
    /// table's row id).
    ///
    /// NB: the units keep their row ids, given in the order they are written: numbered by day instead, an older
    /// cable's units went into the middle of the table and split its pages, which took a new library of a quarter
    /// of the shared cables from 2.8 to 3.0 times its text.
    private static func numberUnitsByDay(_ db: Database) throws {
        try db.execute(
            sql: """
                DROP TABLE unit_vocabulary;
                DROP TABLE unit_fts;
                DROP TRIGGER __unit_fts_ai;
                DROP TRIGGER __unit_fts_ad;
                DROP TRIGGER __unit_fts_au;
                DROP INDEX unit_owner;
                ALTER TABLE unit ADD COLUMN number INTEGER;
                CREATE INDEX unit_owner ON unit(number, cable, position);
                """)
        let cables = try Row.fetchAll(
            db,
            sql: """
                SELECT c.id, c.date, count(*) FROM cable c JOIN unit u ON u.cable = c.id GROUP BY c.id
                ORDER BY c.date, c.id
                """)
        let number = try db.makeStatement(
            sql: """
                UPDATE unit SET number = ? + r.place FROM (
                    SELECT id, row_number() OVER (ORDER BY position) - 1 AS place FROM unit WHERE cable = ?) r
                WHERE unit.id = r.id
                """)
        for cable in cables {
            let (key, date, count): (Int64, String?, Int) = (cable[0], cable[1], cable[2])
            try number.execute(arguments: [try UnitNumbering.allocate(count, forDate: date, db: db), key])
        }
        try db.create(virtualTable: "unit_fts", using: FTS5()) { table in
            table.content = "unit"
            table.contentRowID = "number"
            table.tokenizer = .unicode61(diacritics: .remove)
            table.column("heading")
            table.column("text")
        }
        try db.execute(
            sql: """
                CREATE TRIGGER unit_fts_insert AFTER INSERT ON unit BEGIN
                    INSERT INTO unit_fts(rowid, heading, text) VALUES (new.number, new.heading, new.text);
                END;
                CREATE TRIGGER unit_fts_delete AFTER DELETE ON unit BEGIN
                    INSERT INTO unit_fts(unit_fts, rowid, heading, text)
                        VALUES ('delete', old.number, old.heading, old.text);
                END;
                CREATE TRIGGER unit_fts_update AFTER UPDATE ON unit BEGIN
                    INSERT INTO unit_fts(unit_fts, rowid, heading, text)
                        VALUES ('delete', old.number, old.heading, old.text);
                    INSERT INTO unit_fts(rowid, heading, text) VALUES (new.number, new.heading, new.text);
                END;
                INSERT INTO unit_fts(unit_fts) VALUES ('rebuild');
                INSERT INTO unit_fts(unit_fts) VALUES ('optimize');
                CREATE VIRTUAL TABLE unit_vocabulary USING fts5vocab(unit_fts, row);
                """)
    }

    /// Keeps the names that `name:` finds in one B-tree keyed by name and cable, where a table and its index on the
    /// name held each twice (3.8 of the shared library's 146 MB, which paid for numbering units by day under the 3×
    /// bound). A name written twice in one cable in different capitals is kept once: `name:` ignores case.
    private static func keyNamesWithoutRowIDs(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE entity_name_keyed (
                    cable INTEGER NOT NULL REFERENCES cable(id) ON DELETE CASCADE, name TEXT NOT NULL COLLATE NOCASE,
                    PRIMARY KEY (name, cable)) WITHOUT ROWID;
                INSERT OR IGNORE INTO entity_name_keyed SELECT cable, name FROM entity_name;
                DROP TABLE entity_name;
                ALTER TABLE entity_name_keyed RENAME TO entity_name;
                CREATE INDEX entity_name_cable ON entity_name(cable);
                """)
    }
}
