import CableModel
import Foundation
import Synchronization
import TestSupport
import Testing

/// The whole of `../shared/library`: every cable loads, and no text is lost or garbled in ways a reader cannot see.
@Suite(.enabled(if: SharedData.shouldRun)) struct LibraryTests {
    @Test func libraryAudit() throws {
        let files = SharedData.files(in: "library")
        #expect(files.count >= 6_000)
        let audit = LibraryTests.audit(files)
        LibraryTests.report(audit)
        #expect(audit.failures.isEmpty, "\(audit.failures.prefix(5))")
        // NB: ratchets at the counts reached so far (before this work: 106, 914, 136, 649); each only falls.
        #expect(audit.emptyBodies.count <= 38, "\(audit.emptyBodies.prefix(10))")
        #expect(audit.debrisUnits.count <= 171, "\(audit.debrisUnits.prefix(10))")
        #expect(audit.missedMarkers.count <= 177, "\(audit.missedMarkers.prefix(10))")
        #expect(audit.brokenSentences.isEmpty, "\(audit.brokenSentences.prefix(10))")
    }

    /// Audits every file, spread over the machine's cores.
    static func audit(_ files: [URL]) -> BodyAudit {
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let results = Mutex([BodyAudit](repeating: BodyAudit(), count: workers))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var local = BodyAudit()
            for index in stride(from: worker, to: files.count, by: workers) {
                let source = SharedData.bytes(files[index])
                let name = files[index].deletingPathExtension().lastPathComponent
                do {
                    local.add(BodyAudit(name: name, source: source, cables: try CableLoader.load(source)))
                } catch {
                    local.failures.append("\(name): \(error)")
                }
            }
            results.withLock { $0[worker] = local }
        }
        return results.withLock { $0.reduce(into: BodyAudit()) { $0.add($1) } }
    }

    static func report(_ audit: BodyAudit) {
        print(
            "library: \(audit.cables) cables, \(audit.emptyBodies.count) empty bodies, \(audit.debrisUnits.count) units "
                + "with debris, \(audit.missedMarkers.count) missed markers, \(audit.brokenSentences.count) broken sentences"
        )
        guard let path = ProcessInfo.processInfo.environment["CABLEGRAM_AUDIT"] else { return }
        let lines =
            audit.emptyBodies.map { "empty\t\($0)" } + audit.debrisUnits.map { "debris\t\($0)" }
            + audit.missedMarkers.map { "marker\t\($0)" } + audit.brokenSentences.map { "broken\t\($0)" }
        try? lines.sorted().joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}
