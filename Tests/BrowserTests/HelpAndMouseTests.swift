import Testing

@testable import Browser

@Suite struct HelpAndMouseTests {
    @Test func theHelpScreenListsEveryBindingOfTheKeyMap() {
        let lines = HelpScreen.lines(keyMap: .standard, width: 1000)
        for binding in KeyMap.standard.bindings {
            #expect(lines.contains { $0.keys == binding.keyLabels && $0.text == binding.help }, "\(binding.action)")
        }
        for scope in KeyScope.allCases { #expect(lines.contains { $0.isTitle && $0.text == scope.title }) }
    }

    @Test func helpOpensScrollsAndCloses() {
        var state = Fixtures.state(80, 24)
        state.type("?")
        #expect(state.help != nil)
        #expect(state.frame.contains("Everywhere"))
        state.type("jjj")
        #expect(state.help?.scroll == 3)
        state.type("G")
        #expect(state.help!.scroll > 3)
        state.type("?")
        #expect(state.help == nil)
        state.type("?q")
        #expect(state.help == nil)
    }

    @Test func statusHintsComeFromTheFocusedPanesBindings() {
        let hints = KeyMap.standard.hints(for: .pane(.outline))
        #expect(hints.first == "← fold")
        #expect(hints.contains("/ search"))
        var state = Fixtures.state(200, 50)
        #expect(state.frame.split(separator: "\n").last?.contains("← fold") == true)
        state.type("⇥")
        #expect(state.frame.split(separator: "\n").last?.contains("← unit") == true)
    }

    @Test func aClickFocusesAPaneAndSelectsTheRowUnderIt() {
        var state = Fixtures.state(120, 40)
        let reader = state.layout.content(of: .reader)!
        _ = state.handle(.mouse(MouseEvent(.press, column: reader.x + 5, row: reader.y + 3)))
        #expect(state.focus == .reader)
        let outline = state.layout.content(of: .outline)!
        _ = state.handle(.mouse(MouseEvent(.press, column: outline.x + 2, row: outline.y + 4)))
        #expect(state.focus == .outline)
        #expect(state.currentID == "25.A")
    }

    @Test func theWheelScrollsThePaneUnderThePointer() {
        var state = Fixtures.state(120, 40)
        let reader = state.layout.content(of: .reader)!
        let top = state.readerTopLine
        _ = state.handle(.mouse(MouseEvent(.wheelDown, column: reader.x + 5, row: reader.y + 3)))
        #expect(state.readerTopLine == top + BrowserState.wheelStep)
        #expect(state.focus == .outline)
    }

    @Test func aClickOnATabFocusesItsPane() {
        var state = Fixtures.state(80, 24)
        let tabRow = state.layout.tabRow!
        let index = TabRow.tabs(width: tabRow.width).first { $0.pane == .index }!
        _ = state.handle(.mouse(MouseEvent(.press, column: index.columns.lowerBound + 1, row: tabRow.y)))
        #expect(state.focus == .index)
    }
}
