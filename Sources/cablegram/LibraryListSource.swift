import Browser
import CableLibrary
import CableModel

/// The browser's cable list read from the library: the cables a query keeps (every cable at first) by date, a page
/// at a time, each opened by parsing its stored text again.
final class LibraryListSource: CableListSource {
    private let library: Library
    private let query: LibraryQuery
    let count: Int

    /// The list of the cables of `library` that `query` keeps, counted once.
    init(_ library: Library, query: LibraryQuery = .everything) throws(LibraryError) {
        self.library = library
        self.query = query
        count = try library.count(query)
    }

    func filtered(by text: String) throws(CableListError) -> any CableListSource {
        do {
            return try LibraryListSource(library, query: LibraryQuery(text))
        } catch let error as QuerySyntaxError {
            throw CableListError(error.message)
        } catch let error as LibraryError {
            throw CableListError(error.message)
        } catch {
            throw CableListError("\(error)")
        }
    }

    func rows(_ positions: Range<Int>) throws(CableListError) -> [CableListRow] {
        do {
            return try library.list(query, offset: positions.lowerBound, limit: positions.count).map { cable in
                CableListRow(
                    key: cable.key, id: cable.id, date: String((cable.date ?? "").prefix(10)),
                    origin: cable.post ?? cable.origin ?? "", classification: cable.classification ?? "",
                    subject: cable.subject ?? "")
            }
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
