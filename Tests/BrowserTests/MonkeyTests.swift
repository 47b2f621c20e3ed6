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
            for url in SharedData.files(in: "cables") { cables += try CableLoader.load(SharedData.bytes(url)) }
        }
        var generator = SeededGenerator(state: 2026)
        for cable in cables {
            var state = BrowserState(
                document: .browsing(cable, knowledge: Fixtures.knowledge), size: Size(width: 120, height: 40))
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
                Self.expectFilled(Renderer.render(state), state: state)
            }
        }
    }

    /// A frame fills the screen: it has the terminal's size; unless the terminal is too small, the title bar names
    /// the cable, the status line is painted across, and every pane shown has its title row.
    static func expectFilled(_ frame: Screen, state: BrowserState, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(frame.size == state.size, sourceLocation: sourceLocation)
        let layout = state.layout
        guard !layout.isTooSmall else {
            #expect(frame.plainText.contains("Terminal too small"), sourceLocation: sourceLocation)
            return
        }
        let title = frame.text(ofRow: 0)
        #expect(title.hasPrefix(String((" " + state.document.cable.title).prefix(state.size.width))))
        let status = frame.row(state.size.height - 1)
        #expect(
            status.allSatisfy { $0.style.role != .plain }, "status line not painted", sourceLocation: sourceLocation)
        guard state.help == nil else { return }
        for (pane, rect) in layout.panes {
            let role = frame[rect.x, rect.y].style.role
            #expect(role == .paneTitle || role == .focusedPaneTitle, "no title row for \(pane)")
        }
    }
}
