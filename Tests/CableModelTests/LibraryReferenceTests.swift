import CableData
import CableModel
import Foundation
import TestSupport
import Testing

/// Over the whole of `../shared/library`: how many REF lines yield a cable id, and how many of those ids name
/// cables the library holds (a cross-check that the ids have the form cable ids have).
@Suite(.enabled(if: SharedData.shouldRun)) struct LibraryReferenceTests {
    @Test func referenceLinesYieldLibraryIDs() throws {
        let files = SharedData.files(in: "library")
        #expect(files.count >= 6_000)
        let present = Set(files.map { $0.deletingPathExtension().lastPathComponent })
        var lines = 0
        var yielding = 0
        var ids = 0
        var found = 0
        // NB: `LIBRARY_DETAILS=1 swift test` lists the REF lines that yield no cable id.
        let details = ProcessInfo.processInfo.environment["LIBRARY_DETAILS"] != nil
        for url in files {
            for cable in try CableLoader.load(SharedData.bytes(url), knowledge: .bundled, name: url.path)
            where !cable.header.references.isEmpty {
                lines += 1
                let named = cable.header.references.compactMap(\.cableID)
                if !named.isEmpty { yielding += 1 }
                if named.isEmpty, details {
                    print("  no id \(cable.title): \(cable.header.references.map(\.text).joined(separator: " / "))")
                }
                ids += named.count
                found += named.filter(present.contains).count
            }
        }
        let yieldShare = Double(yielding) / Double(max(lines, 1))
        let foundShare = Double(found) / Double(max(ids, 1))
        print("library REF lines: \(lines), yielding an id: \(yielding) (\(percent(yieldShare)))")
        print("library REF ids: \(ids), cables in the library: \(found) (\(percent(foundShare)))")
        #expect(lines > 3_000)
        // NB: a partial extract without a date takes its year from its file's name, as the library reads it; the
        // REF lines that still give no id cite documents that are not cables, or are cut short.
        #expect(yieldShare >= 0.95)
        // NB: the library holds a few thousand of the cables cited; an id of the wrong form is never among them.
        #expect(foundShare >= 0.25)
    }

    private func percent(_ share: Double) -> String { "\(Int(share * 1000) / 10)%" }
}
