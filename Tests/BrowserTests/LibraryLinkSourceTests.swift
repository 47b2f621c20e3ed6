import Browser
import CableLibrary
import CableModel
import Foundation
import TestSupport
import Testing

@testable import cablegram

/// Links answered from a real library: ../shared/cables indexed into a temporary one. The first cable's REF names
/// a cable the library lacks; another cable of the folder is held and opens; the cables citing the REF's cable are
/// found whether or not the library holds it.
@Suite(.enabled(if: SharedData.shouldRun))
struct LibraryLinkSourceTests {
    @Test func theLibraryAnswersHeldCitingAndOpens() throws {
        let files = SharedData.files(in: "cables")
        try #require(!files.isEmpty)
        let path = ScratchFolder.path("links-" + UUID().uuidString + ".sqlite")
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try LibraryIndexer(library: Library(path: path, access: .write), knowledge: .bundled)
            .index(files.map(\.path), prune: false)
        let first = try CableLoader.loadFirst(
            SharedData.bytes(try #require(files.first { $0.lastPathComponent == "10DUSHANBE170.txt" })),
            knowledge: .bundled)
        let reference = try #require(first.header.references.first?.cableID)
        let other = try #require(files.first { $0.lastPathComponent == "10DUSHANBE173.txt" })
        let otherID = other.deletingPathExtension().lastPathComponent

        let source = LibraryLinkSource(try Library(path: path))
        #expect(try source.held([reference, otherID, "99NOWHERE1"]) == [otherID])
        #expect(try source.cable(withID: otherID)?.title == otherID)
        #expect(try source.cable(withID: reference) == nil)
        #expect(try source.citing(reference).map(\.id) == [first.title])

        let linking = CableLinking(source: source, knowledge: .bundled)
        var state = BrowserState(document: linking.document(for: first), size: Size(width: 120, height: 40))
        state.linking = linking
        state.type(":header⏎}⏎")
        #expect(state.message?.text == "\(reference) is not in the library")
        #expect(state.document.cable.title == first.title)
    }
}
