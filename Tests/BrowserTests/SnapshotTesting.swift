import Browser
import Foundation
import Testing

/// Screen snapshots: the grid as plain text, compared with `Snapshots/<name>.txt`; `RECORD_SNAPSHOTS=1` writes
/// them instead. A missing snapshot fails (record it, then review the file).
enum Snapshot {
    static let folder = Fixtures.repositoryRoot.appendingPathComponent("Tests/BrowserTests/Snapshots")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    /// Compares (or records) the frame of `state` under `<pane>-<W>x<H>-<scenario>`.
    static func check(
        _ state: BrowserState, pane: String, scenario: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let name = "\(pane)-\(state.size.width)x\(state.size.height)-\(scenario)"
        check(Renderer.render(state).plainText, name: name, sourceLocation: sourceLocation)
    }

    /// Compares (or records) a text snapshot. Recording fails the test that recorded it, as swift-argument-parser's
    /// helper does, so that a recorded run is never taken for a passing one; a write that fails is an error.
    static func check(
        _ text: String, name: String, in folder: URL = folder, recording: Bool = isRecording,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let file = folder.appendingPathComponent(name + ".txt")
        if recording {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: file)
            } catch {
                Issue.record("could not write snapshot \(name).txt: \(error)", sourceLocation: sourceLocation)
                return
            }
            Issue.record(
                "recorded snapshot \(name).txt: review it, then run again without RECORD_SNAPSHOTS",
                sourceLocation: sourceLocation)
            return
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            Issue.record(
                "no snapshot \(name).txt: run with RECORD_SNAPSHOTS=1 and review it", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != text else { return }
        Issue.record(
            "snapshot \(name) differs:\n\(difference(expected: expected, actual: text))", sourceLocation: sourceLocation
        )
    }

    /// The differing lines, numbered.
    static func difference(expected: String, actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for index in 0..<max(old.count, new.count) {
            let before = index < old.count ? String(old[index]) : "<none>"
            let after = index < new.count ? String(new[index]) : "<none>"
            if before != after { lines.append("\(index + 1)- \(before)\n\(index + 1)+ \(after)") }
        }
        return lines.prefix(12).joined(separator: "\n")
    }
}
