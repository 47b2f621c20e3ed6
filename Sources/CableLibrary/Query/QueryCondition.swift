import CableModel
import GRDB

/// A library query as a SQL condition on the `cable` table (aliased `c`), with its arguments.
struct QueryCondition {
    /// The condition (`1` when the query filters nothing), as SQLite reads it best when it finds the cables.
    private(set) var sql = "1"
    /// The same condition with the same arguments, as SQLite reads it best when it checks cables one at a time (the
    /// cables of full-text matches): a tag or a name is one seek in its index for the cable.
    ///
    /// NB: `c.id IN (SELECT cable ...)` makes SQLite list every cable the filter keeps before it checks the first
    /// match (`tag:PHUM` on the 16× library: 19,408 cables, 3.5 ms in each statement of a search), even when the
    /// statement stops after twenty matches.
    private(set) var checkSQL = "1"
    /// Its arguments, in order.
    private(set) var arguments = StatementArguments()
    /// The full-text match expression of the query's words, when it has some.
    private(set) var match: String?
    /// The words the matching units must write with their capitals (smart case), space-separated.
    private(set) var spelled: String?
    /// The unit numbers the query's dates allow (`UnitNumbering`), when it names dates.
    private(set) var numbers: Range<Int64>?

    /// The dates' span of the full-text index (` AND ...` on `unit_fts.rowid`), empty without dates, so that a
    /// search beside `date:` reads only the matches of those days. Its numbers are written in the SQL: no arguments.
    var numbersSQL: String {
        numbers.map { " AND unit_fts.rowid >= \($0.lowerBound) AND unit_fts.rowid < \($0.upperBound)" } ?? ""
    }

    /// The smart-case check of a unit `u` (` AND ...`), empty when no word has a capital, so that most queries
    /// call no function of ours per match; its arguments follow.
    var spelledSQL: String { spelled == nil ? "" : " AND cablegram_spelled(u.heading, u.text, ?)" }
    var spelledArguments: StatementArguments { spelled.map { [$0] } ?? [] }

    /// The units `u` as a full-text hit's cable and position are read from: the narrow `unit_owner` index alone,
    /// unless the smart-case check needs the unit's text.
    ///
    /// NB: SQLite looks a rowid up in the table itself, whose rows hold the units' text; forcing the index makes the
    /// cost of a hit a few bytes of index instead of a page of text, which is what a search or a count pays per hit.
    var unitSQL: String { spelled == nil ? "unit u INDEXED BY unit_owner" : "unit u" }

    /// Whether the condition reads the cable `c` (false when the query filters nothing).
    var readsCable: Bool { sql != "1" }

    /// Whether a match must be looked up in `unit` (or its cable) to be kept: a filter, a date or a smart-case word.
    var readsUnits: Bool { readsCable || spelled != nil || numbers != nil }

    /// The condition of `query`; words are expanded to their indexed inflections through `db`. Without
    /// `words`, only the filters are kept (a search matches the words itself, unit by unit), but `match` is set.
    init(_ query: LibraryQuery, in db: Database, words: Bool = true) throws {
        spelled = SmartCase.spelledWords(query.words)
        var parts: [String] = []
        var checks: [String] = []
        for filter in query.filters {
            if case .date(let bound) = filter { narrowNumbers(to: UnitNumbering.range(ofDates: bound)) }
            let (part, values) = try QueryCondition.condition(filter, in: db)
            parts.append(part)
            checks.append(QueryCondition.check(filter) ?? part)
            arguments += StatementArguments(values)
        }
        if query.hasWords {
            match = try FullTextQuery.match(query.words, in: db)
        }
        if query.hasWords, words {
            parts.append(
                "c.id IN (SELECT u.cable FROM unit_fts JOIN \(unitSQL) ON u.number = unit_fts.rowid WHERE unit_fts MATCH ?"
                    + "\(numbersSQL)\(spelledSQL))")
            arguments += [match ?? "\"\""] + spelledArguments
            checks.append(parts[parts.count - 1])
        }
        if !parts.isEmpty {
            sql = parts.map { "(\($0))" }.joined(separator: " AND ")
            checkSQL = checks.map { "(\($0))" }.joined(separator: " AND ")
        }
    }

    /// The condition of `filter` on one cable `c`, with the arguments of `condition(_:in:)`, where it differs.
    private static func check(_ filter: LibraryQuery.Filter) -> String? {
        switch filter {
        case .tag: "EXISTS (SELECT 1 FROM cable_tag WHERE tag = ? AND cable = c.id)"
        case .name: "EXISTS (SELECT 1 FROM entity_name WHERE name = ? AND cable = c.id)"
        default: nil
        }
    }

    /// Keeps of `numbers` those within `span` (the numbers of some days).
    mutating func narrowNumbers(to span: Range<Int64>) {
        let current = numbers ?? Int64.min..<Int64.max
        let lower = max(span.lowerBound, current.lowerBound)
        numbers = lower..<max(lower, min(span.upperBound, current.upperBound))
    }

    private static func condition(
        _ filter: LibraryQuery.Filter, in db: Database
    ) throws -> (String, [(any DatabaseValueConvertible)?]) {
        switch filter {
        case .origin(let post):
            // NB: both columns are indexed without case, so the two equalities are two index lookups, never a scan.
            return ("c.post = ? COLLATE NOCASE OR c.origin = ? COLLATE NOCASE", [post, post])
        case .tag(let tag):
            return ("c.id IN (SELECT cable FROM cable_tag WHERE tag = ?)", [tag])
        case .classification(let bound):
            return ("c.class_rank \(bound.comparison == "=" ? "=" : bound.comparison) ?", [bound.level.rawValue])
        case .date(let bound):
            return ("c.date >= ? AND c.date < ?", [bound.from ?? "", bound.until ?? "~"])
        case .subject(let words):
            // NB: the subject is the heading of each cable's `header` row (position -1) in the full-text index, so
            // its words are matched as the search matches words (inflections, phrases), through the index.
            guard let match = try FullTextQuery.match(SearchQuery(words), in: db) else { return ("0", []) }
            return (
                "c.id IN (SELECT u.cable FROM unit_fts JOIN unit u INDEXED BY unit_owner ON u.number = unit_fts.rowid "
                    + "WHERE unit_fts MATCH ? AND u.position = -1)", ["heading : (" + match + ")"]
            )
        case .cites(let id):
            return ("c.id IN (SELECT cable FROM cable_ref WHERE cited = ?)", [id])
        case .citedBy(let id):
            return (
                "c.cable_id IN (SELECT r.cited FROM cable_ref r JOIN cable k ON k.id = r.cable WHERE k.cable_id = ?)",
                [id]
            )
        case .statute(let statute):
            return (
                "c.id IN (SELECT cable FROM statute WHERE instrument = ? COLLATE NOCASE OR number = ? OR statute_id = ?)",
                [statute, statute, statute]
            )
        case .name(let name):
            return ("c.id IN (SELECT cable FROM entity_name WHERE name = ?)", [name])
        case .file(let path):
            // NB: a folder's files are the paths between `folder/` and `folder0` (`0` follows `/`): a range of the
            // paths' unique index, never a scan.
            var folder = Substring(path)
            while folder.hasSuffix("/") { folder = folder.dropLast() }
            guard !folder.isEmpty else { return ("1", []) }
            return (
                "c.file IN (SELECT id FROM file WHERE path = ? OR (path >= ? AND path < ?))",
                [String(folder), folder + "/", folder + "0"]
            )
        }
    }
}
