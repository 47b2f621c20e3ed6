import Foundation
import TestSupport
import Testing

/// The library's commands as a user types them: index, list, search, show, cites, cited-by, library, and the
/// single-cable commands reading a library cable; bad libraries get their own status.
@Suite("Library commands", .serialized)
struct LibraryCommandTests {
    /// A library of the twelve shared cables, made once.
    private static let library: String = {
        let path = ScratchFolder.path("cli-library.sqlite")
        try? FileManager.default.removeItem(atPath: path)
        _ = try? BuiltProgram.run(["index", SharedData.folder.path + "/cables", "--library=" + path])
        return path
    }()

    private func run(_ arguments: [String]) throws -> BuiltProgram.Run {
        try BuiltProgram.run(arguments + ["--library=" + LibraryCommandTests.library])
    }

    @Test func indexPrintsOneSummaryLineInAPipeAndSkipsUnchangedFiles() throws {
        guard SharedData.shouldRun else { return }
        _ = LibraryCommandTests.library
        let again = try run(["index", SharedData.folder.path + "/cables"])
        #expect(again.status == 0)
        #expect(again.output.hasPrefix("indexed 0 cables from 0 files") && again.output.contains("12 unchanged"))
        #expect(again.output.split(separator: "\n").count == 1)
    }

