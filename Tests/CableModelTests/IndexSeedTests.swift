import CableModel
import Testing

/// The facts about the first cable's index that the index issue pins, all derived by the index.
@Suite struct IndexSeedTests {
    let indexed: IndexedCable

    init() throws { indexed = try TestIndex.seed() }

    @Test func statutesOfTheCriminalCode() {
        let statutes = indexed.index.statutes
        #expect(Set(statutes.map(\.number)) == ["130", "130.1", "132", "138", "139", "140", "167"])
        #expect(statutes.allSatisfy { $0.instrument == "Criminal Code" && $0.division == .article })
        #expect(statutes.reduce(0) { $0 + $1.mentions.count } == 14)
        let units = Set(statutes.flatMap { $0.mentions.map(\.span.unitID) })
        #expect(units == ["27.A", "27.B", "27.D", "27.E"])
    }

    @Test func statuteNames() {
        let byNumber = Dictionary(uniqueKeysWithValues: indexed.index.statutes.map { ($0.number, $0) })
        #expect(byNumber["130.1"]?.names.contains("Trafficking in Persons") == true)
        #expect(byNumber["132"]?.names.contains("Recruitment of People for Exploitation") == true)
        #expect(byNumber["132"]?.names.contains("deceptive recruitment") == true)
        #expect(byNumber["130"]?.names == ["kidnapping"])
        #expect(byNumber["167"]?.names.contains("sale of minors") == true)
        #expect(byNumber["130.1"]?.definedIn == "27.A")
        #expect(byNumber["138"]?.definedIn == "27.D")
    }

    @Test func mentionRangesPointAtTheText() {
        for statute in indexed.index.statutes {
            for mention in statute.mentions {
                let text = TestIndex.text(of: indexed.cable, unitID: mention.span.unitID, field: mention.span.field)
                #expect(text?.scalars(mention.span.range) == mention.text)
                #expect(mention.text.contains(statute.number))
            }
        }
    }

    @Test func listMentionsHaveOneRangeEach() {
        let inList = indexed.index.statutes.flatMap(\.mentions).filter { $0.span.unitID == "27.A" }
        #expect(inList.map(\.text) == ["Article 130.1", "Articles 130", "132", "167"])
        #expect(Set(inList.map(\.span.range.lowerBound)).count == 4)
    }

    @Test func crossReferences() {
        let links = indexed.index.crossReferences.map { ($0.from, $0.resolvedUnitID) }
        #expect(links.contains { $0 == ("26.D", "26.B") })
        #expect(links.contains { $0 == ("27.I", "25.B") })
        #expect(indexed.index.backLinks(to: "26.B").map(\.from) == ["26.D"])
        #expect(indexed.index.backLinks(to: "25.B").map(\.from) == ["27.I"])
    }

    @Test func reftelPointsAtTheReference() {
        let citations = indexed.index.citations
        #expect(!citations.isEmpty)
        #expect(citations.allSatisfy { $0.references.map(\.cableID) == ["10STATE2094"] })
        #expect(Set(citations.map(\.span.unitID)) == ["1", "2"])
    }

    @Test func entities() {
        let entities = indexed.index.entities
        let osce = entities.first { $0.aliases.contains("OSCE") }
        #expect(osce?.name == "Organization for Security and Cooperation in Europe")
        #expect(osce?.kind == .organization)
        #expect((osce?.mentions.count ?? 0) >= 2)
        let names = Set(entities.map(\.name))
        for name in [
            "Imran", "Ministry of Interior", "State Committee on National Security", "Prosecutor General's Office",
            "Sughd Oblast", "Tajikistan", "Dushanbe",
        ] {
            #expect(names.contains(name), "\(name)")
        }
        #expect(entities.first { $0.name == "Dushanbe" }?.country == "Tajikistan")
        #expect(entities.first { $0.name == "Imran" }?.kind == .organization)
    }

    @Test func glossary() {
        let glossary = indexed.index.glossary
        #expect(Array(glossary.prefix(4).map(\.term)) == ["PGOV", "PHUM", "KTIP", "TI"])
        #expect(glossary.first { $0.term == "TI" }?.meaning == "Tajikistan")
        #expect(
            glossary.first { $0.term == "OSCE" && $0.kind == .defined }?.meaning
                == "Organization for Security and Cooperation in Europe")
        for term in ["USG", "EmbOffs", "reftel", "SIPDIS", "SBU"] {
            #expect(glossary.contains { $0.term == term }, "\(term)")
        }
        #expect(indexed.index.meaning(ofTag: "KTIP") == "Trafficking in persons")
    }

    @Test func inflectionsAreFound() {
        let result = indexed.index.search("traffic")
        let words = Set(
            result.matches.map { match in
                TestIndex.text(of: indexed.cable, unitID: match.unitID, field: match.field)?.scalars(match.range)
                    .lowercased() ?? ""
            })
        #expect(words.isSuperset(of: ["trafficking", "trafficked"]))
    }

    @Test func statuteMentionNearAnOffset() throws {
        let text = try #require(indexed.cable.unit(id: "27.E")?.text)
        let scalars = Array(text.unicodeScalars)
        let sentence = Array("It opened two 2 cases under article 130.1".unicodeScalars)
        let start = try #require(
            (0..<scalars.count).first { Array(scalars[$0..<min(scalars.count, $0 + sentence.count)]) == sentence })
        let mention = indexed.index.statuteMention(unitID: "27.E", field: .text, offset: start + sentence.count + 5)
        #expect(mention?.statuteID == "criminal-code/article-130.1")
        #expect(indexed.index.statuteMention(unitID: "27.E", field: .text, offset: start + 3) == nil)
        let later = indexed.index.statuteMention(unitID: "27.E", field: .text, offset: start + sentence.count + 40)
        #expect(later == nil)
    }
}
