import CableModel
import Foundation
import TestSupport
import Testing

@testable import CableLibrary

@Suite("Library: search and cited-by agree with the single-cable model", .serialized)
struct LibrarySearchAgreementTests {
    /// The shared cables and the first 150 of the corpus, indexed once for the suite.
    private static let shared: (fixture: LibraryFixture, files: [URL])? = {
        guard SharedData.shouldRun else { return nil }
        let files = SharedData.files(in: "cables") + SharedData.files(in: "corpus").prefix(150)
        let fixture = LibraryFixture()
        _ = try? fixture.index(files.map(\.path))
        return (fixture, files)
    }()

    /// Every cable of the files, indexed by the model, with its library key.
    private static func modelCables(_ library: Library, files: [URL]) throws -> [(key: Int64, indexed: IndexedCable)] {
        var cables: [(Int64, IndexedCable)] = []
        for file in files {
            let summaries = try library.list(.everything).filter { $0.file == FileList.absolute(file.path) }
            let loaded = try IndexedCable.load(
                SharedData.bytes(file), knowledge: LibraryFixture.knowledge, name: file.path)
            for summary in summaries where summary.position < loaded.count {
                cables.append((summary.key, loaded[summary.position]))
            }
        }
        return cables
    }

    @Test func searchFindsTheUnitsTheSingleCableSearchFinds() throws {
        guard let (fixture, files) = LibrarySearchAgreementTests.shared else { return }
        let library = try fixture.readable()
        let cables = try LibrarySearchAgreementTests.modelCables(library, files: files)
        var generator = SeededGenerator(state: 13)
        let vocabulary = LibrarySearchAgreementTests.words(cables.map(\.indexed.cable))
        var found = 0
        for _ in 0..<40 {
            let word = vocabulary[Int(generator.next() % UInt64(vocabulary.count))]
            var expected: Set<String> = []
            for (key, indexed) in cables {
                // NB: the library's `subject` row holds the tags too; the units alone are compared.
                for hit in indexed.index.search(word).hits where hit.unitID != CableIndex.subjectUnitID {
                    expected.insert("\(key)/\(hit.unitID)")
                }
            }
            let hits = try library.search(LibraryQuery(word), limit: 100_000).filter { $0.unitID != "subject" }
            #expect(Set(hits.map { "\($0.key)/\($0.unitID)" }) == expected, "\(word)")
            let newest = try library.search(LibraryQuery(word), limit: 100_000, ranking: 0)
                .filter { $0.unitID != "subject" }
            #expect(Set(newest.map { "\($0.key)/\($0.unitID)" }) == expected, "\(word), newest first")
            if !expected.isEmpty { found += 1 }
        }
        #expect(found >= 30, "most words drawn from the text are found")
    }

    @Test func citedByAgreesWithAScanOfEveryReference() throws {
        guard let (fixture, files) = LibrarySearchAgreementTests.shared else { return }
        let library = try fixture.readable()
        let cables = try LibrarySearchAgreementTests.modelCables(library, files: files)
        let cited = Set(cables.flatMap { $0.indexed.cable.header.references.compactMap(\.cableID) })
        #expect(!cited.isEmpty)
        for id in cited {
            let scanned = Set(
                cables.filter { $0.indexed.cable.header.references.contains { $0.cableID == id } }.map(\.key))
            #expect(Set(try library.citedBy(id).map(\.key)) == scanned, "\(id)")
        }
    }

    /// Lower-case words of letters from the units' text, each once, sorted.
    private static func words(_ cables: [Cable]) -> [String] {
        var words: Set<String> = []
        for cable in cables.prefix(40) {
            for unit in cable.units {
                for word in unit.text.split(whereSeparator: { !$0.isLetter }) where word.count >= 3 {
                    if word.allSatisfy({ $0.isLowercase && $0.isASCII }) { words.insert(String(word)) }
                }
            }
        }
        return words.sorted()
    }
}
