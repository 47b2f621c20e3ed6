import Browser
import CableLibrary
import CableModel

/// The browser's cable list read from the library: the cables a query keeps (every cable at first) in the order
/// asked, held as their keys, their rows read a page at a time by key, and each cable opened by parsing its stored
/// text again.
final class LibraryListSource: CableListSource, Sendable {
    private let library: Library
    private let query: LibraryQuery
    private let sort: ListSort
    private let descending: Bool
    let count: Int
    /// The cables of the list, in order.
    private let keys: KeyList
    /// A page read ahead (in the background, with the keys), handed out once asked for.
    private let firstPage: (positions: Range<Int>, rows: [CableListRow])?

    /// The list of the cables of `library` that `query` keeps in `order`, as the browser opens on it: counted, its
    /// keys read on a thread (and a connection) of their own, and its pages read by position until they are in.
    ///
    /// NB: reading the keys of 100,000 cables takes tens of milliseconds, which the first frame need not wait for:
    /// the default order's pages come from an index (schema 3) in a few milliseconds even at the end of the list.
    init(
        opening library: Library, query: LibraryQuery = .everything, order: CableListOrder = CableListOrder(),
        keys: KeyList? = nil
    ) throws(LibraryError) {
        self.library = library
        self.query = query
        let (sort, descending) = (ListSort(order.column), order.descending)
        (self.sort, self.descending) = (sort, descending)
        count = try library.count(query)
        firstPage = nil
        let path = library.path
        self.keys =
            keys
            ?? KeyList { () throws(LibraryError) in
                try Library(path: path).keys(query, sort: sort, descending: descending)
            }
    }

    /// The list of the cables of `library` that `query` keeps in `order`, answered (its keys and its `firstPage`
    /// read) on another connection to the same library, `answering`, so that the work runs off the thread that
    /// reads `library`.
    init(
        _ library: Library, query: LibraryQuery, order: CableListOrder, answeredOn answering: Library,
        firstPage: Range<Int>?
    ) throws(LibraryError) {
        self.library = library
        self.query = query
        (sort, descending) = (ListSort(order.column), order.descending)
        let keys = try answering.keys(query, sort: sort, descending: descending)
        self.keys = KeyList(keys)
        count = keys.count
        guard let firstPage else {
            self.firstPage = nil
            return
        }
        let page = firstPage.clamped(to: 0..<keys.count)
        self.firstPage = (page, try Self.rows(answering.summaries(keys[page]), of: query, in: answering))
    }

    var words: String { query.wordsText }

    func answer(_ filter: String, order: CableListOrder) throws(CableListError) -> any CableListSource {
        try Self.answer(filter, order: order, in: library, answeredOn: library, firstPage: nil)
    }

    /// The list `filter` keeps in `order`, answered (and its first page read) on `answering`; a query that does not
    /// parse throws its message.
    static func answer(
        _ filter: String, order: CableListOrder, in library: Library, answeredOn answering: Library,
        firstPage: Range<Int>?
    ) throws(CableListError) -> LibraryListSource {
        do {
            return try LibraryListSource(
                library, query: LibraryQuery(filter), order: order, answeredOn: answering, firstPage: firstPage)
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
        let positions = positions.clamped(to: 0..<count)
        do {
            guard let keys = keys.ifRead else {
                let cables = try library.list(
                    query, sort: sort, descending: descending, offset: positions.lowerBound, limit: positions.count)
                return try Self.rows(cables, of: query, in: library)
            }
            return try Self.rows(library.summaries(keys[positions.clamped(to: 0..<keys.count)]), of: query, in: library)
        } catch {
            throw CableListError(error.message)
        }
    }

    /// The rows of `cables`, with each cable's hit count when the query has words.
    private static func rows(_ cables: [CableSummary], of query: LibraryQuery, in library: Library)
        throws(LibraryError) -> [CableListRow]
    {
        let hits = try library.hitCounts(query, cables: cables.map(\.key))
        return cables.map { CableListRow($0, hits: query.hasWords ? hits[$0.key] ?? 0 : nil) }
    }

    func position(of id: String) throws(CableListError) -> Int? {
        do {
            let wanted = Set(try library.keys(ofCableID: id))
            return wanted.isEmpty ? nil : try keys.wait().firstIndex(where: wanted.contains)
        } catch {
            throw CableListError(error.message)
        }
    }

    func preview(_ row: CableListRow, knowledge: GeneralKnowledge) throws(CableListError) -> CablePreview {
        let stored: StoredPreview?
        do {
            stored = try library.preview(of: row.key)
        } catch {
            throw CableListError(error.message)
        }
        guard let stored else { throw CableListError("\(row.id) is no longer in the library") }
        return CablePreview(
            key: row.key, subject: stored.subject, tags: stored.tags,
            references: stored.references.map { ($0.label, $0.text) }, signature: stored.signature,
            firstParagraph: stored.firstParagraph, knowledge: knowledge)
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
