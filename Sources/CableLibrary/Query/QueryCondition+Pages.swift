extension QueryCondition {
    /// The distinct cables `cable` whose units match, in the full-text index's order (so that a `LIMIT` stops the
    /// reading); its arguments the match, the smart-case words, then the filters'.
    var matchingCablesSQL: String {
        let cable = readsCable ? " JOIN cable c ON c.id = +u.cable" : ""
        return """
            SELECT DISTINCT u.cable AS cable FROM unit_fts JOIN \(unitSQL) ON u.number = unit_fts.rowid\(cable)
            WHERE unit_fts MATCH ?\(numbersSQL)\(spelledSQL) AND \(sql)
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
            SELECT u.number AS unit, u.cable AS cable, u.position AS position, bm25(unit_fts) AS rank
            FROM unit_fts JOIN \(unitSQL) ON u.number = unit_fts.rowid\(cable)
            WHERE unit_fts MATCH ?\(numbersSQL)\(spelledSQL) AND \(sql)
            ORDER BY rank, u.cable, u.position LIMIT ? OFFSET ?
            """, "page.rank, page.cable, page.position"
        )
    }

    /// The number of the unit at which a newest-first page of `size` units ends when the matches are read
    /// backwards (the unit numbers grow with the day, `UnitNumbering`); its arguments those of `bestPage` without
    /// the limit and offset. Nothing when fewer units match.
    var pageEndSQL: String {
        let cable = readsCable ? " JOIN cable c ON c.id = +u.cable" : ""
        return """
            SELECT unit_fts.rowid FROM unit_fts JOIN \(unitSQL) ON u.number = unit_fts.rowid\(cable)
            WHERE unit_fts MATCH ?\(numbersSQL)\(spelledSQL) AND \(sql)
            ORDER BY unit_fts.rowid DESC LIMIT 1 OFFSET ?
            """
    }

    /// A page of the units that match, newest cable first and in reading order within a cable, sorted from the
    /// matches numbered `from` or above (every match when nil); the same columns (`rank` empty) and arguments as
    /// `bestPage`.
    ///
    /// NB: `from` is the first number of the day where the page ends when the matches are read backwards
    /// (`pageEndSQL`): every unit of the page is on that day or later, so sorting those days alone gives the page
    /// that sorting every match would. Its cost follows the page and the matches of its last day, not the library
    /// (`prosecut* -drug` on 105,664 cables: 24,832 matches sorted in about 50 ms of CPU; read backwards, under 1 ms).
    func newestPage(from: Int64?) -> (sql: String, order: String) {
        let numbered = from.map { " AND unit_fts.rowid >= \($0)" } ?? ""
        return (
            """
            SELECT u.number AS unit, u.cable AS cable, u.position AS position, NULL AS rank
            FROM unit_fts JOIN \(unitSQL) ON u.number = unit_fts.rowid JOIN cable c ON c.id = +u.cable
            WHERE unit_fts MATCH ?\(numbersSQL)\(numbered)\(spelledSQL) AND \(sql)
            ORDER BY c.date DESC, c.id, u.position LIMIT ? OFFSET ?
            """, "c.date DESC, c.id, page.position"
        )
    }
}
