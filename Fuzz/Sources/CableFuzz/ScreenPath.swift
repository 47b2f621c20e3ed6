import Browser
import CableModel

/// The browser's first screens of a loaded cable, drawn into the cell grid at a few sizes, then after a jump to
/// the end and a search: every frame fills its grid, and no cell holds a control or reordering character.
enum ScreenPath {
    private static let sizes = [Size(width: 80, height: 24), Size(width: 200, height: 50), Size(width: 30, height: 8)]

    static func exercise(_ indexed: IndexedCable, query: String) {
        let document = Document(cable: indexed.cable, findings: CableFindings(indexed))
        var state = BrowserState(document: document, size: sizes[0])
        for size in sizes {
            _ = state.handle(.resize(size))
            check(Renderer.render(state))
        }
        for key in [Key.character("G"), .character("/")] + query.unicodeScalars.prefix(12).map(Key.character)
            + [.enter, .character("n"), .character("3")]
        {
            _ = state.handle(.key(key))
        }
        check(Renderer.render(state))
    }

    private static func check(_ screen: Screen) {
        precondition(
            screen.cells.count == screen.size.width * screen.size.height, "a frame that does not fill its grid")
        for cell in screen.cells where !cell.isContinuation {
            precondition(isSafe(cell.scalar) && (cell.mark.map(isSafe) ?? true), "a raw control on the screen")
        }
    }

    /// No C0, DEL or C1 control and no character that reorders text.
    private static func isSafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return
            !(value < 0x20 || (0x7F...0x9F).contains(value) || (0x200E...0x200F).contains(value)
            || (0x2028...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0xFEFF)
    }
}
