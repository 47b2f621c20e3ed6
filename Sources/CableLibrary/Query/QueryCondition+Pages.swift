extension QueryCondition {
    /// The distinct cables `cable` whose units match, in the full-text index's order (so that a `LIMIT` stops the
    /// reading); its arguments the match, the smart-case words, then the filters'.
    var matchingCablesSQL: String {
        let cable = readsCable ? " JOIN cable c ON c.id = +u.cable" : ""
        return """
            SELECT DISTINCT u.cable AS cable FROM unit_fts JOIN \(unitSQL) ON u.id = unit_fts.rowid\(cable)
            WHERE unit_fts MATCH ?\(spelledSQL) AND \(sql)
            """
    }

    /// A page of the units that match, best first, with the order that keeps it so around it (over `page`, `c` and
    /// `u`). Its columns are `unit`, `cable`, `position` and `rank`; its arguments the match, the smart-case words,
    /// the filters', then the limit and offset.
    ///
    /// NB: the ranking reads, per hit, the full-text index and the narrow `unit_owner` (and the cable only when a
    /// filter needs it), never the wide rows; `+u.cable` keeps SQLite from carrying a filter's `c.id IN (list)`
    /// over to the unit, which made it seek `unit_owner` once per hit and per listed cable (seconds, not ms).
    var bestPage: (sql: String, order: String) {
        let cable = readsCable ? " JOIN cable c ON c.id = +u.cable" : ""
        return (
            """
            SELECT u.id AS unit, u.cable AS cable, u.position AS position, bm25(unit_fts) AS rank
            FROM unit_fts JOIN \(unitSQL) ON u.id = unit_fts.rowid\(cable)
            WHERE unit_fts MATCH ?\(spelledSQL) AND \(sql)
            ORDER BY rank, u.cable, u.position LIMIT ? OFFSET ?
            """, "page.rank, page.cable, page.position"
        )
    }

    /// A page of the units that match, newest cable first and in reading order within a cable, read from every
    /// match; the same columns (`rank` empty) and arguments as `bestPage`.
    var newestOfMatchesPage: (sql: String, order: String) {
        (
            """
            SELECT u.id AS unit, u.cable AS cable, u.position AS position, NULL AS rank
            FROM unit_fts JOIN \(unitSQL) ON u.id = unit_fts.rowid JOIN cable c ON c.id = +u.cable
            WHERE unit_fts MATCH ?\(spelledSQL) AND \(sql)
            ORDER BY c.date DESC, c.id, u.position LIMIT ? OFFSET ?
            """, "c.date DESC, c.id, page.position"
        )
    }

    /// A page of the units that match, newest cable first and in reading order within a cable, found by walking the
    /// cables; the same columns (`rank` empty) and arguments as `bestPage`.
    ///
    /// NB: the cables are walked by date through `cable_date_rank` and each unit is one seek in the full-text
    /// index, so the walk stops when the page is full: its cost follows the page, not the number of matches. The
    /// index is forced: left to itself, SQLite drives a list filter (`tag:KTIP`) over every unit of its cables and
    /// sorts them all (`tag:KTIP convicted` on 100,000 cables: 2.8 s, against 40 ms walked).
    var newestPage: (sql: String, order: String) {
        let unit = spelled == nil ? "unit u INDEXED BY unit_cable" : "unit u"
        return (
            """
            SELECT u.id AS unit, u.cable AS cable, u.position AS position, NULL AS rank
            FROM cable c INDEXED BY cable_date_rank CROSS JOIN \(unit) ON u.cable = c.id
            CROSS JOIN unit_fts ON unit_fts.rowid = u.id
            WHERE unit_fts MATCH ?\(spelledSQL) AND \(sql)
            ORDER BY c.date DESC, c.id, u.position LIMIT ? OFFSET ?
            """, "c.date DESC, c.id, page.position"
        )
    }
}
