import Testing

@testable import Browser

/// Action tests: a state and keys give a state; nothing is drawn.
@Suite struct NavigationTests {
    @Test func theBrowserOpensAtTheFirstUnitWithTheOutlineFocused() {
        let state = Fixtures.state()
        #expect(state.currentID == "1")
        #expect(state.focus == .outline)
        #expect(state.topID == "1")
        #expect(state.outlineRows.first == 0)
        #expect(state.document.cable.units[0].id == "header")
    }

    @Test func movingInTheOutlineSelectsAUnitAndTheReaderFollows() {
        var state = Fixtures.state()
        #expect(state.type("jjj") == .redraw)
        #expect(state.currentID == "25.A")
        #expect(state.topID == "25.A")
        state.type("G")
        #expect(state.currentID == state.document.cable.units.last?.id)
        state.type("g")
        #expect(state.currentID == "header")
        #expect(state.type("k") == .none)
        state.type("j")
        #expect(state.currentID == "1")
    }

    @Test func sectionsFoldAndUnfold() {
        var state = Fixtures.state()
        let allRows = state.outlineRows.count
        state.type("jjjj")
        #expect(state.currentID == "25.B")
        state.type("h")
        #expect(state.currentID == "25")
        #expect(state.outlineRows.count == allRows - 5)
        state.type("j")
        #expect(state.currentID == "26")
        state.type("kl")
        #expect(state.outlineRows.count == allRows)
        state.type("hh")
        #expect(state.outlineRows.count == allRows - 5)
    }

    @Test func goToFindsUnitsByTheIdsUsersType() {
        for (typed, id) in [("27e", "27.E"), ("27.E", "27.E"), ("4", "4"), ("25 b", "25.B"), ("u1", "u1")] {
            var state = Fixtures.state()
            state.type(":" + typed + "⏎")
            #expect(state.currentID == id, "typed \(typed)")
            #expect(state.focus == .reader)
            #expect(state.prompt == nil)
        }
    }

    @Test func goToAnUnknownIdSaysSoAndStays() {
        var state = Fixtures.state()
        state.type(":99⏎")
        #expect(state.currentID == "1")
        #expect(state.message?.kind == .warning)
        #expect(state.message?.text.contains("no unit \"99\"") == true)
        #expect(state.jumps.entries.isEmpty)
    }

    @Test func goToUnfoldsTheSectionItLandsIn() {
        var state = Fixtures.state()
        state.type("jjjh")
        #expect(state.outline.folded.count == 1)
        state.type(":25c⏎")
        #expect(state.currentID == "25.C")
        #expect(state.outline.folded.isEmpty)
    }

    @Test func escapeAtThePromptRestoresTheView() {
        var state = Fixtures.state()
        state.type("jj")
        let before = state.location
        state.type(":27")
        #expect(state.prompt?.text == "27")
        state.type("⎋")
        #expect(state.prompt == nil)
        #expect(state.location == before)
        state.type(":⌫")
        #expect(state.prompt == nil)
    }

    @Test func thePromptRecallsEarlierEntries() {
        var state = Fixtures.state()
        state.type(":27e⏎:4⏎:")
        state.press(.up)
        #expect(state.prompt?.text == "4")
        state.press(.up)
        #expect(state.prompt?.text == "27e")
        state.press(.down)
        state.press(.down)
        #expect(state.prompt?.text == "")
    }

    @Test func theJumpListGoesBackAndForwardRestoringPaneAndScroll() {
        var state = Fixtures.state()
        state.type("jj")
        let start = state.location
        state.type(":27e⏎")
        state.type("     ")
        let scrolled = state.location
        state.type(":4⏎")
        #expect(state.currentID == "4")
        state.press(.backspace)
        #expect(state.location == scrolled)
        state.press(.control("o"))
        #expect(state.location == start)
        #expect(state.focus == .outline)
        state.press(.backspace)
        #expect(state.message?.text.contains("no earlier") == true)
        state.type("L")
        #expect(state.location == scrolled)
        state.type("L")
        #expect(state.currentID == "4")
        state.type("L")
        #expect(state.message?.text.contains("no later") == true)
    }

