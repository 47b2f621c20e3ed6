import Foundation
import Testing

/// `cablegram stats` and the statistics members of `cablegram export`.
@Suite struct StatsCommandTests {
    @Test func plainOutputShowsEveryTable() throws {
        let run = try BuiltProgram.run(["stats"])
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("10DUSHANBE170\n"))
        for title in ["Figures", "Law enforcement", "Penalties", "Victims"] {
            #expect(run.output.contains("\n\(title)\n"), "\(title)")
        }
        #expect(run.output.contains("24 criminal cases"))
        #expect(run.output.contains("250–300"))
    }

    @Test func oneTableAsCSV() throws {
        let run = try BuiltProgram.run(["stats", "--table", "victims", "--csv"])
        #expect(run.status == 0)
        let records = run.output.components(separatedBy: "\r\n")
        #expect(records.first == "ACTION,COUNT,WHO,CATEGORIES,WHEN,PART OF,PARA")
        #expect(records.contains { $0.hasPrefix("assisted,47,trafficking victims,") })
        #expect(records.contains { $0.hasPrefix("returned,24,victims,,from July 2008 to June 2009,") })
    }

    @Test func jsonHoldsFiguresAndTables() throws {
        let run = try BuiltProgram.run(["stats", "--json"])
        #expect(run.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        let figures = try #require(json?["statistics"] as? [[String: Any]])
        #expect(figures.count > 40)
        let keys = Set(figures[0].keys)
        for key in [
            "value", "low", "high", "qualifier", "unit", "action", "year", "period", "statute", "partOf",
            "paragraph", "start", "end", "quote",
        ] {
            #expect(keys.contains(key), "\(key)")
        }
        let tables = try #require(json?["tables"] as? [String: Any])
        #expect(Set(tables.keys) == ["figures", "enforcement", "penalties", "victims"])
    }

    @Test func anEmptyTableSaysSo() throws {
        let path = try BuiltProgram.temporaryFile(Array("Shopping list\n\nEggs and milk.\n".utf8), name: "plain.txt")
        let run = try BuiltProgram.run(["stats", path, "--table", "penalties"])
        #expect(run.status == 0)
        #expect(run.output.contains("No penalties"))
    }

    @Test func severalCablesGiveOneCSVWithACableColumnAndJSONLines() throws {
        let seed = try [UInt8](
            Data(contentsOf: BuiltProgram.repositoryRoot.appendingPathComponent("Data/10DUSHANBE170.txt")))
        let path = try BuiltProgram.temporaryFile(seed + seed, name: "two-cables.txt")
        let csv = try BuiltProgram.run(["stats", path, "--csv", "--table", "enforcement"])
        let records = csv.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(records.first?.hasPrefix("CABLE,WHEN,STATUTE,") == true)
        let single = try BuiltProgram.run(["stats", "--csv", "--table", "enforcement"])
        let singleRecords = single.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(records.count == 1 + 2 * (singleRecords.count - 1))
        let json = try BuiltProgram.run(["stats", path, "--json"])
        let lines = json.output.split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines { #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil) }
    }

    @Test func badOptionsAreRefused() throws {
        #expect(try BuiltProgram.run(["stats", "--table", "nonsense"]).status == 64)
        #expect(try BuiltProgram.run(["stats", "--json", "--csv"]).status == 64)
    }

    @Test func exportGainsStatisticsAndTables() throws {
        let run = try BuiltProgram.run(["export"])
        let json = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        let figures = try #require(json?["statistics"] as? [[String: Any]])
        let opened = figures.first { $0["quote"] as? String == "two 2" }
        #expect(opened?["value"] as? Int == 2)
        #expect(opened?["paragraph"] as? String == "27.E")
        #expect(opened?["action"] as? String == "investigated")
        #expect(opened?["verb"] as? String == "opened")
        #expect(opened?["category"] as? String == "cases")
        #expect(opened?["relevance"] as? String == "enforcement")
        #expect(opened?["year"] as? Int == 2009)
        #expect(json?["tables"] is [String: Any])
    }

    @Test func figuresAsCSVArePlainValues() throws {
        let run = try BuiltProgram.run(["stats", "--csv"])
        let records = run.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let header = try #require(records.first).split(separator: ",").map(String.init)
        #expect(header.starts(with: ["cable", "id", "value", "low", "high", "qualifier"]))
        let column = { (name: String) in header.firstIndex(of: name) ?? 0 }
        let range = try #require(records.first { $0.contains(",5,8,") && $0.contains("prescribed") })
        let fields = range.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        #expect(fields[column("value")] == "" && fields[column("low")] == "5" && fields[column("high")] == "8")
        #expect(fields[column("category")] == "years of imprisonment")
        #expect(!run.output.contains("#") && !run.output.contains("—"))
        let relevance = records.dropFirst().map { record in
            let fields = record.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return fields.indices.contains(column("relevance")) ? fields[column("relevance")] : ""
        }
        #expect(relevance.firstIndex(of: "context") ?? relevance.count > relevance.lastIndex(of: "enforcement") ?? 0)
    }
}
