import CableModel
import Testing

/// A table of contents numbered like the paragraphs it lists stays one block of lines; the paragraphs below keep
/// their numbers.
@Suite struct ContentsListTests {
    static let contents =
        "¶1.   Overview\n¶2.   (North)   Roads and Bridges\n¶3.   (South)   Ports\n¶4.   Outlook, Risks Etc.\n\n"
    static let paragraphs =
        "¶1.   Overview\n\nThe ministry said the roads would be finished by spring.\n\n"
        + "¶2.   (North)   Roads and Bridges\n\nTwo bridges opened last month, a third is late.\n\n"
        + "¶3.   (South)   Ports\n\nThe port handled more ships than a year ago.\n\n"
        + "¶4.   Outlook, Risks Etc.\n\nThe budget for next year is not yet passed.\n"

    @Test func contentsAreOneBlock() throws {
        let cable = try SyntheticCable.load(Self.contents + Self.paragraphs)
        #expect(cable.units.map(\.id) == ["u1", "1", "2", "3", "4"])
        #expect(cable.units.first?.text.split(separator: "\n").count == 4)
        #expect(cable.units.last?.text.hasSuffix("not yet passed.") == true)
        // NB: `check` does not count the contents as text before the first paragraph; a sentence there it does.
        #expect(cable.problems.isEmpty)
        let stray = try SyntheticCable.load("The ministry met.\n\n" + Self.paragraphs)
        #expect(stray.problems.map(\.message) == ["text before the first paragraph (unit u1)"])
    }

    @Test func aListNotRepeatedBelowOpensParagraphs() throws {
        let list = "¶1.   The roads were paved.\n¶2.   The bridges opened.\n¶3.   The ports grew.\n"
        let cable = try SyntheticCable.load(list)
        #expect(cable.units.map(\.id) == ["1", "2", "3"])
    }
}
