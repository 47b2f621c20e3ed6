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
        try answering { () throws(LibraryError) in try library.citedBy(id).map { CableListRow($0) } }
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
