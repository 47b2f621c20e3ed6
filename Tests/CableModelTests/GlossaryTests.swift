import CableModel
import Testing

/// The bundled glossary and a cable's own.
@Suite struct GlossaryTests {
    @Test func bundledTagsAndCountries() {
        let glossary = TestIndex.knowledge.glossary
        for tag in ["PGOV", "PHUM", "PREL", "KTIP", "ECON", "EAID"] {
            #expect(glossary.meaning(ofTag: tag) != nil, "\(tag)")
        }
        #expect(glossary.meaning(ofTag: "TI") == "Tajikistan")
        #expect(glossary.meaning(ofTag: "HO") == "Honduras")
        #expect(glossary.meaning(ofTag: "NOTATAG") == nil)
        for term in ["USG", "EmbOffs", "reftel", "septel", "SBU", "SIPDIS", "NOFORN"] {
            #expect(!glossary.entries(for: term).isEmpty, "\(term)")
        }
    }

    @Test func bundledGazetteerCoversTheWorld() {
        let places = TestIndex.knowledge.gazetteer.places
        #expect(places.filter { $0.kind == .country }.count >= 190)
        #expect(places.filter { $0.kind == .capital }.count >= 190)
        #expect(places.filter { $0.kind == .city }.count >= 300)
        #expect(TestIndex.knowledge.gazetteer.country(of: "DUSHANBE") == "Tajikistan")
    }

    @Test func parsingSkipsCommentsAndBadRows() {
        let glossary = Glossary(
            parsing: Array("# comment\nUSG\tUnited States Government\tabbreviation\nbad row\nX\tY\tnot-a-kind\n".utf8))
        #expect(glossary.entries.map(\.term) == ["USG"])
    }

    @Test func cableGlossaryUsesTheTextAndItsOwnAcronyms() {
        var header = Header()
        header.tags = ["PGOV", "TI"]
        header.post = "DUSHANBE"
        let unit = Unit(
            id: "1", kind: .paragraph, parent: nil, label: "1.", marking: "SBU", heading: nil,
            text: "EmbOffs met the Anti-Trafficking Task Force (ATTF). The GOT and USG agreed, per reftel.", page: nil)
        let cable = Cable(header: header, units: [unit], pageCount: nil, encoding: .utf8, warnings: [])
        let glossary = CableIndex.build(cable, knowledge: TestIndex.knowledge).glossary
        #expect(glossary.prefix(2).map(\.term) == ["PGOV", "TI"])
        let terms = Set(glossary.map(\.term))
        #expect(terms.isSuperset(of: ["EmbOffs", "USG", "reftel", "SBU", "ATTF", "GOT"]))
        #expect(glossary.first { $0.term == "ATTF" }?.meaning == "Anti-Trafficking Task Force")
        #expect(glossary.first { $0.term == "ATTF" }?.definedIn == "1")
        #expect(glossary.first { $0.term == "GOT" }?.meaning == "Government of Tajikistan")
        #expect(!terms.contains("NOFORN"))
    }

    @Test func marksInsideATermMustMatch() {
        let terms = Set(TestIndex.index("The U.S. position was set by U/S Burns.").glossary.map(\.term))
        #expect(terms.isSuperset(of: ["U.S.", "U/S"]))
        #expect(!Set(TestIndex.index("The U.S. position was firm.").glossary.map(\.term)).contains("U/S"))
    }
}
