import Foundation
import Testing

/// `search`, `refs` and the index's members of `export`, through the real binary.
@Suite struct IndexCommandTests {
    @Test func searchMarksTheMatchInAPipe() throws {
        let run = try BuiltProgram.run(["search", "\"Criminal Code\""])
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n")
        #expect(lines.first?.hasPrefix("27.A ") == true)
        #expect(lines.first?.contains("[Criminal Code]") == true)
        #expect(lines.last == "2 units, 3 matches")
    }

    @Test func searchAsJSON() throws {
        let run = try BuiltProgram.run(["search", "traffick* -labor", "--json"])
        #expect(run.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        #expect(json?["cable"] as? String == "10DUSHANBE170")
        let hits = json?["hits"] as? [[String: Any]] ?? []
        #expect(!hits.isEmpty)
        #expect(hits.first?.keys.sorted() == ["highlight", "matches", "paragraph", "score", "snippet"])
    }

    @Test func emptyQueryAndNoMatchHaveTheirOwnStatus() throws {
        let empty = try BuiltProgram.run(["search", "the of and"])
        #expect(empty.status == 2)
        #expect(empty.errors.contains("empty query"))
        let none = try BuiltProgram.run(["search", "zyzzyva"])
        #expect(none.status == 1)
        #expect(none.output == "no match for \"zyzzyva\"\n")
    }

    @Test func refsListsEveryKindOfReference() throws {
        let run = try BuiltProgram.run(["refs"])
        #expect(run.status == 0)
        for line in [
            "Statutes (7)", "Article 130.1 of the Criminal Code", "26.D → 26.B", "27.I → 25.B",
            "STATE 2094 = 10STATE2094", "also OSCE", "KTIP  Trafficking in persons",
        ] {
            #expect(run.output.contains(line), "\(line)")
        }
    }

    @Test func exportCarriesTheIndex() throws {
        let run = try BuiltProgram.run(["export"])
        let json = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        let statutes = json?["statutes"] as? [[String: Any]] ?? []
        #expect(statutes.count == 7)
        #expect(
            statutes.first?.keys.sorted() == [
                "definedIn", "division", "id", "instrument", "mentions", "names", "notes", "number",
            ])
        let mention = (statutes.first?["mentions"] as? [[String: Any]])?.first
        #expect(mention?.keys.sorted() == ["end", "field", "paragraph", "start", "subdivision", "text"])
        let references = json?["crossReferences"] as? [[String: Any]] ?? []
        #expect(
            references.contains {
                $0["from"] as? String == "26.D" && $0["to"] as? String == "26.B" && $0["resolved"] as? Bool == true
            })
        let entities = json?["entities"] as? [[String: Any]] ?? []
        #expect(entities.contains { ($0["aliases"] as? [String])?.contains("OSCE") == true })
        let glossary = json?["glossary"] as? [[String: Any]] ?? []
        #expect(glossary.first?["term"] as? String == "PGOV")
    }
}
