import Browser
import CableLibrary
import CableModel

/// The browser's cable list read from the library: every cable by date, a page at a time, each opened by parsing
/// its stored text again.
final class LibraryListSource: CableListSource {
    private let library: Library
    let count: Int

    /// The list of every cable of `library`, counted once.
    init(_ library: Library) throws(LibraryError) {
        self.library = library
        count = try library.count(.everything)
    }

    func rows(_ positions: Range<Int>) throws(CableListError) -> [CableListRow] {
        do {
            return try library.list(.everything, offset: positions.lowerBound, limit: positions.count).map { cable in
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
