import CableModel
import Testing

/// Paragraph markers that used to be swallowed by the paragraph before: after a line of dashes, inside a line after
/// a finished sentence, and item letters glued to the text before them.
@Suite struct MarkerTests {
    private func ids(_ body: String) throws -> [String] { try SyntheticCable.load(body).units.map(\.id) }

    @Test(arguments: ["-", "- ", "--", "*", "***", "-----"])
    func markerAfterALineOfDashes(separator: String) throws {
        let body = "1. (C) The mill closed in May.\n\(separator)\n2. (C) Its workers went south.\n"
        let cable = try SyntheticCable.load(body)
        #expect(cable.units.map(\.id) == ["1", "2"])
        #expect(cable.units.first?.text == "The mill closed in May.")
    }

    @Test func numberAfterAFinishedSentenceInsideALine() throws {
        let body = "1. (C) The ferry ran late. 2. (C) The port was shut on Friday. Traders waited.\n"
        let cable = try SyntheticCable.load(body)
        #expect(cable.units.map(\.id) == ["1", "2"])
        #expect(cable.units.map(\.text) == ["The ferry ran late.", "The port was shut on Friday. Traders waited."])
    }

    /// A paragraph numbered out of order right under a heading opens its unit; under a paragraph a lower number
    /// is a list entry.
    @Test func numberOutOfOrderUnderAHeading() throws {
        let body =
            "1. (U) The harvest was good.\n\nRoads In The North\n------\n\n¶3. (U) The roads were mended.\n\n"
            + "Ports In The South\n------\n\n¶2. (U) The ports stayed shut.\n"
        #expect(try ids(body) == ["1", "h1", "3", "h2", "2"])
        let listed = "1. (U) The harvest was good.\n\n3. (U) The plan has steps:\n\n2. Mend the road first.\n"
        #expect(try ids(listed) == ["1", "3"])
    }

    /// A paragraph number written without its period before a portion marking (`2 (C) The ...`) opens its unit in
    /// the body, after a blank line or a finished sentence; in a sentence left open it stays text.
    @Test func numberWithoutItsPeriodBeforeAMarking() throws {
        let body =
            "1 (S) The talks on grain began in May.\n\n2 (C) The minister named a new envoy.\n"
            + "¶3 (SBU) \"Nothing changed,\" he said.\n"
        let cable = try SyntheticCable.load(body)
        #expect(cable.units.map(\.id) == ["1", "2", "3"])
        #expect(cable.units.map(\.marking) == ["S", "C", "SBU"])
        #expect(cable.units.first?.text == "The talks on grain began in May.")
        let open = "1. (C) The vote fell to\n4 (C) Members on Friday.\n"
        #expect(try ids(open) == ["1"])
        let noMarking = "1. (C) The vote was set.\n\n2 Members left early.\n"
        #expect(try ids(noMarking) == ["1"])
    }

