import CableData
import CableModel
import Foundation
import TestSupport
import Testing

@testable import Browser

/// Random keys, clicks and sizes on real cables: the browser never crashes and every frame fills the screen.
@Suite struct MonkeyTests {
    /// Keys a user may press, as `BrowserState.type` spells them.
    private static let keys =
        Array("jjjkkkgGbhl \t123⇥⏎nN][)(}{⎋⌫Lsrz?⎋".unicodeScalars).map(String.init)
        + ["/cotton⏎", "/the⏎", ":4⏎", ":27e⏎", ":zz⏎", "/\"criminal code\"⏎", "/-the⏎", "/x⎋"]
    private static let sizes = [(200, 50), (120, 40), (80, 24), (40, 12), (39, 11), (300, 8)]

    @Test func randomInputOnTheSeedAndSharedCables() throws {
        var cables = [Fixtures.seedCable]
        if SharedData.shouldRun {
            for url in SharedData.files(in: "cables") {
                cables += try CableLoader.load(SharedData.bytes(url), reference: .bundled)
            }
        }
        var generator = SeededGenerator(state: 2026)
        for cable in cables {
            let findings = CableFindings(cable: cable, reference: Fixtures.reference)
            var state = BrowserState(
                document: Document(cable: cable, findings: findings), size: Size(width: 120, height: 40))
            for step in 0..<400 {
                if step % 50 == 0 {
                    let size = Self.sizes.randomElement(using: &generator)!
                    _ = state.handle(.resize(Size(width: size.0, height: size.1)))
                }
                if step % 7 == 0 {
                    let kind = [MouseEvent.Kind.press, .wheelUp, .wheelDown].randomElement(using: &generator)!
                    let column = Int.random(in: 0..<max(1, state.size.width), using: &generator)
                    let row = Int.random(in: 0..<max(1, state.size.height), using: &generator)
                    _ = state.handle(.mouse(MouseEvent(kind, column: column, row: row)))
                } else {
                    state.type(Self.keys.randomElement(using: &generator)!)
                }
                let frame = Renderer.render(state)
                #expect(
                    frame.plainText.split(separator: "\n", omittingEmptySubsequences: false).count >= state.size.height)
            }
        }
    }
}
