import Foundation
import Testing

/// Signals, terminal state and hostile text, end to end: `Tests/EndToEnd/hardening.sh` drives the built `cablegram`
/// in tmux with the helpers of `browser.sh`, one scenario per test. Each ends with `stty -g` as it was before.
@Suite(.serialized, .enabled(if: EndToEnd.shouldRun))
struct HardeningEndToEndTests {
    static let script = Fixtures.repositoryRoot.appendingPathComponent("Tests/EndToEnd/hardening.sh")

    /// The scenarios the script knows.
    static let scenarios: [String] = {
        let listed = EndToEnd.run("bash '\(script.path)' --list").output.split(separator: "\n").map(String.init)
        return listed.isEmpty ? ["missing-script"] : listed
    }()

    @Test(arguments: scenarios) func scenario(_ name: String) {
        EndToEnd.check(Self.script, scenario: name)
    }
}
