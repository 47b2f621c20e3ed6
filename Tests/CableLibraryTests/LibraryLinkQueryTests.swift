import Foundation
import Testing

@testable import CableLibrary

/// What the browser asks when it follows references: which ids are held, a cable's text by id; and the filter on
/// the file a cable came from, which `cablegram DIR` opens its list with.
@Suite("Library: links and the file filter")
struct LibraryLinkQueryTests {
    /// A cable from the harbour in one folder citing a Department cable in another, and a third cable beside it.
    private static func library() throws -> (LibraryFixture, Library) {
        let fixture = LibraryFixture()
        fixture.write(
            "harbour/first.txt",
            TestCable.text(
                post: "VALLETTA", number: 12, dateTimeGroup: "031015Z MAR 09", reference: "STATE 4455",
                paragraphs: ["The harbour police counted the stowaways on the night ferry, as reftel asked."]))
        fixture.write(
            "harbour/deck/second.txt",
            TestCable.text(
                post: "VALLETTA", number: 13, dateTimeGroup: "041015Z MAR 09",
                paragraphs: ["The ferry sailed again with a new crew and no stowaways aboard."]))
        fixture.write(
            "harbourside.txt",
            TestCable.text(
                post: "STATE", number: 4455, dateTimeGroup: "020900Z JAN 09",
                paragraphs: ["Posts should report how many inspections the harbour authorities carried out."]))
        try fixture.index([fixture.folder])
        return (fixture, try fixture.readable())
    }

    @Test func heldIdsAreTheOnesTheLibraryHas() throws {
        let (fixture, library) = try Self.library()
        #expect(try library.held(["09STATE4455", "09valletta12", "09STATE9999"]) == ["09STATE4455", "09VALLETTA12"])
        #expect(try library.held([]) == [])
        _ = fixture
    }

    @Test func aCablesTextIsReadByItsId() throws {
        let (fixture, library) = try Self.library()
        let source = try #require(try library.source(ofCableID: "09state4455"))
        #expect(String(decoding: source.text, as: UTF8.self).contains("STATE 004455"))
        #expect(try library.source(ofCableID: "09STATE9999") == nil)
        _ = fixture
    }

    @Test func theFileFilterKeepsAFileOrAFoldersCablesAndNotItsNeighbours() throws {
        let (fixture, library) = try Self.library()
        func ids(_ path: String) throws -> [String] {
            try library.list(LibraryQuery("file:\"\(path)\""), sort: .id).map(\.id)
        }
        let folder = FileList.absolute(fixture.folder)
        #expect(try ids(folder + "/harbour") == ["09VALLETTA12", "09VALLETTA13"])
        #expect(try ids(folder + "/harbour/") == ["09VALLETTA12", "09VALLETTA13"])
        #expect(try ids(folder + "/harbour/deck") == ["09VALLETTA13"])
        #expect(try ids(folder + "/harbourside.txt") == ["09STATE4455"])
        #expect(try ids(folder) == ["09STATE4455", "09VALLETTA12", "09VALLETTA13"])
        #expect(try ids(folder + "/harb") == [])
        #expect(try library.count(LibraryQuery("file:\"\(folder)/harbour\" crew")) == 1)
    }
}
