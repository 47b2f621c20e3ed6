import CableData
import CableModel
import Testing

/// Classification lines in the misspelled, flattened and labelled forms some exports write, in sentences written for
/// these tests.
@Suite struct ClassificationFormTests {
    static func cable(_ text: String) throws -> Cable {
        try CableLoader.loadFirst(Array(text.utf8), knowledge: .bundled)
    }

    static let envelope = "R 030915Z MAR 08\nFM AMEMBASSY QUITO\nTO SECSTATE WASHDC 0202\n\n"
    static let body = "\n\n¶1. (C) The mayor opened the market on Friday.\n"

    /// A level misspaced, with a letter doubled or its first letter lost, before its post and number.
    @Test func misspelledLevels() throws {
        let lines = [
            "CO N F I D E N T I A L QUITO 000318": "CONFIDENTIAL",
            "SE C R E T SECTION 01 OF 02 QUITO 000318": "SECRET",
            "C ONFIDENTIAL QUITO 000318": "CONFIDENTIAL",
            "C C O N F I D E N T I A L QUITO 000318": "CONFIDENTIAL",
            "NCLAS SECTION 01 OF 02 QUITO 000318": "UNCLASSIFIED",
        ]
        for (line, level) in lines {
            let cable = try Self.cable(Self.envelope + line + Self.body)
            #expect(cable.header.classification == level, "\(line)")
            #expect(cable.header.number == 318, "\(line)")
            #expect(cable.units.map(\.id) == ["1"], "\(line)")
        }
    }

    /// Without its post and number a misspelled level is a sentence's word, not a classification.
    @Test func misspelledLevelNeedsItsNumber() throws {
        let text = "Plain notes\n\nSE C R E T meetings were held.\n\nThe mayor left.\n"
        #expect(try Self.cable(text).header.classification == nil)
    }

    /// A header flattened onto one line: the date glued to a spaced level, the number glued to the next field.
    @Test func flattenedHeaderLine() throws {
        let line =
            "Filed:2008-03-03T09:15:00C O N F I D E N T I A L QUITO 000318SIPDISE.O. 12958: DECL: 03/03/2018"
            + "TAGS: PREL EC"
        let cable = try Self.cable(Self.envelope + line + "\nSUBJECT: MARKET DAY" + Self.body)
        #expect(cable.header.classification == "CONFIDENTIAL")
        #expect(cable.header.post == "QUITO")
        #expect(cable.header.number == 318)
        #expect(cable.header.subject == "MARKET DAY")
    }

    /// The level's last letter glued to the post.
    @Test func levelGluedToPost() throws {
        let cable = try Self.cable(Self.envelope + "C O N F I D E N T I A LQUITO 000318 SIPDIS" + Self.body)
        #expect(cable.header.classification == "CONFIDENTIAL")
        #expect(cable.header.post == "QUITO")
        #expect(cable.header.number == 318)
    }

    /// A header on one line longer than 400 bytes, its addressees and fields after the number.
    @Test func longFlattenedLine() throws {
        let passes = Array(repeating: "AMEMBASSY LIMA PASS TO AMCONSUL GUAYAQUIL", count: 12).joined(separator: " ")
        let cable = try Self.cable(Self.envelope + "C O N F I D E N T I A L QUITO 000318 SIPDIS " + passes + Self.body)
        #expect(cable.header.classification == "CONFIDENTIAL")
        #expect(cable.header.number == 318)
        #expect(cable.units.map(\.id) == ["1"])
    }

    /// An export's field boundary between the routing line and the level.
    @Test func levelAfterAFieldBoundary() throws {
        let cable = try Self.cable(
            Self.envelope + "RUEHLP/AMEMBASSY LIMA 0404\",\"UNCLAS SECTION 01 OF 02 QUITO 000318" + Self.body)
        #expect(cable.header.classification == "UNCLASSIFIED")
        #expect(cable.header.number == 318)
        #expect(!cable.header.info.contains { $0.name.contains("\"") })
    }

    /// `CLASSIFICATION: SECRET` in an export's record.
    @Test func labelledLevel() throws {
        let cable = try Self.cable(
            Self.envelope + "SOURCE: Embassy Quito\nCLASSIFICATION: SECRET//NOFORN\n\nSIPDIS" + Self.body)
        #expect(cable.header.classification == "SECRET//NOFORN")
    }

    /// With no classification line, the envelope's security marker gives the level.
    @Test func securityMarkerGivesTheLevel() throws {
        let envelope = "DE RUEHQT #0318/01 0630915\nZNY SSSSS ZZH\n" + Self.envelope
        let cable = try Self.cable(envelope + "SIPDIS\nE.O. 12958: DECL: 03/03/2018" + Self.body)
        #expect(cable.header.classification == "SECRET")
        let marked = try Self.cable(envelope + "CONFIDENTIAL QUITO 000318" + Self.body)
        #expect(marked.header.classification == "CONFIDENTIAL")
    }

    /// A preview cut short with `...`, then its classification line and fields again run together: the record's body
    /// is the cable's, and no header text stays in it; a record that repeats the header alone keeps the preview's text.
    @Test func classificationLineRepeatedAfterAPreview() throws {
        let preview =
            Self.envelope + "C O N F I D E N T I A L QUITO 000318\n\nSIPDIS\n\nSUBJECT: MARKET DAY\n\n"
            + "Classified By: CDA John Doe for reasons 1...\n\n"
        let record =
            "C O N F I D E N T I A L QUITO 000318 SIPDIS E.O. 12958: DECL: 03/03/2018 TAGS: PREL EC\n"
            + "SUBJECT: MARKET DAY\nClassified By: CDA John Doe for reasons 1.4 (b) and (d) 1. (C) The mayor opened "
            + "the market on Friday.\n\n¶2. (C) The market closed at noon.\n"
        let cable = try Self.cable(preview + record)
        #expect(cable.units.map(\.id) == ["1", "2"])
        #expect(cable.units.first?.text == "The mayor opened the market on Friday.")
        let headerOnly = try Self.cable(preview + "¶1. (C) The mayor...\n\n" + record.prefix { $0 != "\n" } + "\n")
        #expect(headerOnly.units.map(\.id) == ["1"])
        #expect(headerOnly.units.first?.text.hasPrefix("The mayor...") == true)
    }

    /// No classification line and no envelope marker: the highest portion marking gives the level.
    @Test func portionMarkingsGiveTheLevelWhereNoLineDoes() throws {
        let fields = "Sensitive\n\nE.O. 12958: N/A\nTAGS: PREL EC\n\nSUBJECT: MARKET DAY\n\n"
        let paragraphs = [
            "¶1. (U) The mayor spoke.\n\n¶2. (SBU) The market opened.\n": "UNCLASSIFIED",
            "¶1. (SBU) The mayor spoke.\n\n¶2. (C/NF) The market opened.\n": "CONFIDENTIAL",
            "¶1. (S) The mayor spoke.\n\n¶2. (C) The market opened.\n": "SECRET",
        ]
        for (body, level) in paragraphs {
            #expect(try Self.cable(Self.envelope + fields + body).header.classification == level, "\(body)")
        }
        let withLine = try Self.cable(Self.envelope + "UNCLAS QUITO 000318\n\n" + fields + "¶1. (C) The mayor spoke.\n")
        #expect(withLine.header.classification == "UNCLASSIFIED")
        let unmarked = try Self.cable(Self.envelope + fields + "¶1. The mayor spoke.\n")
        #expect(unmarked.header.classification == nil)
    }
}