    @Test func readingContinuesFromOneUnitIntoTheNext() {
        var state = Fixtures.state(80, 24)
        state.type("1⇥")
        #expect(state.focus == .reader)
        var seen: [String] = [state.currentID]
        for _ in 0..<40 {
            state.type(" ")
            if seen.last != state.currentID { seen.append(state.currentID) }
        }
        #expect(seen.count > 10)
        #expect(seen.prefix(4) == ["1", "2", "25", "25.A"] || seen.contains("25.B"))
        state.type("G")
        #expect(state.readerTopLine == state.readerLayout.lines.count - state.contentRect(of: .reader).height)
    }

    @Test func leftAndRightInTheReaderStepByUnit() {
        var state = Fixtures.state()
        state.type("⇥ll")
        #expect(state.currentID == "25")
        #expect(state.topID == "25")
        state.type("h")
        #expect(state.currentID == "2")
        state.type("hh")
        #expect(state.currentID == "header")
        state.type("h")
        #expect(state.message?.text == "at the first unit")
    }

    @Test func tabAndNumbersMoveTheFocus() {
        var state = Fixtures.state()
        var order: [PaneID] = []
        for _ in 0..<4 {
            state.type("⇥")
            order.append(state.focus)
        }
        #expect(order == [.reader, .statistics, .index, .outline])
        state.press(.backTab)
        #expect(state.focus == .index)
        state.type("1")
        #expect(state.focus == .outline)
        state.type("⇥2")
        #expect(state.focus == .statistics)
        state.type("1")
        #expect(state.focus == .reader)
        state.type("3")
        #expect(state.focus == .index)
    }

    @Test func zoomGivesTheFocusedPaneTheWholeBody() {
        var state = Fixtures.state(200, 50)
        #expect(state.layout.panes.count == 4)
        state.type("z")
        #expect(Array(state.layout.panes.keys) == [.outline])
        #expect(state.layout.panes[.outline]?.width == 200)
        state.type("⇥")
        #expect(Array(state.layout.panes.keys) == [.reader])
        state.type("z")
        #expect(state.layout.panes.count == 4)
    }

    @Test func resizingKeepsTheLineBeingRead() {
        var state = Fixtures.state(200, 50)
        state.type(":27e⏎jjjjjj")
        let anchor = state.reader.top
        #expect(anchor.unit == state.document.cable.position(of: "27.E"))
        for size in [Size(width: 80, height: 24), Size(width: 40, height: 12), Size(width: 200, height: 50)] {
            #expect(state.handle(.resize(size)) == .repaint)
            let layout = state.readerLayout
            let line = layout.lines[state.readerTopLine]
            #expect(line.unit == anchor.unit)
            #expect(line.part == anchor.part)
            #expect(line.range.lowerBound <= anchor.offset)
        }
    }

    @Test func resizingKeepsTheCursorInView() {
        var state = Fixtures.state(200, 50)
        state.type("]))")
        #expect(state.isShownInReader(state.cursor!.span))
        for size in [Size(width: 40, height: 12), Size(width: 80, height: 24), Size(width: 200, height: 50)] {
            _ = state.handle(.resize(size))
            #expect(state.isShownInReader(state.cursor!.span), "\(size)")
        }
    }

    @Test func quitRedrawAndTheTooSmallScreen() {
        var state = Fixtures.state()
        #expect(state.type("q") == .quit)
        #expect(state.press(.control("c")) == [.quit, .interrupt])
        #expect(state.press(.control("l")) == .repaint)
        _ = state.handle(.resize(Size(width: 39, height: 11)))
        #expect(state.type("j") == .none)
        #expect(state.frame.contains("Terminal too small"))
        #expect(state.type("q") == .quit)
    }
}

/// `<` and `>`: the other cables of a file that holds several; the event loop opens the one asked for.
@Suite struct CablePlaceTests {
    @Test func aFileWithOneCableSaysSo() {
        var state = Fixtures.state()
        #expect(state.type(">") == .redraw)
        #expect(state.message?.text == "this file holds one cable")
        #expect(state.place.requested == nil)
    }

    @Test func theNextAndPreviousCablesAreAskedForWithinTheFile() {
        var state = Fixtures.state()
        state.place = CablePlace(position: 0, count: 3)
        #expect(state.type("<") == .redraw)
        #expect(state.message?.text == "at the first cable of the file")
        #expect(state.type(">").contains(.switchCable))
        #expect(state.place.requested == 1)
        state.place = CablePlace(position: 2, count: 3)
        #expect(state.type(">") == .redraw)
        #expect(state.message?.text == "at the last cable of the file")
        #expect(state.frame.hasPrefix(" 10DUSHANBE170 (3/3)"))
    }
}
