import Foundation
import TestSupport
import Testing

/// `cablegram stats --library [FILTER...] --pivot | --across`: the cross-cable tables of the cables a library filter
/// keeps, on a real library of Iceland's and Costa Rica's trafficking report cables.
@Suite("Stats across a library", .serialized)
struct StatsLibraryTests {
    /// The report cables of Iceland and Costa Rica that issue 15 names, read in place.
    static let reportFiles: [String] = [
        "06REYKJAVIK68", "07REYKJAVIK49", "07REYKJAVIK90", "08REYKJAVIK36", "09REYKJAVIK49", "09REYKJAVIK50",
        "10REYKJAVIK31", "05SANJOSE488", "06SANJOSE481", "07SANJOSE524", "09SANJOSE127", "09SANJOSE128",
    ].map { SharedData.folder.path + "/library/\($0).txt" }

    /// A library of those cables in a temporary folder, made once.
    private static let library: String = {
        let folder = ScratchFolder.path("stats-library")
        try? FileManager.default.removeItem(atPath: folder)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = try? BuiltProgram.run(["index"] + reportFiles + ["--library=" + folder + "/library.sqlite"])
        return folder + "/library.sqlite"
    }()

    private func run(_ arguments: [String]) throws -> BuiltProgram.Run {
        try BuiltProgram.run(["stats", "--library=" + StatsLibraryTests.library] + arguments)
    }

    @Test func thePivotOfTheLibraryAgreesWithThePivotOfTheFiles() throws {
        guard SharedData.shouldRun else { return }
        for format in ["--csv", "--json"] {
            let fromLibrary = try run(["--pivot", format])
            let fromFiles = try BuiltProgram.run(["stats"] + Self.reportFiles + ["--pivot", format])
            #expect(fromLibrary.status == 0 && fromFiles.status == 0)
            #expect(fromLibrary.output == fromFiles.output)
        }
        let pivot = try run(["--pivot", "--csv"]).output
        #expect(pivot.contains("\r\nIceland,2009,") && pivot.contains("\r\nCosta Rica,2005,"))
    }

    @Test func eachTableAcrossTheLibraryAgreesWithTheFiles() throws {
        guard SharedData.shouldRun else { return }
        for table in ["enforcement", "victims", "penalties"] {
            let fromLibrary = try run(["--across", "--table", table, "--csv"])
            let fromFiles = try BuiltProgram.run(
                ["stats"] + Self.reportFiles + ["--across", "--table", table, "--csv"])
            #expect(fromLibrary.status == 0)
            #expect(fromLibrary.output == fromFiles.output)
        }
        let implied = try run(["--table", "victims", "--csv"])
        #expect(implied.output == (try run(["--across", "--table", "victims", "--csv"])).output)
    }

    @Test func theFilterNarrowsTheSelection() throws {
        guard SharedData.shouldRun else { return }
        let iceland = try run(["origin:REYKJAVIK", "--pivot", "--csv"])
        let icelandFiles = Self.reportFiles.filter { $0.contains("REYKJAVIK") }
        #expect(iceland.output == (try BuiltProgram.run(["stats"] + icelandFiles + ["--pivot", "--csv"])).output)
        let rows = Self.records(iceland.output).dropFirst()
        #expect(!rows.isEmpty && rows.allSatisfy { $0.first == "Iceland" })
        let tagged = Self.records(try run(["tag:KTIP", "date:2009..2010", "--across", "--csv"]).output).dropFirst()
        let everything = Self.records(try run(["--across", "--csv"]).output).dropFirst()
        #expect(!tagged.isEmpty && tagged.count < everything.count)
        #expect(
            tagged.allSatisfy {
                ["09SANJOSE127", "09SANJOSE128", "09REYKJAVIK49", "09REYKJAVIK50", "10REYKJAVIK31"].contains($0[2])
            })
    }

    @Test func csvAndJSONColumnsArePlainValues() throws {
        guard SharedData.shouldRun else { return }
        let records = Self.records(try run(["--across", "--table", "enforcement", "--csv"]).output)
        let header = try #require(records.first)
        let numeric = ["report_year", "year", "value", "low", "high", "figure"].compactMap(header.firstIndex(of:))
        #expect(numeric.count == 6 && records.count > 5)
        for record in records.dropFirst() {
            #expect(record.count == header.count)
            #expect(numeric.allSatisfy { record[$0].isEmpty || Double(record[$0]) != nil })
            #expect(!record.contains { $0.hasPrefix("#") || $0 == "—" })
        }
        let json = try run(["--pivot", "--json"]).output
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(!rows.isEmpty && rows.allSatisfy { $0["year"] is Int && $0["country"] is String })
        let cells = rows.compactMap { $0["investigated"] as? [String: Any] }
        #expect(!cells.isEmpty && cells.allSatisfy { $0["value"] is NSNumber })
    }

    @Test func anEmptySelectionSaysSoWithItsOwnStatus() throws {
        guard SharedData.shouldRun else { return }
        let none = try run(["tag:NOSUCHTAG", "--pivot"])
        #expect(none.status == 1 && none.output.isEmpty)
        #expect(none.errors.contains("no cable of the library matches `tag:NOSUCHTAG`"))
        let bad = try run(["colour:red", "--pivot"])
        #expect(bad.status == 64 && bad.errors.contains("unknown field 'colour'"))
    }

    @Test func cableIDsStillNameCablesOneByOne() throws {
        guard SharedData.shouldRun else { return }
        let one = try run(["09REYKJAVIK49", "--table", "figures", "--csv"])
        #expect(one.status == 0 && one.output.hasPrefix("cable,id,value,"))
        let cables = Set(Self.records(one.output).dropFirst().map { $0[0] })
        #expect(cables == ["09REYKJAVIK49"])
    }

    /// The records of an RFC 4180 document, each a list of cells.
    static func records(_ csv: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var cell = ""
        var quoted = false
        var previous: Character?
        for character in csv {
            switch (character, quoted) {
            case ("\"", _):
                if !quoted && previous == "\"" { cell.append("\"") }
                quoted.toggle()
            case (",", false):
                record.append(cell)
                cell = ""
            case ("\r\n", false), ("\n", false):
                records.append(record + [cell])
                (record, cell) = ([], "")
            default: cell.append(character)
            }
            previous = character
        }
        return records
    }
}
