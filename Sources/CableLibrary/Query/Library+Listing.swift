import GRDB

extension Library {
    /// The cables `query` keeps, in the order asked, each with the number of its units that match the query's words:
    /// a whole list held by its keys, so that a browser reads any page of it by key without running the query again.
    ///
    /// NB: a page read with `LIMIT … OFFSET` runs the query again and walks (or sorts) every cable before the page:
    /// on 100,000 cables, tens of milliseconds a page, on the key loop; and a page's hit counts, asked of the
    /// full-text index unit by unit, took hundreds. Here the matches are counted per cable in the one pass that
    /// finds the cables. Sixteen bytes a cable is cheap (4 MB for the whole 2010–2011 release), and the default
    /// order is read from an index (`LibrarySchema`, v3).
    public func listing(_ query: LibraryQuery, sort: ListSort = .date, descending: Bool = false)
        throws(LibraryError) -> [ListedCable]
    {
        try reading { db in
            let condition = try QueryCondition(query, in: db, words: false)
            let order = descending ? sort.descendingSQL : sort.sql
            guard let match = condition.match else {
                return try Int64.fetchAll(
                    db, sql: "SELECT c.id FROM cable c WHERE \(condition.sql) ORDER BY \(order)",
                    arguments: condition.arguments
                ).map { ListedCable(key: $0, hits: nil) }
            }
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT c.id, h.hits FROM (
                        SELECT u.cable, count(*) AS hits FROM unit_fts JOIN \(condition.unitSQL) ON u.number = unit_fts.rowid
                        WHERE unit_fts MATCH ?\(condition.spelledSQL) GROUP BY u.cable
                    ) h JOIN cable c ON c.id = h.cable
                    WHERE \(condition.sql) ORDER BY \(order)
                    """,
                arguments: [match] + condition.spelledArguments + condition.arguments
            ).map { ListedCable(key: $0[0], hits: $0[1]) }
        }
    }

    /// The summaries of the cables `keys` names, in that order; a key no longer in the library is left out.
    public func summaries(_ keys: some Collection<Int64>) throws(LibraryError) -> [CableSummary] {
        guard !keys.isEmpty else { return [] }
        return try reading { db in
            let marks = Array(repeating: "?", count: keys.count).joined(separator: ", ")
            let rows = try Row.fetchAll(
                db,
                sql:
                    "SELECT \(CableSummary.columns) FROM cable c JOIN file f ON f.id = c.file WHERE c.id IN (\(marks))",
                arguments: StatementArguments(keys.map(\.databaseValue)))
            let byKey = Dictionary(rows.map { ($0[0] as Int64, CableSummary(row: $0)) }) { first, _ in first }
            return keys.compactMap { byKey[$0] }
        }
    }

    /// The keys of the cables with this id (two files may hold the same cable).
    public func keys(ofCableID id: String) throws(LibraryError) -> [Int64] {
        try reading { db in try Int64.fetchAll(db, sql: "SELECT id FROM cable WHERE cable_id = ?", arguments: [id]) }
    }
}

/// A cable of a list: its key, and how many of its units match the list's words (nil when the list has none).
public struct ListedCable: Sendable, Equatable {
    /// The cable's row.
    public let key: Int64
    /// Its units that match the words.
    public let hits: Int?
}
