import Foundation
import Testing

/// The built `cablegram` in a real terminal: `Tests/EndToEnd/browser.sh` drives it in tmux, one scenario per test.
///
/// NB: tmux is driven from a bash script through `popen`, not Foundation's `Process`, whose `waitUntilExit` hangs
/// when the tmux server inherits its exit-detection socket (house-style.md).
@Suite(.serialized, .enabled(if: EndToEnd.shouldRun))
struct EndToEndTests {
    @Test(arguments: EndToEnd.scenarios) func scenario(_ name: String) {
        EndToEnd.check(EndToEnd.script, scenario: name)
    }
}

enum EndToEnd {
    /// Runs one scenario of a script against the built binary and expects it to pass; records why it cannot run.
    static func check(_ script: URL, scenario name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard hasTmux else {
            Issue.record("tmux is missing, and CI requires the end-to-end tests", sourceLocation: sourceLocation)
            return
        }
        guard let binary else {
            Issue.record("no built cablegram beside the test bundle", sourceLocation: sourceLocation)
            return
        }
        let (status, output) = run("bash '\(script.path)' '\(binary)' \(name) 2>&1")
        #expect(status == 0, "\(output)", sourceLocation: sourceLocation)
    }

    static let script = Fixtures.repositoryRoot.appendingPathComponent("Tests/EndToEnd/browser.sh")

    /// Whether tmux is on the PATH.
    static let hasTmux = run("command -v tmux >/dev/null 2>&1").status == 0

    /// Run when tmux is there; when it is not, run (and fail) if CI is set.
    static var shouldRun: Bool { hasTmux || ProcessInfo.processInfo.environment["CI"] != nil }

    /// The scenarios the script knows.
    static let scenarios: [String] = {
        let listed = run("bash '\(script.path)' --list").output.split(separator: "\n").map(String.init)
        return listed.isEmpty ? ["missing-script"] : listed
    }()

    /// The `cablegram` built beside the test bundle (the test target depends on it, so `swift test` builds it).
    static let binary: String? = {
        let bundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let candidates = [
            bundle.appendingPathComponent("cablegram").path,
            Fixtures.repositoryRoot.appendingPathComponent(".build/debug/cablegram").path,
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Runs a shell command, returning its exit status and what it printed.
    static func run(_ command: String) -> (status: Int32, output: String) {
        guard let pipe = popen(command, "r") else { return (-1, "popen failed") }
        var output = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&chunk, 1, chunk.count, pipe)
            if count == 0 { break }
            output += chunk[..<count]
        }
        let status = pclose(pipe)
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (exitStatus, String(decoding: output, as: UTF8.self))
    }
}
