import Testing

@testable import Browser

/// The outline beside the reader: headings cut with `…`, and a split that `+` and `-` move.
@Suite struct OutlineLayoutTests {
    @Test func aCutHeadingEndsWithAnEllipsis() {
        let state = Fixtures.state(80, 24)
        let outline = state.layout.panes[.outline]!
        let row = state.frame.split(separator: "\n").first { $0.contains("25.B") }.map(String.init) ?? ""
        let cell = Array(row)[outline.maxX - 1]
        #expect(cell == "…", "\(row)")
    }

    @Test(arguments: [Size(width: 120, height: 40), Size(width: 200, height: 50)])
    func plusAndMinusMoveTheSplit(size: Size) {
        var state = Fixtures.state(size.width, size.height)
        let width = state.layout.panes[.outline]!.width
        state.type("+")
        #expect(state.layout.panes[.outline]!.width == width + BrowserState.outlineWidthStep)
        #expect(
            state.layout.panes[.reader]!.width < Fixtures.state(size.width, size.height).layout.panes[.reader]!.width)
        state.type("--")
        #expect(state.layout.panes[.outline]!.width == width - BrowserState.outlineWidthStep)
        for _ in 0..<30 { state.type("-") }
        #expect(state.layout.panes[.outline]!.width == Layout.narrowestOutline)
        #expect(state.message?.text == "the outline is as narrow as it goes")
        for _ in 0..<60 { state.type("+") }
        #expect(state.message?.text == "the outline is as wide as it goes")
        #expect(state.layout.panes[.reader]!.width > 20)
    }
}
