import CableData
import CableModel
import TestSupport
import Testing

/// Hostile text loads, and the model keeps it verbatim: showing it safely is the screen's job.
@Suite struct HostileTextTests {
    @Test(arguments: HostileText.escapes + HostileText.tricks)
    func hostileCharactersStayInTheirParagraph(_ hostile: (name: String, text: String)) throws {
        let cable = try #require(
            try CableLoader.load(
                HostileText.cable(paragraphs: [
                    "Before \(hostile.text) after.", "The next paragraph.",
                ]), knowledge: .bundled
            ).first)
        #expect(cable.header.id == "10ALPHA1")
        #expect(cable.units.map(\.id) == ["1", "2", "3"], "\(hostile.name)")
        #expect(cable.unit(id: "1")?.text.contains(hostile.text) == true, "\(hostile.name)")
        #expect(cable.unit(id: "2")?.text == "The next paragraph.")
    }

    @Test func everyEscapeInOneParagraph() throws {
        let all = (HostileText.escapes + HostileText.tricks).map(\.text).joined(separator: " ")
        let cable = try #require(try CableLoader.load(HostileText.cable(paragraphs: [all]), knowledge: .bundled).first)
        #expect(cable.units.count == 2)
        #expect(cable.unit(id: "1")?.text == all)
    }

    @Test func tenMegabyteLine() throws {
        let cable = try #require(try CableLoader.load(HostileText.longLine(megabytes: 10), knowledge: .bundled).first)
        #expect(cable.units.count == 2)
        #expect(cable.units[0].text.utf8.count == 10 * 1_048_576 / 5 * 5 + 4)
    }

    @Test func hundredThousandUnnumberedParagraphs() throws {
        let cable = try #require(
            try CableLoader.load(HostileText.unnumberedParagraphs(100_000), knowledge: .bundled).first)
        #expect(cable.units.count == 100_000)
        #expect(cable.units.last?.id == "u100000")
        #expect(cable.unit(id: "u54321")?.text == "Paragraph 54321 says something short.")
    }

    /// Paragraph numbers stop at 999 (a longer number opening a line is a year or a figure, not a paragraph), so
    /// the paragraphs after 999 are paragraphs of unit 999 (the `¶` that the conversion set before a number is
    /// dropped): one unit of about 99,000 paragraphs.
    @Test func hundredThousandNumberedParagraphs() throws {
        let cable = try #require(
            try CableLoader.load(HostileText.numberedParagraphs(100_000), knowledge: .bundled).first)
        #expect(cable.units.count == 999)
        #expect(cable.units.last?.id == "999")
        let last = try #require(cable.units.last?.text)
        #expect(last.hasPrefix("Paragraph 999 says something short.\n\n1000. (U) Paragraph 1000"))
        #expect(last.contains("\n\n100000. (U) Paragraph 100000 says something short.\n\n"))
    }

    @Test func circularReferencesLoad() throws {
        let cable = try #require(try CableLoader.load(HostileText.circularReferences(50), knowledge: .bundled).first)
        #expect(cable.units.count == 51)
        #expect(cable.unit(id: "3")?.text == "As Paragraph 3 says, see Paragraph 4.")
    }

    @Test func referencesFromEveryParagraphToEveryParagraph() throws {
        let cable = try #require(
            try CableLoader.load(HostileText.referencesFromEveryToEvery(300), knowledge: .bundled).first)
        #expect(cable.units.count == 301)
        #expect(cable.units.dropLast().allSatisfy { $0.text.hasSuffix("Paragraph 300.") })
    }
}
