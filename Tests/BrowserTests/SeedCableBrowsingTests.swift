import CableModel
import Testing

@testable import Browser

/// The browser on the bundled cable with the real index and statistics: the seed facts, reached by keys.
@Suite struct SeedCableBrowsingTests {
    @Test func statuteReferencesStepThroughTheFourteenMentions() {
        var state = Fixtures.state(120, 40)
        var units: [String] = []
        for _ in 0..<14 {
            state.type("]")
            units.append(state.currentID)
        }
        #expect(Set(units) == ["27.A", "27.B", "27.D", "27.E"])
        #expect(
            units == units.sorted { state.document.cable.position(of: $0)! <= state.document.cable.position(of: $1)! })
        state.type("]")
        #expect(state.message?.text == "statute references: wrapped to the top")
        #expect(StatusSegments.statuteText(state) == "Art. 130.1 1/14 · mention 1/3")
    }

    @Test func theSameStatuteStepsThroughItsMentions() {
        var state = Fixtures.state(120, 40)
        state.type("]")
        var units = [state.currentID]
        state.type("))")
        units.append(state.currentID)
        #expect(StatusSegments.statuteText(state)?.hasSuffix("mention 3/3") == true)
        state.type("(")
        units.append(state.currentID)
        #expect(units == ["27.A", "27.E", "27.B"])
        let text = state.document.texts[state.cursor!.span.unit].scalars(of: state.cursor!.span.field)
        let written = String(String.UnicodeScalarView(text[state.cursor!.span.range]))
        #expect(written.lowercased().contains("130.1"))
    }

    @Test func enterOnAStatuteShowsItsIndexEntryWithThisMentionSelected() {
        var state = Fixtures.state(200, 50)
        state.type("])⏎")
        #expect(state.focus == .index)
        #expect(state.openIndexEntry?.title == "Article 130.1 of the Criminal Code")
        #expect(state.index.mentions.selection == 1)
        state.type("j⏎")
        #expect(state.currentID == "27.E")
        #expect(StatusSegments.statuteText(state)?.hasSuffix("mention 3/3") == true)
    }

    @Test func searchCountsWhatTheIndexFinds() {
        var state = Fixtures.state(120, 40)
        state.type("/cotton")
        let index = CableIndex.build(Fixtures.seedCable, knowledge: Fixtures.knowledge)
        let expected = index.search("cotton").matches.count
        #expect(expected > 1)
        #expect(state.search.matches.count == expected)
        #expect(state.frame.contains("\(expected) matches"))
        state.type("⏎n")
        #expect(StatusSegments.searchText(state) == "/cotton 2/\(expected)")
    }

    @Test func crossReferencesLeadToTheParagraphsTheyName() {
        var state = Fixtures.state(120, 40)
        state.type("}")
        #expect(state.currentID == "26.D")
        state.type("⏎")
        #expect(state.currentID == "26.B")
        state.press(.backspace)
        state.type("}")
        #expect(state.currentID == "27.I")
        state.type("⏎")
        #expect(state.currentID == "25.B")
    }

    @Test func theStatisticsShowFourTablesAndLeadToTheirSentences() {
        var state = Fixtures.state(200, 50)
        #expect(state.document.findings.tables.map(\.title).count == 4)
        state.type("2")
        let table = state.currentTable!
        #expect(!table.rows.isEmpty)
        state.type("⏎")
        #expect(state.focus == .reader)
        guard case .figure = state.cursor?.kind else { return #expect(Bool(false)) }
        let span = state.cursor!.span
        let text = state.document.texts[span.unit].scalars(of: span.field)
        #expect(!text[span.range].isEmpty)
    }

    @Test func theIndexGroupsWhatTheCableMentions() {
        let groups = Fixtures.seedDocument().findings.indexGroups
        #expect(groups.first?.title == "Statutes")
        #expect(groups.first?.entries.count == 7)
        #expect(groups.contains { $0.title == "Places" && $0.entries.contains { $0.title == "Dushanbe" } })
        #expect(groups.contains { $0.title == "Paragraph references" && $0.entries.count == 2 })
    }
}
