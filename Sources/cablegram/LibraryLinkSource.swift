import Browser
import CableLibrary
import CableModel

/// The browser's links between cables answered from the library: which REF lines' cables it holds, the cables
/// citing one, and a cable by id parsed again from its stored text.
final class LibraryLinkSource: CableLinkSource {
    private let library: Library

    /// Links through `library`.
    init(_ library: Library) { self.library = library }

    func held(_ ids: [String]) throws(CableListError) -> Set<String> {
        try answering { () throws(LibraryError) in try library.held(ids) }
    }

    func citing(_ id: String) throws(CableListError) -> [CableListRow] {
        try answering { () throws(LibraryError) in try library.citedBy(id).map(CableListRow.init) }
    }

    func cable(withID id: String) throws(CableListError) -> Cable? {
        let stored = try answering { () throws(LibraryError) in try library.source(ofCableID: id) }
        return stored.map { CableLoader.parse($0, knowledge: BundledKnowledge.lists) }
    }

    private func answering<T>(_ body: () throws(LibraryError) -> T) throws(CableListError) -> T {
        do {
            return try body()
        } catch {
            throw CableListError(error.message)
        }
    }
}

extension CableListRow {
    /// A library cable's row as the browser lists it.
    init(_ cable: CableSummary) {
        self.init(
            key: cable.key, id: cable.id, date: String((cable.date ?? "").prefix(10)),
            origin: cable.post ?? cable.origin ?? "", classification: cable.classification ?? "",
            subject: cable.subject ?? "")
    }
}
