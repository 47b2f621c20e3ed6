import Browser
import CableLibrary
import CableModel

/// The browser's cable list read from the library: the cables a query keeps (every cable at first) in the order
/// asked, held as their keys with their hit counts, their rows read a page at a time by key, and each cable opened by
/// parsing its stored text again.
final class LibraryListSource: CableListSource, Sendable {
    private let library: Library
    private let query: LibraryQuery
    private let sort: ListSort
    private let descending: Bool
    let count: Int
    /// The cables of the list, in order.
    private let listing: Listing
    /// A page read ahead (in the background, with the listing), handed out once asked for.
    private let firstPage: (positions: Range<Int>, rows: [CableListRow])?

    /// The list of the cables of `library` that `query` keeps in `order`, as the browser opens on it: counted, its
    /// listing read on a thread (and a connection) of its own, and its pages read by position until it is in.
    ///
    /// NB: reading the keys of 100,000 cables takes tens of milliseconds, which the first frame need not wait for:
    /// the default order's pages come from an index (schema 3) in a few milliseconds even at the end of the list.
    init(
        opening library: Library, query: LibraryQuery = .everything, order: CableListOrder = CableListOrder(),
        listing: Listing? = nil
    ) throws(LibraryError) {
        self.library = library
        self.query = query
        let (sort, descending) = (ListSort(order.column), order.descending)
        (self.sort, self.descending) = (sort, descending)
        count = try library.count(query)
        firstPage = nil
        let path = library.path
        self.listing =
            listing
            ?? Listing { () throws(LibraryError) in
                try Library(path: path).listing(query, sort: sort, descending: descending)
            }
    }

    /// The list of the cables of `library` that `query` keeps in `order`, answered (its listing and its
    /// `firstPage` read) on another connection to the same library, `answering`, so that the work runs off the
    /// thread that reads `library`.
    init(
        _ library: Library, query: LibraryQuery, order: CableListOrder, answeredOn answering: Library,
        firstPage: Range<Int>?
    ) throws(LibraryError) {
        self.library = library
        self.query = query
        (sort, descending) = (ListSort(order.column), order.descending)
        let cables = try answering.listing(query, sort: sort, descending: descending)
        listing = Listing(cables)
        count = cables.count
        guard let firstPage else {
            self.firstPage = nil
            return
        }
        let page = firstPage.clamped(to: 0..<cables.count)
        self.firstPage = (page, try Self.rows(cables[page], in: answering))
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
        do {
            guard let cables = listing.ifRead else {
                let positions = positions.clamped(to: 0..<count)
                let cables = try library.list(
                    query, sort: sort, descending: descending, offset: positions.lowerBound, limit: positions.count)
                let hits = try library.hitCounts(query, cables: cables.map(\.key))
                return cables.map { CableListRow($0, hits: query.hasWords ? hits[$0.key] ?? 0 : nil) }
            }
            return try Self.rows(cables[positions.clamped(to: 0..<cables.count)], in: library)
        } catch {
            throw CableListError(error.message)
        }
    }

    /// The rows of the cables listed, with their hit counts.
    private static func rows(_ cables: ArraySlice<ListedCable>, in library: Library) throws(LibraryError)
        -> [CableListRow]
    {
        let summaries = try library.summaries(cables.map(\.key))
        let hits = Dictionary(cables.map { ($0.key, $0.hits) }) { first, _ in first }
        return summaries.map { CableListRow($0, hits: hits[$0.key] ?? nil) }
    }

    func position(of id: String) throws(CableListError) -> Int? {
        do {
            let wanted = Set(try library.keys(ofCableID: id))
            return wanted.isEmpty ? nil : try listing.wait().firstIndex { wanted.contains($0.key) }
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
