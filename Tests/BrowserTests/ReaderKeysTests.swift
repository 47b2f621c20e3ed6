import Testing

@testable import Browser

/// The keys readers bring from less and vim: Ctrl-C in a prompt, half and whole pages, `:q`, `:p5`, marks, and a
/// word for keys that do nothing.
@Suite struct ReaderKeysTests {
    @Test func ctrlCInAPromptCancelsItAndElsewhereInterrupts() {
        var state = Fixtures.state()
        state.type("/cotton")
        #expect(state.search.isActive)
        let cancelled = state.press(.control("c"))
        #expect(state.prompt == nil)
        #expect(!cancelled.contains(.quit))
        #expect(!state.search.isActive)
        state.type(":27")
        #expect(!state.press(.control("c")).contains(.quit))
        #expect(state.prompt == nil)
        let outside = state.press(.control("c"))
        #expect(outside.contains(.quit) && outside.contains(.interrupt))
    }

    @Test func halfPagesAndPagesWithControlKeys() {
        var state = Fixtures.state(80, 24)
        state.type("2")
        state.type("1")
        _ = state.focusPane(.reader)
        let height = state.contentRect(of: .reader).height
        let top = state.readerTopLine
        state.press(.control("d"))
        #expect(state.readerTopLine == top + height / 2)
        state.press(.control("f"))
        #expect(state.readerTopLine == top + height / 2 + height - 1)
        state.press(.control("b"))
        state.press(.control("u"))
        #expect(state.readerTopLine == top)
    }

    @Test func colonQQuitsAndColonPGoesToAPage() {
        var state = Fixtures.state()
        #expect(state.type(":q⏎").contains(.quit))
        state = Fixtures.state()
        state.type(":p5⏎")
        #expect(state.currentUnit?.page == 5)
        #expect(state.message?.text.hasPrefix("page 5:") == true)
        state.type(":page 2⏎")
        #expect(state.currentUnit?.page == 2)
        state.type(":p99⏎")
        #expect(state.message?.text == "no page 99 in this cable")
        #expect(state.currentUnit?.page == 2)
    }

    @Test func aPagePastTheLastSaysSo() throws {
        var state = try Fixtures.state(text: "1. One paragraph.\n\n2. Another paragraph.\n")
        state.type(":p2⏎")
        #expect(state.message?.text == "no page 2 in this cable")
        state.type("G:p1⏎")
        #expect(state.currentID == "1")
    }

    @Test func marksRememberAPlaceByLetter() {
        var state = Fixtures.state()
        state.type(":27e⏎ma")
        #expect(state.message?.text == "marked 27.E as a")
        state.type("gg")
        state.type("'a")
        #expect(state.currentID == "27.E")
        state.type("'b")
        #expect(state.message?.text == "no mark b: mb sets it")
        state.type("m1")
        #expect(state.message?.text == "a mark is a letter: 1 is not one")
    }

    @Test func aKeyThatDoesNothingSaysSo() {
        var state = Fixtures.state()
        state.type("Q")
        #expect(state.message?.text == "Q does nothing here: ? lists the keys")
    }

    @Test func messagesNameTheKeysOfTheKeyMap() {
        let bindings = KeyMap.standard.bindings.map { binding in
            switch binding.action {
            case .quit: KeyBinding(.quit, binding.scope, [.character("x")], binding.help, hint: binding.hint)
            case .search: KeyBinding(.search, binding.scope, [.character("f")], binding.help, hint: binding.hint)
            default: binding
            }
        }
        var state = BrowserState(
            document: Fixtures.seedDocument(), size: Size(width: 30, height: 10), keyMap: KeyMap(bindings))
        #expect(state.frame.contains("enlarge it, or x to quit"))
        state = BrowserState(
            document: Fixtures.seedDocument(), size: Size(width: 120, height: 40), keyMap: KeyMap(bindings))
        state.type("n")
        #expect(state.message?.text == "no search yet: f searches")
    }
}
