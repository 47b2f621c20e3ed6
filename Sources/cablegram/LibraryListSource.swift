import Browser
import CableLibrary
import CableModel

/// The browser's cable list read from the library: the cables a query keeps (every cable at first) in the order
/// asked, sorted by the database, a page at a time, each opened by parsing its stored text again.
final class LibraryListSource: CableListSource, Sendable {
    private let library: Library
    private let query: LibraryQuery
    private let sort: ListSort
    private let descending: Bool
    let count: Int
    /// A page read ahead (in the background, with the count), handed out once asked for.
    private let firstPage: (positions: Range<Int>, rows: [CableListRow])?

    /// The list of the cables of `library` that `query` keeps in `order`, counted once.
    convenience init(_ library: Library, query: LibraryQuery = .everything, order: CableListOrder = CableListOrder())
        throws(LibraryError)
    {
        try self.init(library, query: query, order: order, countedOn: library, firstPage: nil)
    }

    /// The same list, counted (and its `firstPage` read) on another connection to the same library, `counting`,
    /// so that the work runs off the thread that reads `library`.
    init(
        _ library: Library, query: LibraryQuery, order: CableListOrder, countedOn counting: Library,
        firstPage: Range<Int>?
    ) throws(LibraryError) {
        self.library = library
        self.query = query
        sort = ListSort(order.column)
        descending = order.descending
        count = try counting.count(query)
        guard let firstPage else {
            self.firstPage = nil
            return
        }
        let page = firstPage.clamped(to: 0..<count)
        self.firstPage = (page, try Self.rows(page, of: query, sort: sort, descending: descending, in: counting))
    }

    var words: String { query.wordsText }

    func answer(_ filter: String, order: CableListOrder) throws(CableListError) -> any CableListSource {
        try Self.answer(filter, order: order, in: library, countedOn: library, firstPage: nil)
    }

    /// The list `filter` keeps in `order`, counted (and its first page read) on `counting`; a query that does not
    /// parse throws its message.
    static func answer(
        _ filter: String, order: CableListOrder, in library: Library, countedOn counting: Library,
        firstPage: Range<Int>?
    ) throws(CableListError) -> LibraryListSource {
        do {
            return try LibraryListSource(
                library, query: LibraryQuery(filter), order: order, countedOn: counting, firstPage: firstPage)
        } catch let error as QuerySyntaxError {
            throw CableListError(error.message)
        } catch let error as LibraryError {
            throw CableListError(error.message)
        } catch {
            throw CableListError("\(error)")
        }
    }

    func rows(_ positions: Range<Int>) throws(CableListError) -> [CableListRow] {
        if let firstPage, firstPage.positions == positions { return firstPage.rows }
        do {
            return try Self.rows(positions, of: query, sort: sort, descending: descending, in: library)
        } catch {
            throw CableListError(error.message)
        }
    }

    /// A page of the list, with each cable's hit count when the query has words.
    private static func rows(
        _ positions: Range<Int>, of query: LibraryQuery, sort: ListSort, descending: Bool, in library: Library
    ) throws(LibraryError) -> [CableListRow] {
        let cables = try library.list(
            query, sort: sort, descending: descending, offset: positions.lowerBound, limit: positions.count)
        let hits = try library.hitCounts(query, cables: cables.map(\.key))
        return cables.map { CableListRow($0, hits: query.hasWords ? hits[$0.key] ?? 0 : nil) }
    }

    func position(of id: String) throws(CableListError) -> Int? {
        do {
            return try library.position(ofCableID: id, in: query, sort: sort, descending: descending)
        } catch {
            throw CableListError(error.message)
        }
    }

    func cable(_ row: CableListRow) throws(CableListError) -> Cable {
        let stored: CableSource?
        do {
            stored = try library.source(of: row.key)
        } catch {
            throw CableListError(error.message)
        }
        guard let stored else { throw CableListError("the stored text is damaged; index its file again") }
        return CableLoader.parse(stored, knowledge: BundledKnowledge.lists)
    }
}