    @Test func listFiltersAndSorts() throws {
        guard SharedData.shouldRun else { return }
        let tipped = try run(["list", "tag:KTIP"])
        #expect(
            tipped.status == 0 && tipped.output.contains("10DUSHANBE170") && tipped.output.contains("1 of 12 cables"))
        let sorted = try run(["list", "--sort", "id", "--reverse", "--limit", "2", "--csv"])
        let lines = sorted.output.split(separator: "\r\n")
        #expect(lines.count == 3 && lines[1].hasPrefix("10STATE284,") && lines[2].hasPrefix("10DUSHANBE173,"))
        // NB: the Brussels extract gives no date; its file's name gives the year of its id.
        #expect(try run(["list", "--sort", "id", "--limit", "1", "--csv"]).output.contains("\r\n06BRUSSELS524,"))
        let none = try run(["list", "tag:NOSUCHTAG"])
        #expect(none.status == 1 && none.output.contains("0 of 12 cables"))
    }

    @Test func badQueriesPointAtTheirPart() throws {
        guard SharedData.shouldRun else { return }
        let unknown = try run(["list", "tag:KTIP", "colour:red"])
        #expect(unknown.status == 64)
        #expect(unknown.errors.contains("unknown field 'colour'") && unknown.errors.contains("origin, tag, class"))
        #expect(unknown.errors.contains("           ^^^^^^^^^^"))
        let date = try run(["search", "date:2009-13 trafficking"])
        #expect(date.status == 64 && date.errors.contains("date: takes"))
    }

    @Test func searchFindsUnitsAcrossCables() throws {
        guard SharedData.shouldRun else { return }
        let phrase = try run(["search", "\"criminal code\""])
        #expect(phrase.status == 0)
        #expect(phrase.output.contains("10DUSHANBE170   27.A") && phrase.output.contains("[Criminal Code]"))
        let json = try run(["search", "trafficking tag:KTIP", "--json", "--limit", "3"])
        let hits = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]]
        #expect(hits?.count == 3 && hits?.allSatisfy { $0["cable"] as? String == "10DUSHANBE170" } == true)
        let nothing = try run(["search", "xylophone"])
        #expect(nothing.status == 1 && nothing.output == "no match for \"xylophone\"\n")
        let one = try run(["search", "\"criminal code\" origin:DUSHANBE", "--limit", "1"])
        #expect(one.output.hasSuffix("1 hit shown, in 1 cable\n"), "\(one.output)")
    }

    @Test func singleCableCommandsReadALibraryCable() throws {
        guard SharedData.shouldRun else { return }
        let outline = try run(["outline", "10dushanbe170"])
        let fromFile = try BuiltProgram.run(["outline", SharedData.folder.path + "/cables/10DUSHANBE170.txt"])
        #expect(outline.status == 0 && outline.output == fromFile.output)
        let read = try run(["read", "10DUSHANBE170", "27e"])
        let swapped = try run(["read", "27e", "10DUSHANBE170"])
        #expect(read.status == 0 && read.output.hasPrefix("27.E") && read.output == swapped.output)
        let export = try run(["export", "09BISHKEK135"])
        #expect(
            export.status == 0 && export.output.contains("\"id\" : \"09BISHKEK135\"")
                || export.output.contains("\"id\": \"09BISHKEK135\""))
        let missing = try run(["stats", "99NOWHERE1"])
        #expect(missing.status == 2 && missing.errors.contains("99NOWHERE1 is not in the library"))
    }

    @Test func showCitesAndCitedByFollowReferences() throws {
        guard SharedData.shouldRun else { return }
        let show = try run(["show", "10DUSHANBE170"])
        #expect(show.status == 0 && show.output.contains("Refers:   10STATE2094 (not in the library)"))
        let cites = try run(["cites", "10DUSHANBE170"])
        #expect(cites.output.contains("STATE 2094\t10STATE2094\tnot in the library"))
        let citedBy = try run(["cited-by", "10STATE2094"])
        #expect(citedBy.status == 0 && citedBy.output.contains("10DUSHANBE170"))
        #expect(citedBy.errors.contains("10STATE2094 itself is not in the library"))
    }

    @Test func libraryTellsWhatItHolds() throws {
        guard SharedData.shouldRun else { return }
        let summary = try run(["library", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(summary.output.utf8)) as? [String: Any]
        #expect(object?["cables"] as? Int == 12 && object?["schemaVersion"] as? Int == 5)
        #expect((object?["absentReferences"] as? Int ?? 0) >= 1, "10STATE2094 is named but not held")
        #expect(object?["outOfDate"] as? Int == 0 && (object?["firstDate"] as? String)?.hasPrefix("2006-07-26") == true)
    }

    @Test func theLibraryIsFoundThroughTheEnvironment() throws {
        guard SharedData.shouldRun else { return }
        let viaVariable = try BuiltProgram.run(
            ["list", "tag:KTIP"], environment: ["CABLEGRAM_LIBRARY": LibraryCommandTests.library])
        #expect(viaVariable.status == 0 && viaVariable.output.contains("10DUSHANBE170"))
        let folder = ScratchFolder.path("xdg")
        let viaData = try BuiltProgram.run(
            ["library"], environment: ["CABLEGRAM_LIBRARY": "", "XDG_DATA_HOME": folder])
        #expect(viaData.status == 77 && viaData.errors.contains(folder + "/cablegram/library.sqlite"))
    }

    @Test func badLibrariesGetTheirOwnStatus() throws {
        let folder = ScratchFolder.path("bad")
        try FileManager.default.createDirectory(atPath: folder + "/dir.sqlite", withIntermediateDirectories: true)
        _ = FileManager.default.createFile(
            atPath: folder + "/text.sqlite", contents: Data("not a database at all\n".utf8))
        let cases: [(String, Int32, String)] = [
            (folder + "/none.sqlite", 77, "no library there yet"), (folder + "/dir.sqlite", 70, "is a directory"),
            (folder + "/text.sqlite", 72, "not a Cablegram library"),
        ]
        for (path, status, message) in cases {
            let result = try BuiltProgram.run(["list", "--library=" + path])
            #expect(result.status == status && result.errors.contains(message), "\(path)")
        }
        let index = try BuiltProgram.run(["index", folder + "/nothing", "--library=" + folder + "/dir.sqlite"])
        #expect(index.status == 70)
    }

    @Test func aCableReadWithAWarningIsCountedApartFromProblems() throws {
        let folder = ScratchFolder.path("warnings")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "A note in plain prose, with no cable header at all.\n".write(
            toFile: folder + "/note.txt", atomically: true, encoding: .utf8)
        try Data([0x50, 0, 0, 1, 2]).write(to: URL(fileURLWithPath: folder + "/binary.txt"))
        let library = "--library=" + folder + "/library.sqlite"
        let verbose = try BuiltProgram.run(["index", folder, library, "--verbose"])
        #expect(verbose.status == 0)
        #expect(verbose.output.hasPrefix("indexed 1 cable from "), "\(verbose.output)")
        #expect(verbose.output.contains("; 1 problem, 1 warning\n"), "\(verbose.output)")
        #expect(verbose.output.contains("binary.txt\t") && !verbose.output.contains("binary.txt\twarning"))
        #expect(verbose.output.contains("note.txt\twarning: no cable header"), "\(verbose.output)")
        let summary = try BuiltProgram.run(["library", library]).output
        #expect(
            summary.contains("Cables      1 from 2 files\n") && summary.contains("0 files (the next index"),
            "\(summary)")
    }

    @Test func hostileTextInTheLibraryIsMadeVisibleOnATerminal() throws {
        let folder = ScratchFolder.path("hostile")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let text = """
            FM AMEMBASSY VALLETTA
            UNCLAS VALLETTA 000009

            SUBJECT: A TITLE \u{1B}]0;pwned\u{07} WITH ESCAPES \u{1B}[2J

            1. The harbour \u{1B}[31mred\u{1B}[0m paragraph, long enough to be a paragraph of prose text here.
            """
        _ = FileManager.default.createFile(atPath: folder + "/hostile.txt", contents: Data(text.utf8))
        let library = "--library=" + folder + "/library.sqlite"
        _ = try BuiltProgram.run(["index", folder, library])
        for arguments in [["list", library], ["search", "harbour", library]] {
            let shown = try BuiltProgram.runInTerminal(arguments)
            #expect(!shown.output.contains("\u{1B}]0;") && !shown.output.contains("\u{1B}[2J"), "\(arguments)")
            #expect(shown.output.contains("^["), "\(arguments)")
        }
    }

    @Test func checkAndIndexTakeFoldersAndListsOfFiles() throws {
        guard SharedData.shouldRun else { return }
        let folder = SharedData.folder.path + "/cables"
        let byFolder = try BuiltProgram.run(["check", folder])
        #expect(byFolder.status == 0 && byFolder.output.split(separator: "\n").count == 12)
        let list = ScratchFolder.path("list.txt")
        let names = ["10DUSHANBE170", "09MADRID347"].map { folder + "/\($0).txt" } + [folder + "/missing.txt"]
        _ = FileManager.default.createFile(atPath: list, contents: Data(names.joined(separator: "\n").utf8))
        let byList = try BuiltProgram.run(["check", "--files-from", list])
        #expect(byList.status == 1 && byList.output.split(separator: "\n").count == 3)
        #expect(byList.output.contains("missing.txt\tFAILED\tno such file"))
    }

    @Test func manyPathsAreCheckedInTheOrderNamed() throws {
        let paths = (0..<3_000).map { "/nonexistent/cable\($0).txt" }
        let result = try BuiltProgram.run(["check", "--"] + paths)
        let named = result.output.split(separator: "\n").map { String($0.split(separator: "\t")[0]) }
        #expect(result.status == 1 && named == paths)
        let mixed = try BuiltProgram.run(["check", paths[0], "--files-from", "/dev/null", paths[1], paths[2]])
        #expect(mixed.output.split(separator: "\n").count == 3 && mixed.errors.contains("3 of 3 files"))
    }

    @Test func anInterruptedIndexSaysWhatItLeftAndDiesOfTheSignal() throws {
        guard SharedData.shouldRun else { return }
        let folder = ScratchFolder.path("interrupt")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let library = folder + "/library.sqlite"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BuiltProgram.path)
        process.arguments = ["index", "--library", library, SharedData.folder.appendingPathComponent("corpus").path]
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        // NB: the corpus takes many seconds to index; the handler is set as soon as the library is open.
        while !FileManager.default.fileExists(atPath: library), process.isRunning { usleep(20_000) }
        usleep(1_000_000)
        kill(process.processIdentifier, SIGINT)
        let written = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGINT)
        #expect(written.contains("interrupted; the library keeps every batch written before"))
        #expect(try BuiltProgram.run(["library", "--library", library]).status == 0)
    }

    @Test func aKilledIndexLeavesALibraryTheNextIndexCompletes() throws {
        guard SharedData.shouldRun else { return }
        let folder = ScratchFolder.path("kill")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let files = SharedData.files(in: "corpus").prefix(300).map(\.path)
        let list = folder + "/files.txt"
        _ = FileManager.default.createFile(atPath: list, contents: Data(files.joined(separator: "\n").utf8))
        let library = "--library=" + folder + "/library.sqlite"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BuiltProgram.path)
        process.arguments = ["index", "--files-from", list, library]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(1_500_000)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let resumed = try BuiltProgram.run(["index", "--files-from", list, library])
        #expect(resumed.status == 0)
        let summary = try BuiltProgram.run(["library", "--json", library])
        let object = try JSONSerialization.jsonObject(with: Data(summary.output.utf8)) as? [String: Any]
        let fresh = folder + "/fresh.sqlite"
        _ = try BuiltProgram.run(["index", "--files-from", list, "--library=" + fresh])
        let freshSummary = try BuiltProgram.run(["library", "--json", "--library=" + fresh])
        let expected = try JSONSerialization.jsonObject(with: Data(freshSummary.output.utf8)) as? [String: Any]
        #expect(object?["cables"] as? Int == expected?["cables"] as? Int)
        #expect(object?["units"] as? Int == expected?["units"] as? Int)
        #expect(object?["incompleteFiles"] as? Int == 0)
    }
}
