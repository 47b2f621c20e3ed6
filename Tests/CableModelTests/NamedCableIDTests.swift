import CableData
import CableModel
import Testing

/// A partial extract keeps its classification line but not its date-time group: the file's name, when it names
/// that very cable, gives the year of its id and of its REF ids.
@Suite struct NamedCableIDTests {
    /// A partial extract of our own: no envelope, no date, a classification line, a REF without a year.
    private static let extract = """
        This record is a partial extract of the original cable. The full text of the original cable is not available.

        C O N F I D E N T I A L SECTION 01 OF 02 LIMA 000120

        SIPDIS

        E.O. 12958: DECL: 07/01/2014
        TAGS: PREL PGOV PE
        SUBJECT: A MEETING AT THE MINISTRY

        REF: A. LIMA 99 B. STATE 4455

        Classified By: Political Counselor Jane Roe, reasons 1.4 (b) and (d).

        1. (C) The minister received the delegation on Tuesday and spoke at length about the harvest.

        """

    private static func load(_ text: String, name: String?) throws -> Cable {
        try CableLoader.loadFirst(Array(text.utf8), knowledge: .bundled, name: name)
    }

    @Test func aNameThatNamesTheCableGivesTheYear() throws {
        let cable = try NamedCableIDTests.load(NamedCableIDTests.extract, name: "/some/folder/04LIMA120.txt")
        #expect(cable.title == "04LIMA120")
        #expect(cable.header.references.map(\.cableID) == ["04LIMA99", "04STATE4455"])
        #expect(cable.header.dateTime == nil)
        #expect(cable.problems.contains(.noDate))
        #expect(!cable.problems.contains(.noID))
        #expect(cable.warnings.contains { $0.contains("file name") })
    }

    @Test(arguments: [nil, "05QUITO120.txt", "04LIMA12.txt", "LIMA120.txt", "notes.txt", "4LIMA120.txt"])
    func aNameThatNamesAnotherCableGivesNothing(name: String?) throws {
        let cable = try NamedCableIDTests.load(NamedCableIDTests.extract, name: name)
        #expect(cable.title == "LIMA120")
        #expect(cable.problems.contains(.noID))
    }

    /// The header's own date wins over any name.
    @Test func theHeadersDateWins() throws {
        let dated = "O 121212Z MAR 09\nFM AMEMBASSY LIMA\n" + NamedCableIDTests.extract
        let cable = try NamedCableIDTests.load(dated, name: "04LIMA120.txt")
        #expect(cable.title == "09LIMA120")
        #expect(!cable.warnings.contains { $0.contains("file name") })
    }

    /// A stored source keeps its name, so reading it again gives the same id.
    @Test func aSourceKeepsItsName() throws {
        let bytes = Array(NamedCableIDTests.extract.utf8)
        let piece = try #require(CableSplitter.split(bytes).first)
        let source = try CableLoader.source(piece, name: "04LIMA120.txt")
        #expect(CableLoader.parse(source, knowledge: .bundled).title == "04LIMA120")
    }
}
