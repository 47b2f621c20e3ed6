import CableModel
import GRDB

extension Library {
    /// The cables that match `query`, sorted, one page at a time (`offset`, `limit`).
    public func list(
        _ query: LibraryQuery, sort: ListSort = .date, descending: Bool = false, offset: Int = 0, limit: Int? = nil
    ) throws(LibraryError) -> [CableSummary] {
        try reading { db in
            let condition = try QueryCondition(query, in: db)
            let order = descending ? sort.descendingSQL : sort.sql
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT \(CableSummary.columns) FROM cable c JOIN file f ON f.id = c.file
                    WHERE \(condition.sql) ORDER BY \(order) LIMIT ? OFFSET ?
                    """,
                arguments: condition.arguments + [limit ?? -1, offset]
            ).map(CableSummary.init(row:))
        }
    }

    /// How many cables match `query`.
    public func count(_ query: LibraryQuery) throws(LibraryError) -> Int {
        try reading { db in try Library.count(of: QueryCondition(query, in: db), upTo: nil, in: db) }
    }

    /// How many cables the filters of `condition` keep, counting no further than one past `limit` when there is one.
    private static func count(of condition: QueryCondition, upTo limit: Int?, in db: Database) throws -> Int {
        var cables = "SELECT 1 FROM cable c WHERE \(condition.sql)"
        var arguments = condition.arguments
        if let limit {
            cables += " LIMIT ?"
            arguments += [limit + 1]
        }
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(cables))", arguments: arguments) ?? 0
    }

    /// How many cables match `query`, up to one past `limit` (a result over `limit` says "more than `limit`").
    ///
    /// NB: the cables are counted as they are found and the count stops one past `limit`, so its cost follows the
    /// limit, not the library: words are counted as distinct cables in the order the full-text index gives its
    /// matches (each checked against the filters), filters alone in the order of their index. Counting words beside
    /// a filter whole read every match (`tag:PHUM date:2009 elections` on 105,648 cables, 76,128 matching units:
    /// 70 ms of CPU); it still reads the matches the filters reject on the way to the limit.
    public func count(_ query: LibraryQuery, upTo limit: Int) throws(LibraryError) -> Int {
        try reading { db in
            let condition = try QueryCondition(query, in: db, words: false)
            guard query.hasWords else { return try Library.count(of: condition, upTo: limit, in: db) }
            guard let match = condition.match else { return 0 }
            return try Int.fetchOne(
                db, sql: "SELECT count(*) FROM (\(condition.matchingCablesSQL) LIMIT ?)",
                arguments: [match] + condition.spelledArguments + condition.arguments + [limit + 1]) ?? 0
        }
    }

    /// The most cables a search counts: past it, "more than" this many.
    ///
    /// NB: counting stops here so that a count costs what this many cables cost, whatever the library's size
    /// (`prosecut* -drug` on 105,648 cables: 18 ms of CPU to 10,000 cables, 6 ms to 1,000). 1,000 keeps exact the
    /// counts a reader weighs one by one; past it, "more than 1,000" says what the number would.
    public static let countedCables = 1_000

    /// The most units a search ranks by BM25. A query that matches more lists its hits newest cable first.
    ///
    /// NB: SQLite computes BM25 for every match before it can pick the best page, so a frequent word costs in
    /// proportion to the library; the newest-first page reads the matches backwards and stops when it is full.
    public static let rankedMatchLimit = 5_000

    /// Whether `query`'s hits are ranked by score (at most `ranking` matching units), else listed newest first.
    public func ranksByScore(_ query: LibraryQuery, ranking: Int = Library.rankedMatchLimit) throws(LibraryError)
        -> Bool
    {
        try reading { db in
            let condition = try QueryCondition(query, in: db, words: false)
            guard let match = condition.match else { return true }
            return try Library.matches(match, in: db, atMost: ranking)
        }
    }

    /// The units that match the words of `query` in the cables its filters keep: best first when they are at most
    /// `ranking` units (`ranksByScore`), else newest cable first.
    public func search(
        _ query: LibraryQuery, offset: Int = 0, limit: Int = 20, snippetWords: Int = 12,
        ranking: Int = Library.rankedMatchLimit
    ) throws(LibraryError) -> [LibraryHit] {
        try reading { db in
            let condition = try QueryCondition(query, in: db, words: false)
            guard let match = condition.match, limit > 0 else { return [] }
            let page = try Library.page(of: condition, match, in: db, ranking: ranking, reaching: offset + limit)
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT page.unit, page.cable, c.cable_id, u.unit_id, page.rank FROM (\(page.sql)) page
                    JOIN unit u ON u.number = page.unit JOIN cable c ON c.id = page.cable ORDER BY \(page.order)
                    """,
                arguments: [match] + condition.spelledArguments + condition.arguments + [limit, offset])
            // NB: a ranked page has its scores already; only a newest-first page has them computed with the snippets.
            let ranks = rows.map { $0[4] as Double? }
            let marked = try Library.scoredSnippets(
                of: rows.map { $0[0] }, match, words: snippetWords, scoring: ranks.contains(nil), in: db)
            return zip(rows, ranks).compactMap { row, rank in
                let unit: String = row[3]
                guard let (computed, snippet) = marked[row[0]], let score = rank.map({ -$0 }) ?? computed else {
                    return nil
                }
                return LibraryHit(
                    key: row[1], cableID: row[2], unitID: unit.isEmpty ? "subject" : unit, score: score,
                    snippet: snippet)
            }
        }
    }

    /// The BM25 score (higher is better; nil without `scoring`) and the snippet of each of `units`, units that match
    /// `match`, read in runs of `perCursor` units in rowid order.
    ///
    /// NB: bm25 counts the units that hold each phrase of the match once per cursor of the full-text index; joined to
    /// the page unit by unit, it counted them again for every hit: twenty passes over a frequent word's list
    /// (`tag:PHUM date:2009 elections` on the 16× library: 45 ms of CPU, against 7 ms for one cursor). A run is one
    /// cursor over the matches between its lowest and highest unit; runs keep a statement under SQLite's 32,766
    /// arguments however long the page asked for (`--limit`). The units must match, or they get no snippet.
    /// Without scores, the cursor skips that count and the score of each unit (a ranked page of `trafficking
    /// victims`: 2.0 → 0.6 ms).
    static func scoredSnippets(
        of units: [Int64], _ match: String, words: Int, scoring: Bool = true, in db: Database, perCursor: Int = 1_000
    ) throws -> [Int64: (Double?, String)] {
        let sorted = units.sorted()
        var marked: [Int64: (Double?, String)] = [:]
        for start in stride(from: 0, to: sorted.count, by: perCursor) {
            let run = sorted[start..<min(start + perCursor, sorted.count)]
            try marked.merge(scoredSnippets(ofRun: run, match, words: words, scoring: scoring, in: db)) { first, _ in
                first
            }
        }
        return marked
    }

    /// The scores (with `scoring`) and snippets of a run of units in rowid order, through one cursor; `+rowid`
    /// keeps SQLite from opening one cursor per listed unit.
    private static func scoredSnippets(
        ofRun run: ArraySlice<Int64>, _ match: String, words: Int, scoring: Bool, in db: Database
    ) throws -> [Int64: (Double?, String)] {
        guard let low = run.first, let high = run.last else { return [:] }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT rowid, \(scoring ? "bm25(unit_fts)" : "NULL"), snippet(unit_fts, -1, ?, ?, '…', ?) FROM unit_fts
                WHERE unit_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (\(databaseQuestionMarks(count: run.count)))
                """,
            arguments: [LibraryHit.highlightStart, LibraryHit.highlightEnd, words, match, low, high]
                + StatementArguments(run.map(\.databaseValue)))
        return Dictionary(rows.map { ($0[0], (($0[1] as Double?).map { -$0 }, $0[2])) }) { first, _ in first }
    }

    /// The page query of a search whose words are `match`: ranked up to `ranking` matches, else newest first, sorted
    /// from the day where the page ends (the `reaching`th match read backwards).
    private static func page(
        of condition: QueryCondition, _ match: String, in db: Database, ranking: Int, reaching: Int
    ) throws -> (sql: String, order: String) {
        if try matches(match, in: db, atMost: ranking) { return condition.bestPage }
        let end = try Int64.fetchOne(
            db, sql: condition.pageEndSQL,
            arguments: [match] + condition.spelledArguments + condition.arguments + [reaching - 1])
        return condition.newestPage(from: end.map(UnitNumbering.firstNumber(ofDayOf:)))
    }

    /// Whether the full-text `match` holds at most `limit` units, counting no further than one past it.
    private static func matches(_ match: String, in db: Database, atMost limit: Int) throws -> Bool {
        try matchCount(match, in: db, upTo: limit + 1) <= limit
    }

    /// How many units the full-text `match` holds, counting no further than `limit`.
    private static func matchCount(_ match: String, in db: Database, upTo limit: Int) throws -> Int {
        try Int.fetchOne(
            db, sql: "SELECT count(*) FROM (SELECT 1 FROM unit_fts WHERE unit_fts MATCH ? LIMIT ?)",
            arguments: [match, limit]) ?? 0
    }

    /// How many units of each cable match the words of `query`, for the cables given (a page of a list).
    public func hitCounts(_ query: LibraryQuery, cables: [Int64]) throws(LibraryError) -> [Int64: Int] {
        guard query.hasWords, !cables.isEmpty else { return [:] }
        return try reading { db in
            let condition = try QueryCondition(query, in: db)
            guard let match = condition.match else { return [:] }
            let marks = Array(repeating: "?", count: cables.count).joined(separator: ", ")
            // NB: CROSS JOIN keeps the page's units as the outer loop: one seek in the full-text index per unit,
            // whatever the number of matches in the whole library.
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT u.cable, count(*) FROM unit u CROSS JOIN unit_fts ON unit_fts.rowid = u.number
                    WHERE u.cable IN (\(marks)) AND unit_fts MATCH ?\(condition.spelledSQL)
                    GROUP BY u.cable
                    """,
                arguments: StatementArguments(cables.map(\.databaseValue) + [match.databaseValue])
                    + condition.spelledArguments)
            return Dictionary(uniqueKeysWithValues: rows.map { ($0[0] as Int64, $0[1] as Int) })
        }
    }

    /// The cables that hold this id (more than one when files share it), in file order.
    public func cables(withID id: String) throws(LibraryError) -> [CableSummary] {
        try reading { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(CableSummary.columns) FROM cable c JOIN file f ON f.id = c.file
                    WHERE c.cable_id = ? ORDER BY f.path, c.position
                    """,
                arguments: [id.uppercased()]
            ).map(CableSummary.init(row:))
        }
    }

    /// Whether the library holds a cable with this id.
    public func contains(cableID: String) throws(LibraryError) -> Bool {
        try reading { db in
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM cable WHERE cable_id = ?)", arguments: [cableID.uppercased()])
                ?? false
        }
    }

    /// The cables whose REF line names this cable id, by date.
    public func citedBy(_ cableID: String) throws(LibraryError) -> [CableSummary] {
        try list(LibraryQuery.citing(cableID))
    }

    /// The references of a cable's REF line, each with whether the library holds the cable it names.
    public func references(of key: Int64) throws(LibraryError) -> [LibraryReference] {
        try reading { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT r.label, r.text, r.cited, r.mentions,
                        r.cited IS NOT NULL AND EXISTS (SELECT 1 FROM cable k WHERE k.cable_id = r.cited)
                    FROM cable_ref r WHERE r.cable = ? ORDER BY r.position
                    """,
                arguments: [key]
            ).map {
                LibraryReference(label: $0[0], text: $0[1], cableID: $0[2], mentions: $0[3], inLibrary: $0[4])
            }
        }
    }
}

extension LibraryQuery {
    /// The query `cites:ID`.
    static func citing(_ cableID: String) -> LibraryQuery {
        // NB: an id has no spaces or quotes, so the query always parses.
        (try? LibraryQuery("cites:" + cableID.uppercased())) ?? .everything
    }
}

/// A telegram a cable's REF line names, and whether the library holds it.
public struct LibraryReference: Sendable, Equatable {
    /// The letter that labels it (`A`).
    public let label: String?
    /// The reference as written (`STATE 2094`).
    public let text: String
    /// The cable id it names (`09STATE12345`), where its form allows one.
    public let cableID: String?
    /// How often the text mentions it (`reftel`, `ref A`).
    public let mentions: Int
    /// Whether the library holds that cable.
    public let inLibrary: Bool
}
