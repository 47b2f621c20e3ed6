import CableModel
import Testing

/// Site footers and redaction debris are not the author's words: they leave the text, the words around them stay.
@Suite struct FooterTests {
    private static let first =
        "¶1. (C) The crop was larger than last year and prices fell in the markets of the north.\n\n"

    private func load(_ tail: String) throws -> Cable { try SyntheticCable.load(FooterTests.first + tail) }

    /// Paragraph 2 holds its own sentence and nothing of the footer after it, and the signature is read below it.
    private func expectSecondParagraphAlone(_ cable: Cable, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(
            cable.unit(id: "2")?.text == "Traders expect the surplus to last until spring.",
            sourceLocation: sourceLocation)
        #expect(cable.header.signature == "SMITH", sourceLocation: sourceLocation)
    }

    @Test func footerBoxOnItsOwnLines() throws {
        let cable = try load(
            "¶2. (C) Traders expect the surplus to last until spring.\n\n*****************************\n"
                + "Visit Alpha's Classified Website: http://example.invalid/p/alpha\n*****************************\n"
                + "SMITH\n")
        expectSecondParagraphAlone(cable)
    }

    /// `NNNN` and the envelope printed again after the signature end the transmission: no unit holds them, and the
    /// signature is still read above them.
    @Test(arguments: [
        "\nNNNN\n",
        "\nNNNN\n\nO 161036Z DEC 04\nFM AMEMBASSY ALPHA\nTO AMEMBASSY BETA IMMEDIATE\nAMEMBASSY GAMMA\n",
        "\nVZCZCXRO0001\nOO RUEHAG RUEHBC\nDE RUEHAA #0123/01 3301341\nZNY CCCCC ZZH\nR 261341Z NOV 07\n"
            + "FM AMEMBASSY ALPHA\nTO RUEHC/SECSTATE WASHDC 0001\nINFO RUEHBB/BETA COLLECTIVE PRIORITY\n",
    ])
    func transmissionTailAfterTheSignature(tail: String) throws {
        let cable = try load("¶2. (C) Traders expect the surplus to last until spring.\n\nSMITH\n" + tail)
        #expect(cable.header.signature == "SMITH")
        #expect(cable.units.map(\.id) == ["1", "2"])
        #expect(cable.unit(id: "2")?.text == "Traders expect the surplus to last until spring.")
    }

    /// After `NNNN`, a line that ends a sentence is text, not an envelope: nothing is cut.
    @Test func sentenceAfterTheEndOfMessageStays() throws {
        let cable = try load("¶2. (C) Traders expect a surplus.\n\nNNNN\n\nTHE TALKS RESUME IN MAY.\n")
        #expect(cable.units.contains { $0.text.contains("TALKS RESUME") || $0.heading?.contains("TALKS") == true })
    }

    @Test func shortSentenceInCapitalsIsNoSignature() throws {
        let cable = try load("¶2. (C) Traders expect a surplus.\n\nTHE TALKS FAILED.\n")
        #expect(cable.header.signature == nil)
        #expect(cable.units.contains { $0.text.contains("THE TALKS FAILED") })
    }

    @Test func signatureOfTwoWordsStays() throws {
        let cable = try load("¶2. (C) Traders expect a surplus.\n\nVAN HORN\n")
        #expect(cable.header.signature == "VAN HORN")
    }

    @Test func footerGluedIntoTheLastParagraph() throws {
        let cable = try load(
            "¶2. (C) Traders expect a surplus. ******** ***** Visit Embassy Alpha's Classified Website: "
                + "XXXXXXXXXXXX*********** ******** JONES\n")
        #expect(cable.unit(id: "2")?.text == "Traders expect a surplus.")
        #expect(cable.header.signature == "JONES")
    }

    @Test func footerWhoseLinkOpensTheNextLine() throws {
        let cable = try load(
            "¶2. (C) Traders expect a surplus.\n\nPlease visit Alpha's Classified Web Site at\n"
                + "http://example.invalid/wiki/Portal:Alp ha\n\nBrown\n")
        #expect(cable.unit(id: "2")?.text == "Traders expect a surplus.")
        #expect(cable.units.count == 2)
    }

    @Test(arguments: ["webpage at: ", "web page at:", "website at"])
    func numberedFooterWhoseLinkOpensTheNextLine(label: String) throws {
        let cable = try load(
            "¶2. (C) Traders expect a surplus.\n\n¶3.  Visit the Embassy Alpha classified \(label)\n"
                + "http://example.invalid/p/alpha\n\nBrown\n")
        #expect(cable.unit(id: "2")?.text == "Traders expect a surplus.")
        #expect(cable.units.map(\.id) == ["1", "2"])
    }

    @Test func numberedFooterLeavesNoEmptyParagraph() throws {
        let cable = try load(
            "¶2. (C) Traders expect a surplus.\n\n3.Visit Alpha's classified website: www.example.invalid.\n")
        #expect(cable.units.map(\.id) == ["1", "2"])
    }

    @Test func loneRedactionLineIsDropped() throws {
        let cable = try load("¶2. (C) The buyers were\nXXXXXXXXXXXX\nlocal cooperatives.\n")
        #expect(cable.unit(id: "2")?.text == "The buyers were local cooperatives.")
    }

    @Test func redactionInsideTextStays() throws {
        let cable = try load("¶2. (C) XXXXXXXXXXXX said the buyers were local cooperatives.\n")
        #expect(cable.unit(id: "2")?.text == "XXXXXXXXXXXX said the buyers were local cooperatives.")
    }

    /// A numbered footer whose label wraps onto the next line (`..., visit our` / `classified website at:` / its
    /// link) is not a paragraph: no unit holds it, and the paragraph before it is whole.
    @Test(arguments: ["\n", "\n\n"])
    func footerParagraphWrappedOverLines(gap: String) throws {
        let cable = try load(
            "¶2. (C) Traders expect the surplus to last until spring.\n\n¶3. (U) To read more reporting from Alpha, "
                + "visit our\(gap)classified website at:\(gap)http://example.invalid/p/alpha\n\nSMITH\n")
        #expect(cable.units.map(\.id) == ["1", "2"])
        expectSecondParagraphAlone(cable)
    }

    /// A clause that invites the reader to the site (`For more from Alpha, visit: XXXXXXXXXXXX`) goes with the
    /// footer after it, and so does a link's residue between two footers on one line; the sentence before stays.
    @Test func leadInAndResidueGoWithTheFooter() throws {
        let cable = try load(
            "¶2. (C) Traders expect a surplus. End comment. ****** ****** For more reporting from Alpha, visit: "
                + "XXXXXXXXXXXX Visit Alpha's Classified Website: XXXXXXXXXXXX ha Portal  Visit Alpha's Classified "
                + "Website: XXXXXXXXXXXX ******\n\nSMITH\n")
        #expect(cable.unit(id: "2")?.text == "Traders expect a surplus. End comment.")
        let kept = try load("¶2. (C) Our team will visit the port, and then visit the mills of the north.\n")
        #expect(kept.unit(id: "2")?.text == "Our team will visit the port, and then visit the mills of the north.")
    }
}
