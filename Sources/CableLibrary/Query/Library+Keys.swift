import GRDB

extension Library {
    /// The keys of the cables `query` keeps, in the order asked: a whole list held by its keys, so that a browser
    /// reads any page of it by key without running the query again.
    ///
    /// NB: a page read with `LIMIT … OFFSET` runs the query again and walks (or sorts) every cable before the page:
    /// on 100,000 cables, tens of milliseconds a page, on the key loop. Eight bytes a cable is cheap (2 MB for the
    /// whole 2010–2011 release), and the default order is read from an index (`LibrarySchema`, v3).
    public func keys(_ query: LibraryQuery, sort: ListSort = .date, descending: Bool = false) throws(LibraryError)
        -> [Int64]
    {
        try reading { db in
            let condition = try QueryCondition(query, in: db)
            return try Int64.fetchAll(
                db,
                sql:
                    "SELECT c.id FROM cable c WHERE \(condition.sql) ORDER BY \(descending ? sort.descendingSQL : sort.sql)",
                arguments: condition.arguments)
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
