extension QueryCondition {
    /// The units `u` that match and pass the filters (with the cable `c` when a filter reads it, or when `cable`),
    /// as a `FROM ... WHERE ...` clause; its arguments the match, the smart-case words, then the filters'.
    ///
    /// NB: each match reads the full-text index and the narrow `unit_owner` (and the cable only when needed), never
    /// the wide rows; `+u.cable` keeps SQLite from carrying a filter's `c.id IN (list)` over to the unit, which made
    /// it seek `unit_owner` once per hit and per listed cable (seconds, not ms).
    private func matchingUnitsSQL(withCable cable: Bool = false) -> String {
        let join = readsCable || cable ? " JOIN cable c ON c.id = +u.cable" : ""
        return """
            FROM unit_fts JOIN \(unitSQL) ON u.number = unit_fts.rowid\(join)
            WHERE unit_fts MATCH ?\(numbersSQL)\(spelledSQL) AND \(checkSQL)
            """
    }

    /// The distinct cables `cable` whose units match, in the full-text index's order (so that a `LIMIT` stops the
    /// reading); the arguments of `matchingUnitsSQL`.
    var matchingCablesSQL: String {
        "SELECT DISTINCT u.cable AS cable " + matchingUnitsSQL()
    }

    /// A page of the units that match, best first (ties in the order of their numbers), with the order that keeps
    /// it so around it (over `page`, `c` and `u`). Its columns are `unit`, `cable`, `position` and `rank`; its
    /// arguments those of `matchingUnitsSQL`, then the limit and offset.
    ///
    /// NB: words alone are ranked in the full-text index alone, and only the page's units are looked up: looking up
    /// every match's cable before ranking cost a quarter of a search (`trafficking victims` on 105,664 cables: 3,728
    /// matches, 12.5 → 9.3 ms).
    var bestPage: (sql: String, order: String) {
        let order = "page.rank, page.unit"
        guard readsUnits else {
            return (
                """
                SELECT ranked.unit AS unit, u.cable AS cable, u.position AS position, ranked.rank AS rank
                FROM (SELECT rowid AS unit, bm25(unit_fts) AS rank FROM unit_fts WHERE unit_fts MATCH ?
                    ORDER BY rank, rowid LIMIT ? OFFSET ?) ranked
                JOIN unit u INDEXED BY unit_owner ON u.number = ranked.unit
                """, order
            )
        }
        return (
            """
            SELECT u.number AS unit, u.cable AS cable, u.position AS position, bm25(unit_fts) AS rank
            \(matchingUnitsSQL())
            ORDER BY rank, u.number LIMIT ? OFFSET ?
            """, order
        )
    }

    /// The number of the unit at which a newest-first page ends when the matches are read backwards (the unit
    /// numbers grow with the day, `UnitNumbering`); the arguments of `matchingUnitsSQL`, then the page's size less
    /// one. Nothing when fewer units match.
    var pageEndSQL: String {
        "SELECT unit_fts.rowid " + matchingUnitsSQL() + " ORDER BY unit_fts.rowid DESC LIMIT 1 OFFSET ?"
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
        var condition = self
        if let from { condition.narrowNumbers(to: from..<Int64.max) }
        return (
            """
            SELECT u.number AS unit, u.cable AS cable, u.position AS position, NULL AS rank
            \(condition.matchingUnitsSQL(withCable: true))
            ORDER BY c.date DESC, c.id, u.position LIMIT ? OFFSET ?
            """, "c.date DESC, c.id, page.position"
        )
    }
}
