import CableModel
import Testing

/// References to paragraphs, and to the REF line's telegrams, on sentences of their own.
@Suite struct CrossReferenceTests {
    private let referenceA = CableReference(label: "A", text: "STATE 1234", cableID: "09STATE1234")
    private let referenceB = CableReference(label: "B", text: "09 MOSCOW 567", cableID: "09MOSCOW567")

    /// A cable with paragraphs 1–12, item 3.B, and `text` as paragraph 13.
    private func index(_ text: String, references: [CableReference] = []) -> CableIndex {
        var units = (1...12).map { number in
            Unit(
                id: "\(number)", kind: .paragraph, parent: nil, label: "\(number).", marking: nil, heading: nil,
                text: "Paragraph text.", page: nil)
        }
        units.append(
            Unit(
                id: "3.B", kind: .item, parent: "3", label: "B.", marking: nil, heading: nil, text: "An item.",
                page: nil))
        units.append(
            Unit(
                id: "13", kind: .paragraph, parent: nil, label: "13.", marking: nil, heading: nil, text: text, page: nil
            ))
        var header = Header()
        header.references = references
        let cable = Cable(header: header, units: units, pageCount: nil, encoding: .utf8, warnings: [])
        return CableIndex.build(cable, knowledge: TestIndex.knowledge)
    }

    @Test(arguments: [
        ("(see Paragraph 3 B)", ["3.B"], "Paragraph 3 B"),
        ("As discussed in Paragraph 3 (B), officials met.", ["3.B"], "Paragraph 3 (B)"),
        ("See para 10 for details.", ["10"], "para 10"),
        ("As noted in paragraphs 3-5, the law changed.", ["3", "4", "5"], "paragraphs 3-5"),
        ("Paragraph four explains why.", ["4"], "Paragraph four"),
        ("See paras 2 and 7.", ["2", "7"], "paras 2 and 7"),
        ("See paragraphs 6 through 8 below.", ["6", "7", "8"], "paragraphs 6 through 8"),
        ("See paras 3 through 5.", ["3", "4", "5"], "paras 3 through 5"),
        ("As set out in paragraph 10-end, it passed.", ["10", "11", "12", "13"], "paragraph 10-end"),
        ("See paras 11 to the end for details.", ["11", "12", "13"], "paras 11 to the end"),
        ("See paragraph 13-end.", ["13"], "paragraph 13-end"),
    ])
    func resolvedReferences(sentence: String, targets: [String], text: String) {
        let references = index(sentence).crossReferences
        #expect(references.map(\.resolvedUnitID) == targets)
        #expect(references.allSatisfy { $0.text == text && $0.from == "13" })
    }

    @Test func unresolvedKeepsItsText() {
        let references = index("As paragraph 40 said.").crossReferences
        #expect(references.count == 1)
        #expect(references.first?.target == .unresolved)
        #expect(references.first?.text == "paragraph 40")
        #expect(references.first?.paragraph == "40")
    }

    @Test func reftelParagraphPointsIntoTheReftel() {
        let references = index("Responding to reftel para 5, post notes.", references: [referenceA]).crossReferences
        #expect(references.first?.target == .otherDocument(name: "reftel", cableID: "09STATE1234"))
        #expect(references.first?.text == "reftel para 5")
        #expect(references.first?.resolvedUnitID == nil)
        let after = index("As requested in para 5 of reftel, post notes.", references: [referenceA]).crossReferences
        #expect(after.first?.target == .otherDocument(name: "reftel", cableID: "09STATE1234"))
        let labelled = index("See ref B para 3.", references: [referenceA, referenceB]).crossReferences
        #expect(labelled.first?.target == .otherDocument(name: "ref B", cableID: "09MOSCOW567"))
    }

