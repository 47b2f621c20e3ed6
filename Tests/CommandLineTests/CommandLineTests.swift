import Foundation
import TestSupport
import Testing

/// The command line as scripts use it: outline, read, export, check, help and version, and bad input.
@Suite struct CommandLineTests {
    @Test func outlineOfTheBundledCableFromAnyFolder() throws {
        let run = try BuiltProgram.run(["outline"], in: "/")
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("10DUSHANBE170 · UNCLASSIFIED · 2010-02-10T12:22:00Z · AMEMBASSY DUSHANBE"))
        #expect(run.output.contains("  27.E "))
        #expect(run.errors.isEmpty)
    }

    @Test func readPrintsOneUnit() throws {
        let run = try BuiltProgram.run(["read", "27e"])
        #expect(run.status == 0)
        #expect(run.output.contains("It opened two 2 cases under article 130.1"))
        #expect(!run.output.contains("DUSHANBE 00000170"))
    }

    @Test func readOfAnUnknownUnitSaysSo() throws {
        let run = try BuiltProgram.run(["read", "99.Z"])
        #expect(run.status == 2)
        #expect(run.errors.contains("no unit '99.Z'"))
    }

    @Test func exportIsOneJSONDocumentWithTheSchema() throws {
        let run = try BuiltProgram.run(["export"])
        #expect(run.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        #expect(json?["format"] as? String == "cablegram/1")
        #expect(json?["id"] as? String == "10DUSHANBE170")
        let header = json?["header"] as? [String: Any]
        #expect(header?["tags"] as? [String] == ["PGOV", "PHUM", "KTIP", "TI"])
        #expect(header?["dateTime"] as? String == "2010-02-10T12:22:00Z")
        #expect(header?["pages"] as? Int == 12)
        let paragraphs = json?["paragraphs"] as? [[String: Any]]
        #expect(paragraphs?.count == 55)
        #expect(
            paragraphs?.first?.keys.sorted() == ["heading", "id", "kind", "label", "marking", "page", "parent", "text"])
    }

    @Test func exportOfSeveralCablesIsJSONLines() throws {
        let seed = try [UInt8](
            Data(contentsOf: BuiltProgram.repositoryRoot.appendingPathComponent("Data/10DUSHANBE170.txt")))
        let path = try BuiltProgram.temporaryFile(seed + seed, name: "two.txt")
        let run = try BuiltProgram.run(["export", path])
        let lines = run.output.split(separator: "\n")
        #expect(run.status == 0)
        #expect(lines.count == 2)
        for line in lines {
            let json = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(json?["id"] as? String == "10DUSHANBE170")
        }
        let check = try BuiltProgram.run(["check", path])
        #expect(check.output.split(separator: "\n").count == 2)
    }

    @Test func helpAndVersionAnswer() throws {
        let help = try BuiltProgram.run(["--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("USAGE: cablegram"))
        #expect(help.output.contains("outline"))
        let version = try BuiltProgram.run(["--version"])
        #expect(version.status == 0)
        #expect(version.output.hasPrefix("cablegram "))
        let completion = try BuiltProgram.run(["--generate-completion-script", "bash"])
        #expect(completion.status == 0)
        #expect(completion.output.contains("cablegram"))
    }

    @Test func unknownOptionsGetAUsageMessage() throws {
        let run = try BuiltProgram.run(["outline", "--frobnicate"])
        #expect(run.status == 64)
        #expect(run.errors.contains("Unknown option '--frobnicate'"))
    }

    /// Each bad input: a one-line message naming the file and the problem, and a distinct exit status.
    @Test func badInputGetsAClearMessageAndItsOwnStatus() throws {
        let empty = try BuiltProgram.temporaryFile([], name: "empty.txt")
        let binary = try BuiltProgram.temporaryFile([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1], name: "binary.bin")
        let garbage = try BuiltProgram.temporaryFile([UInt8](repeating: 0x8D, count: 64), name: "garbage.txt")
        let cases: [(String, Int32, String)] = [
            ("/nonexistent/cable.txt", 66, "no such file"),
            ("/tmp", 70, "is a directory"),
            (empty, 65, "the file is empty"),
            (binary, 67, "binary"),
            (garbage, 68, "neither UTF-8 nor Latin-1"),
        ]
        var statuses = Set<Int32>()
        for (path, status, message) in cases {
            let run = try BuiltProgram.run(["outline", path])
            #expect(run.status == status, "\(path)")
            #expect(run.errors.contains(path) && run.errors.contains(message), "\(run.errors)")
            #expect(run.errors.split(separator: "\n").count == 1)
            #expect(run.output.isEmpty)
            statuses.insert(run.status)
        }
        #expect(statuses.count == cases.count)
    }

    @Test func aHugeFileIsRefusedQuickly() throws {
        let path = ScratchFolder.path("huge.txt")
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 100 * 1_048_576)
        try handle.close()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try BuiltProgram.run(["outline", path])
        #expect(run.status == 69)
        #expect(run.errors.contains("too large"))
    }

    @Test func aFileOfTooManyLinesIsRefused() throws {
        let path = try BuiltProgram.temporaryFile(
            [UInt8](repeating: 0x0A, count: 2_000_000) + [0x78], name: "lines.txt")
        let run = try BuiltProgram.run(["outline", path])
        #expect(run.status == 69)
        #expect(run.errors.contains(path) && run.errors.contains("too many lines (2000001; the limit is 1000000)"))
        #expect(run.errors.split(separator: "\n").count == 1)
    }

    @Test func statisticsOfAHugeTextSayTheyStopped() throws {
        let text = (1...12_000).map { "\($0) victims were found." }.joined(separator: " ")
        let path = try BuiltProgram.temporaryFile(Array(text.utf8), name: "figures.txt")
        let run = try BuiltProgram.run(["stats", "--table", "victims", path])
        #expect(run.status == 0)
        #expect(run.errors.contains("warning: the statistics stop at 10000 figures or 1000000 characters"))
    }

    @Test func textThatIsNotACableLoadsWithAWarning() throws {
        let path = try BuiltProgram.temporaryFile(Array("Shopping list\n\nEggs and milk.\n".utf8), name: "notes.txt")
        let run = try BuiltProgram.run(["outline", path])
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("untitled"))
        #expect(run.errors.contains("warning: no cable header found"))
    }

    @Test func checkReportsEachFileAndFailsWhenOneDoesNotLoad() throws {
        let seed = BuiltProgram.repositoryRoot.appendingPathComponent("Data/10DUSHANBE170.txt").path
        let good = try BuiltProgram.run(["check", seed])
        #expect(good.status == 0)
        #expect(good.output.contains("10DUSHANBE170\t55 units\t12 pages\tok"))
        let bad = try BuiltProgram.run(["check", seed, "/nonexistent.txt"])
        #expect(bad.status == 1)
        #expect(bad.output.contains("/nonexistent.txt\tFAILED\tno such file"))
    }

    @Test func checkNamesEveryProblemAReaderShouldWorryAbout() throws {
        let headerOnly = "VZCZCXRO0001\nR 261341Z NOV 07\nFM AMEMBASSY ALPHA\nTO RUEHC/SECSTATE WASHDC 0001\n\n"
        let path = try BuiltProgram.temporaryFile(Array((headerOnly + "SUBJECT: A TEST\n").utf8), name: "bare.txt")
        let run = try BuiltProgram.run(["check", path])
        #expect(run.status == 0)
        #expect(run.output.contains("no cable id; no classification; the body is empty"))
        let stray = "UNCLASSIFIED ALPHA 000123\n\nSUBJECT: A TEST\n\nA stray line of text.\n\n1. The first paragraph.\n"
        let strayPath = try BuiltProgram.temporaryFile(Array((headerOnly + stray).utf8), name: "stray.txt")
        let strayRun = try BuiltProgram.run(["check", strayPath])
        #expect(strayRun.output.hasSuffix("text before the first paragraph (unit u1)\n"))
    }

    @Test func checkSummaryCountsCablesPerProblem() throws {
        let seed = BuiltProgram.repositoryRoot.appendingPathComponent("Data/10DUSHANBE170.txt").path
        let notes = try BuiltProgram.temporaryFile(Array("Shopping list\n\nEggs and milk.\n".utf8), name: "notes.txt")
        let run = try BuiltProgram.run(["check", "--summary", seed, seed, notes, "/nonexistent.txt"])
        #expect(run.status == 1)
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "3 cables in 4 files")
        #expect(lines.contains("2  ok"))
        #expect(lines.contains("1  no cable header found: read as an untitled document of plain paragraphs"))
        #expect(lines.last == "1  files failed to load")
        #expect(!run.output.contains("FAILED"))
    }
}
