import Foundation
import Testing

/// The snapshot helper itself: recording is never a pass, and a write that fails says so.
@Suite struct SnapshotHelperTests {
    @Test func recordingFailsTheTestThatRecorded() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("snapshots-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        withKnownIssue {
            Snapshot.check("a frame\n", name: "recorded", in: folder, recording: true)
        } matching: { issue in
            issue.description.contains("recorded snapshot recorded.txt")
        }
        let written = try String(contentsOf: folder.appendingPathComponent("recorded.txt"), encoding: .utf8)
        #expect(written == "a frame\n")
        Snapshot.check("a frame\n", name: "recorded", in: folder, recording: false)
    }

    @Test func aFailedWriteIsAnError() {
        let folder = URL(fileURLWithPath: "/proc/self/no-such-folder/snapshots")
        withKnownIssue {
            Snapshot.check("a frame\n", name: "unwritable", in: folder, recording: true)
        } matching: { issue in
            issue.description.contains("could not write snapshot unwritable.txt")
        }
    }
}