    /// Under a paragraph that carries a portion marking, an unmarked list numbered from 1 stays in the paragraph even
    /// where its numbers run past the paragraph's next; the next marked paragraph opens its unit.
    @Test func listNumberedFromOneInsideAMarkedParagraph() throws {
        let body =
            "1. (C) The council met.\n\n2. (U) It set out four aims:\n\n1. Mend the roads.\n2. Pave the square.\n"
            + "3. Open a school.\n4. Hire nurses.\n\n3. (C) The mayor agreed.\n\n4. (C) Funds are short.\n"
        let cable = try SyntheticCable.load(body)
        #expect(cable.units.map(\.id) == ["1", "2", "3", "4"])
        #expect(
            cable.units[1].text.hasSuffix("Mend the roads.\n2. Pave the square.\n3. Open a school.\n4. Hire nurses."))
        #expect(cable.units[2].text == "The mayor agreed.")
    }

    /// A title-cased line of its own over a list (`Works To Begin`) lets the list's first entry open its line, so the
    /// entries after it are read as the list's.
    @Test func listUnderATitleInsideAMarkedParagraph() throws {
        let body =
            "1. (C) The council met.\n\n2. (U) It set out its aims.\n\nWorks To Begin in May\n1. Mend the roads.\n"
            + "2. Pave the square.\n3. Open a school.\n\n3. (C) The mayor agreed.\n"
        let cable = try SyntheticCable.load(body)
        #expect(cable.units.map(\.id) == ["1", "2", "3"])
        #expect(
            cable.units[1].text.hasSuffix(
                "Works To Begin in May\n1. Mend the roads.\n2. Pave the square.\n3. Open a school."))
    }

    /// A roster numbered from 1 under a marked paragraph keeps its entries, each a line that ends no sentence, even
    /// past the paragraphs' next number when no later block opens it; an entry after a blank line is a paragraph of
    /// its own, never the end of the sentence before.
    @Test func rosterPastTheNextParagraphNumber() throws {
        let body =
            "1. (U) The talks went well.\n\n2. (U) DELEGATIONS Our Delegation\n\n1.Jane Roe ) Ministry of Farms and "
            + "Fisheries\n\n2.John Doe ) Ministry of Farms and Fisheries Their Delegation\n\n1. Ann Lee, Ministry of "
            + "Ports\n\n2. Bo Kim, Ministry of Ports\n\n3. Cy Dunn, Harbour Board\n\n4. Di Fox, Harbour Board\n"
        let cable = try SyntheticCable.load(body)
        #expect(cable.units.map(\.id) == ["1", "2"])
        #expect(cable.units[1].text.contains("Fisheries\n\n2.John Doe"))
        #expect(
            cable.units[1].text.hasSuffix(
                "Their Delegation\n\n1. Ann Lee, Ministry of Ports\n\n2. Bo Kim, "
                    + "Ministry of Ports\n\n3. Cy Dunn, Harbour Board\n\n4. Di Fox, Harbour Board"))
        let paragraph =
            "1. (U) The talks went well.\n\n2. (U) Our aims:\n\n1. Roads\n\n2. Ports\n\n3. The mayor agreed.\n"
        #expect(try ids(paragraph) == ["1", "2", "3"])
    }

    /// A frame that opens a line, with a numbered paragraph after it, ends the paragraph before and opens the next.
    @Test func frameOpeningTheLineOfAParagraph() throws {
        let body = "1. (U) The rains came late. \"THE FARMERS WAIT\"\n------------ 2. (U) Farmers planted in June.\n"
        let cable = try SyntheticCable.load(body)
        #expect(cable.units.filter { $0.kind == .paragraph }.map(\.id) == ["1", "2"])
        #expect(cable.units.last?.text == "Farmers planted in June.")
    }

    /// A table's numbered rows after a blank line continue the table, whatever the paragraphs' numbers, and the
    /// next marked paragraph opens its unit.
    @Test func tableRowsNumberedLikeParagraphs() throws {
        let body =
            "1. (U) The office reported.\n\n2. (U) CASES:\n\nCASES BY OFFICE\n          OPENED    CLOSED\n"
            + "1. Rome     (4)       (3)\n2. Oslo     (0)       (1)\n\n\n3. Bonn     (2)       (2)\n"
            + "4. Kiel     (1)       (0)\n\n3. (U) Other matters were raised.\n"
        let cable = try SyntheticCable.load(body)
        #expect(cable.units.map(\.id) == ["1", "2", "3"])
        #expect(
            cable.units[1].text.hasSuffix(
                "2. Oslo     (0)       (1)\n\n3. Bonn     (2)       (2)\n4. Kiel     (1)       (0)"))
        #expect(cable.units[2].text == "Other matters were raised.")
    }

    /// The list's entry numbered as the paragraphs' next opens that paragraph when no later block does (its author
    /// left off the marking), and an unmarked cable reads a restart as a list without swallowing the paragraph after.
    @Test(arguments: [
        "1. (C) The council met.\n\n2. (U) Its aims:\n\n1. Roads.\n2. Schools.\n\n3. The mayor agreed.\n",
        "1. The council met.\n\n2. Its aims:\n\n1. Roads.\n2. Schools.\n\n3. The mayor agreed.\n\n"
            + "4. Its plan:\n\n1. Hire.\n2. Build.\n3. Open.\n",
    ])
    func listDoesNotSwallowTheNextParagraph(body: String) throws {
        #expect(try ids(body).prefix(3) == ["1", "2", "3"])
    }

    /// After a paragraph redacted whole, a framed, underlined or title-cased line is the next section's heading, even
    /// where it is not in capitals or ends in an ellipsis; a sentence there stays text.
    @Test(arguments: [
        ("----- Talks on the port resume -----\n", "Talks on the port resume"),
        ("Reaching Out Again...\n------\n", "Reaching Out Again..."),
        ("Harbour Works\n", "Harbour Works"),
    ])
    func titleAfterAParagraphRedactedWhole(title: String, heading: String) throws {
        let body = "1. (C) The port opened.\n\n2. (S) XXXXXXXXXXXX\n\n\(title)\n3. (C) Ships came back.\n"
        let cable = try SyntheticCable.load(body)
        #expect(cable.units.map(\.id) == ["1", "2", "h1", "3"])
        #expect(cable.units.map(\.heading).contains(heading))
        #expect(cable.units[1].text == "XXXXXXXXXXXX")
        let sentence = "1. (C) The port opened.\n\n2. (S) XXXXXXXXXXXX\n\nthe ships came back later.\n"
        #expect(try ids(sentence) == ["1", "2"])
    }

    @Test func pilcrowNumberWithoutMarkingInsideALine() throws {
        #expect(try ids("¶1. The ferry ran late. ¶2. The port was shut.\n") == ["1", "2"])
    }

    @Test(arguments: [
        "1. The plan has three steps. 1. Build the road. 2. Pave it. 3. Open it.\n",
        "1. The delegation arrived at 2. They left at 4.\n",
        "1. The count rose from 1 to 2. Then it fell.\n",
        "1. They met at room 2. 3. The talks ended.\n",
    ])
    func numbersThatAreNoParagraphStayInTheirLine(body: String) throws {
        #expect(try ids(body) == ["1"])
    }

    @Test func letteredItemGluedToTheTextBefore() throws {
        let body = "1. (U) Projects:\nA. Roads (CODE-1A) B. Water supply for the villages\nC. Schools\n\nSMITH\n"
        let cable = try SyntheticCable.load(body)
        #expect(cable.units.map(\.id) == ["1", "1.A", "1.B", "1.C"])
        #expect(cable.units.map(\.text).dropFirst() == ["Roads (CODE-1A)", "Water supply for the villages", "Schools"])
    }

    /// Every form an inline marker takes is still read where it stands inside a line: a doubled letter after `Z`, a
    /// letter written with its paragraph's number (`1B.`), a number after `¶`.
    @Test func inlineMarkersOfEveryFormAreCut() throws {
        let letters = (0..<26).map { "\(Character(Unicode.Scalar(65 + $0)!)). Site\n" }.joined()
        let doubled = try ids("1. (U) Sites:\n" + letters.dropLast() + " (CODE-7Z) AA. Depot for the grain\n")
        #expect(doubled.last == "1.AA")
        #expect(try ids("1. (U) Projects:\nA. Roads (CODE-1A) 1B. Water for the villages\n") == ["1", "1.A", "1.B"])
        #expect(try ids("¶1. (C) The ferry ran late. ¶2. (C) The port was shut.\n") == ["1", "2"])
    }

    /// The last line of a lettered list holds the next item after a closing mark: both items open their units.
    @Test func anItemWhoseLineHoldsTheNextItemOpensItsOwnUnit() throws {
        let letters = (0..<26).map { Character(Unicode.Scalar(65 + $0)!) }
        let list = letters.map { "\($0). Well at the school\n" }.joined()
        let cable = try SyntheticCable.load(
            "1. (U) Wells dug:\n" + list.dropLast() + " (WS-26) AA. Well at the clinic\n")
        #expect(cable.units.map(\.id) == ["1"] + letters.map { "1.\($0)" } + ["1.AA"])
        #expect(cable.unit(id: "1.Y")?.text == "Well at the school")
        #expect(cable.unit(id: "1.Z")?.text == "Well at the school (WS-26)")
        #expect(cable.unit(id: "1.AA")?.text == "Well at the clinic")
    }

    @Test(arguments: [
        "1. (U) Projects:\nA. The envoy met John B. Smith on Monday.\n",
        "1. (U) Projects:\nA. Roads. C. Water comes later.\n",
    ])
    func lettersThatAreNoItemStayInTheirLine(body: String) throws {
        #expect(try ids(body) == ["1", "1.A"])
    }

    @Test(arguments: ["see paragraph", "see para.", "answer in para"])
    func numberWrappedOntoALineOfItsOwnEndsTheSentence(reference: String) throws {
        let body =
            "1. (U) The mayor asks for help; \(reference)\n\n¶4.\n2. (C) The bridge fell in March.\n\n"
            + "3. (C) Repairs wait for funds.\n\n4. (C) Action request: reply by June.\n"
        let cable = try SyntheticCable.load(body)
        #expect(cable.units.map(\.id) == ["1", "2", "3", "4"])
        #expect(cable.units.first?.text == "The mayor asks for help; \(reference) 4.")
    }

    @Test func numberThatABreakPutFirstInASentenceContinuesIt() throws {
        let body =
            "1. (U) The harvest fell from eight tonnes to\n\n¶3. Farmers blame the rain.\n\n"
            + "2. (U) Prices rose.\n\n3. (U) Imports doubled.\n"
        let cable = try SyntheticCable.load(body)
        #expect(cable.units.map(\.id) == ["1", "2", "3"])
        #expect(cable.units.first?.text == "The harvest fell from eight tonnes to 3. Farmers blame the rain.")
    }

    @Test func numberThatSkipsAheadAfterAFinishedSentenceIsAParagraph() throws {
        let body = "1. (U) The harvest fell.\n\n3. Farmers blame the rain.\n\n2. (U) Prices rose.\n"
        #expect(try ids(body) == ["1", "3"])
    }

    @Test func numberAloneOnItsLineOpensTheNextParagraph() throws {
        let body = "1. (U) The mayor asks for help.\n\n2.\nThe bridge fell in March.\n\n3. (C) Repairs wait.\n"
        #expect(try ids(body) == ["1", "2", "3"])
    }

    @Test func numberThatSkipsAheadWithNoLowerOneLaterIsAParagraph() throws {
        #expect(try ids("1. (U) The mayor asks for help.\n\n3.\nThe bridge fell in March.\n") == ["1", "3"])
    }

    @Test func paragraphIndentedByLineSeparators() throws {
        let body = "1. (U) The mill closed in May.\n\u{2028}\u{2028}2. (U) Its workers\u{2028}went south.\n"
        let cable = try SyntheticCable.load(body)
        #expect(cable.units.map(\.id) == ["1", "2"])
        #expect(cable.units.last?.text == "Its workers went south.")
    }

    @Test(arguments: [
        "¶1. (U) Classified by Consul Ann Lee for reasons\n1.4 (b) and (d).\n\n",
        "1. CLASSIFIED BY CONSUL ANN LEE. REASONS: 1.5(B)(D).\n\n",
    ])
    func paragraphThatGivesTheAuthorityIsTheBodysFirst(authority: String) throws {
        let cable = try SyntheticCable.load(authority + "2. (C) The port reopened.\n")
        #expect(cable.units.map(\.id) == ["1", "2"])
        #expect(cable.header.classifier?.name?.lowercased() == "ann lee")
        #expect(cable.units.first?.text.lowercased().hasPrefix("classified by consul ann lee") == true)
    }
}