    @Test func paragraphOfAnotherDocument() {
        let references = index("Under paragraph 2 of UNSCR 1737, states must act.").crossReferences
        #expect(references.first?.target == .otherDocument(name: "UNSCR 1737", cableID: nil))
        let convention = index("As paragraph 7 of the Convention requires, states report.").crossReferences
        #expect(convention.map(\.target) == [.otherDocument(name: "Convention", cableID: nil)])
        #expect(convention.first?.text == "paragraph 7 of the Convention")
    }

    @Test func anOpenRangeOfAnotherDocumentRunsToThatDocumentsEnd() {
        let after = index("The demarche is in paragraph 5-end of reftel B.", references: [referenceA, referenceB])
            .crossReferences
        #expect(after.map(\.paragraph) == ["5-end"])
        #expect(after.first?.target == .otherDocument(name: "ref B", cableID: "09MOSCOW567"))
        #expect(after.first?.text == "paragraph 5-end of reftel B")
        let before = index("See ref A paras 2 and 9 to the end.", references: [referenceA]).crossReferences
        #expect(before.map(\.paragraph) == ["2", "9-end"])
        #expect(before.allSatisfy { $0.target == .otherDocument(name: "ref A", cableID: "09STATE1234") })
        let named = index("Paragraphs 4-end of the Convention apply.").crossReferences
        #expect(named.map(\.paragraph) == ["4-end"])
    }

    @Test func aRangeOfAnotherDocumentIsNotFollowedInsideThisCable() {
        let references = index("See paras 3 through 5 of ref B.", references: [referenceA, referenceB]).crossReferences
        #expect(references.map(\.paragraph) == ["3", "4", "5"])
        #expect(references.allSatisfy { $0.resolvedUnitID == nil })
        #expect(references.allSatisfy { $0.target == .otherDocument(name: "ref B", cableID: "09MOSCOW567") })
        #expect(
            index("See reftel A para 4.", references: [referenceA]).crossReferences.first?.target
                == .otherDocument(name: "ref A", cableID: "09STATE1234"))
    }

    @Test func aLetterAfterReftelIsALabelOnlyWhenTheRefLineHasIt() {
        let references = index("In para 2 of reftel I noted the delay.", references: [referenceA]).crossReferences
        #expect(references.first?.target == .otherDocument(name: "reftel", cableID: "09STATE1234"))
        #expect(references.first?.text == "para 2 of reftel")
    }

    @Test func anItemTheOutlineDidNotSplitResolvesToItsParagraph() {
        let references = index("As paragraph 8(e) requires.").crossReferences
        #expect(references.first?.paragraph == "8.E")
        #expect(references.first?.resolvedUnitID == "8")
    }

    @Test func inAfterTheListIsNotADocument() {
        let references = index("Follow paragraphs 7-9 in delivering this message.").crossReferences
        #expect(references.map(\.resolvedUnitID) == ["7", "8", "9"])
    }

    @Test func backLinks() {
        let index = index("See para 10 and paragraph 3 (B).")
        #expect(index.backLinks(to: "10").map(\.from) == ["13"])
        #expect(index.backLinks(to: "3.B").map(\.from) == ["13"])
        #expect(index.backLinks(to: "11").isEmpty)
    }

    @Test func statuteSubdivisionIsNotACrossReference() {
        #expect(index("Article 4 paragraph 1 of the Convention applies.").crossReferences.isEmpty)
    }

    @Test func reftelMentionsPointAtTheRefLine() {
        let one = index("As requested in reftel, post reports.", references: [referenceA]).citations
        #expect(one.map(\.text) == ["reftel"])
        #expect(one.first?.references == [referenceA])
        let labelled = index("Refs A and B describe it.", references: [referenceA, referenceB]).citations
        #expect(labelled.first?.text == "Refs A and B")
        #expect(labelled.first?.references == [referenceA, referenceB])
        let ranged = index("See reftels A through B.", references: [referenceA, referenceB]).citations
        #expect(ranged.first?.references == [referenceA, referenceB])
        #expect(index("The referee left.", references: [referenceA]).citations.isEmpty)
    }
}
