import CableModel
import Foundation
import Testing

/// A message's envelope printed again by another export: before the first paragraph it is the header (the preview
/// above it goes), after the signature it opens a copy of the message (the copy goes).
@Suite struct RepeatedEnvelopeTests {
    static let envelope = "R 140922Z MAR 11\nFM AMEMBASSY ALPHA\nTO RUEHC/SECSTATE WASHDC 0042\n"
    static let header =
        "C O N F I D E N T I A L ALPHA 000321\n\nE.O. 12958: DECL: 03/14/2021\nTAGS: PREL XX\n"
        + "SUBJECT: THE BRIDGE OVER THE RIVER\n\n"
    static let body =
        "1. (C) The governor opened the new bridge over the river on Monday, a year late.\n\n"
        + "2. (C) Traffic across it was light in the first week, officials said.\n\nSMITH\n"

    static func load(_ text: String) throws -> Cable {
        try #require(try CableLoader.load(Array(text.utf8), knowledge: .bundled).first)
    }

    static func texts(_ cable: Cable) -> String {
        cable.units.map { ($0.heading ?? "") + $0.text }.joined(separator: "\n")
    }

    @Test func anEnvelopeThatAFieldRunsIntoAndThatEndsTheTextIsReadAgainOnce() throws {
        // NB: the fuzzer's form (a stack overflow): the REF line runs into a second envelope that ends the text, and
        // each new reading from that envelope found it first again.
        let text =
            "R 140922Z MAR 11\nFM AMEMBASSY ALPHA\nTO RUEHC/SECSTATE WASHDC 0042\nINFO RUEHXX/AMEMBASSY ALPHA\n\n"
            + "C O N F I D E N T I A L ALPHA 000321 \n\nSIPDIS \n\nE.O. 12958: DECL: 2021/03/14 \nTAGS: PREL XX\n"
            + "SUBJECT: The Bridge Over the River - A Year Late \n\nREF: ALPHAVZCZCXYZ0002\n"
            + "OO RUEHXX RUEHYY UUUUU ZZHI\nDE RUEHBE #0163/01 0281320\nZNY CCCCC ZZH\nO 281320Z JAN 10\n"
            + "FM AMEMBASSY BETA\nTO RUEHC/SECSTAmid, a IMMEDIATE 9288\nINFO RUEHXX/ALL POSTS 347; TEAMS I"
        let cable = try Self.load(text)
        #expect(cable.header.dateTime != nil)
    }

    @Test func recordLabelsAfterAPreviewCutShort() throws {
        let preview =
            Self.envelope + "\n" + Self.header + "1. (C) The governor opened ...\n\n===== CABLE ENDS =====\n\n"
        let record =
            "id: 4411\nrefid: 11ALPHA321\norigin: Embassy Alpha\nheader:\n" + Self.envelope
            + "\n---- header ends ----\n\n"
        let cable = try Self.load(preview + record + Self.header + Self.body)
        #expect(cable.units.map(\.id) == ["1", "2"])
        #expect(cable.header.subject == "THE BRIDGE OVER THE RIVER")
        #expect(cable.units.first?.text.hasSuffix("a year late.") == true)
        #expect(!Self.texts(cable).contains("FM AMEMBASSY"))
        #expect(cable.header.signature == "SMITH")
    }

    @Test func tabRowAfterAnEnvelopeAlone() throws {
        let row = "4411\t2011-03-14 09:22:00\t11ALPHA321\tEmbassy Alpha\tCONFIDENTIAL\t\t" + Self.envelope + "\t"
        let cable = try Self.load(Self.envelope + "\n" + row + Self.header + Self.body)
        #expect(cable.units.map(\.id) == ["1", "2"])
        #expect(cable.header.classification == "CONFIDENTIAL")
        #expect(!Self.texts(cable).contains("FM AMEMBASSY"))
    }

    @Test func aCopyGluedAfterTheSignatureGoes() throws {
        let copy = "\tEmbassy Alpha\tCONFIDENTIAL\t\t" + Self.envelope + "\t" + Self.header + Self.body
        let text = Self.envelope + "\n" + Self.header + Self.body.replacingOccurrences(of: "SMITH\n", with: "SMITH")
        let cable = try Self.load(text + copy)
        #expect(cable.units.map(\.id) == ["1", "2"])
        #expect(cable.header.signature == "SMITH")
        #expect(!Self.texts(cable).contains("Embassy Alpha"))
    }

    @Test func anEnvelopeAfterASentenceStaysText() throws {
        let quoted = "1. (C) The governor opened the new bridge over the river on Monday.\n\n" + Self.envelope
        let cable = try Self.load(Self.envelope + "\n" + Self.header + quoted + "\n" + Self.body)
        #expect(Self.texts(cable).contains("FM AMEMBASSY ALPHA"))
    }

    @Test func anotherMessagesEnvelopeIsAnotherCable() throws {
        let other = "R 020101Z JAN 11\nFM AMEMBASSY ALPHA\nTO RUEHC/SECSTATE WASHDC 0001\n\n"
        let text = Self.envelope + "\n" + Self.header + "Gist\n\n" + other + Self.body
        let cables = try CableLoader.load(Array(text.utf8), knowledge: .bundled)
        #expect(cables.count == 2)
        #expect(cables.first.map(Self.texts) == "Gist")
        #expect(cables.last?.units.map(\.id) == ["1", "2"])
    }
}
