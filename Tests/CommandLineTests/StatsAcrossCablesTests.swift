import Foundation
import TestSupport
import Testing

/// `cablegram stats --pivot` and `--across`: the tables of all the cables of a file.
@Suite struct StatsAcrossCablesTests {
    /// Two cables of one report in one file: the report and its update, which corrects one figure.
    static let reportAndUpdate = """
        VZCZCXRO0040
        O 101200Z MAR 11
        FM AMEMBASSY BUENOSAIRES
        TO SECSTATE WASHDC
        UNCLAS BUENOSAIRES 000040
        TAGS: KTIP AR
        SUBJECT: TIP REPORT

        1. (U) The police worked with prosecutors and labor inspectors.
        In 2010 police opened 15 cases and convicted 4 traffickers.

        VZCZCXRO0055
        O 201200Z MAR 11
        FM AMEMBASSY BUENOSAIRES
        TO SECSTATE WASHDC
        UNCLAS BUENOSAIRES 000055
        TAGS: KTIP AR
        SUBJECT: UPDATED TIP REPORT

        1. (U) In 2010 police opened 17 cases.

        """

    private func file() throws -> String {
        let path = ScratchFolder.path("across-\(UUID().uuidString).txt")
        try Self.reportAndUpdate.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func thePivotOfTheBundledCableComparesYears() throws {
        let run = try BuiltProgram.run(["stats", "--pivot", "--csv"])
        #expect(run.status == 0)
        let records = run.output.components(separatedBy: "\r\n")
        #expect(records.first == "country,year,investigated,prosecuted,convicted,victims identified,cables")
        #expect(records.contains("Tajikistan,2009,24,22,28,,10DUSHANBE170"))
        #expect(records.contains("Tajikistan,2008,23,,,,10DUSHANBE170"))
    }

    @Test func anUpdateIsJoinedWithItsReport() throws {
        let path = try file()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try BuiltProgram.run(["stats", path, "--across", "--table", "enforcement", "--csv"])
        #expect(run.status == 0)
        let records = run.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(records.count == 3)
        #expect(
            records.contains {
                $0.hasPrefix("Argentina,2011,11BUENOSAIRES55,,yes,2010,In 2010,,investigated,cases,17,")
            })
        #expect(
            records.contains { $0.hasPrefix("Argentina,2011,11BUENOSAIRES40,,,2010,In 2010,,convicted,traffickers,4,") }
        )
        #expect(!run.output.contains(",15,"))
    }

    @Test func thePivotAsJSONNamesTheCableOfEachValue() throws {
        let path = try file()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try BuiltProgram.run(["stats", path, "--pivot", "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
        let investigated = rows.first?["investigated"] as? [String: Any]
        #expect(investigated?["value"] as? Int == 17)
        let from = investigated?["from"] as? [[String: Any]]
        #expect(from?.first?["cable"] as? String == "11BUENOSAIRES55")
    }

    @Test func badCombinationsAreRefused() throws {
        #expect(try BuiltProgram.run(["stats", "--across", "--pivot"]).status == 64)
        #expect(try BuiltProgram.run(["stats", "--across", "--table", "figures"]).status == 64)
    }
}
