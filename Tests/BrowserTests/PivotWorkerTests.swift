import Browser
import CableLibrary
import CableModel
import Foundation
import TestSupport
import Testing

@testable import cablegram

/// The pivot read off the key loop on a real library: the worker's answer is the pivot `stats --pivot` gives of the
/// same cables, its progress counts them, and a reading superseded by a newer one never answers.
@Suite(.enabled(if: SharedData.shouldRun))
struct PivotWorkerTests {
    /// A library of the first cable and two Icelandic TIP reports, indexed into a temporary folder.
    private static func library(in folder: String) throws -> (Library, [URL]) {
        let files =
            SharedData.files(in: "cables").filter { $0.lastPathComponent == "10DUSHANBE170.txt" }
            + SharedData.files(in: "library").filter {
                ["09REYKJAVIK50.txt", "10REYKJAVIK31.txt"].contains($0.lastPathComponent)
            }
        return try library(in: folder, files: files)
    }

    /// A library of `files`, indexed into a temporary folder.
    private static func library(in folder: String, files: [URL]) throws -> (Library, [URL]) {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/library.sqlite"
        let writer = try Library(path: path, access: .write)
        _ = try LibraryIndexer(library: writer, knowledge: .bundled).index(files.map(\.path), prune: false)
        return (try Library(path: path), files)
    }

    /// Steps the loop's part of the pivot until the list has an answer, or a minute passes.
    private static func stepUntilAnswered(_ library: inout LibraryBrowser, _ worker: PivotWorker) -> [Int] {
        var seen: [Int] = []
        let deadline = Date().addingTimeInterval(60)
        while library.pivot.answer == nil || library.pivot.reading != nil, Date() < deadline {
            _ = worker.step(&library)
            if let reading = library.pivot.reading { seen.append(reading.progress.read) }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return seen
    }

    @Test func theWorkersPivotIsTheOneStatsGives() throws {
        let folder = ScratchFolder.path("pivot-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (opened, files) = try Self.library(in: folder)
        try #require(files.count == 3)
        var library = LibraryBrowser(
            source: try LibraryListSource(opening: opened), title: "Library", size: Size(width: 120, height: 30),
            knowledge: .bundled)
        let worker = PivotWorker(opened)
        library.press(.tab)
        let progress = Self.stepUntilAnswered(&library, worker)
        #expect(progress.allSatisfy { $0 <= 3 })
        let cables = try files.flatMap { try CableLoader.load(SharedData.bytes($0), knowledge: .bundled) }
        let expected = ReportPivot(cables: cables.map { IndexedCable.report(of: $0, knowledge: .bundled) })
        #expect(library.pivot.answer?.pivot == expected)
        #expect(library.pivot.rows.contains { $0.country == "Tajikistan" && $0.year == 2009 })
        #expect(library.pivot.rows.contains { $0.country == "Iceland" })
    }

    @Test func leavingThePivotStopsTheWorkersReading() throws {
        let folder = ScratchFolder.path("pivot-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let reports = ["REYKJAVIK", "SANJOSE", "BOGOTA"]
        let files = SharedData.files(in: "library").filter { file in
            reports.contains { file.lastPathComponent.contains($0) }
        }
        let (opened, _) = try Self.library(in: folder, files: Array(files.prefix(12)))
        var library = LibraryBrowser(
            source: try LibraryListSource(opening: opened), title: "Library", size: Size(width: 120, height: 30),
            knowledge: .bundled)
        try #require(library.list.count >= 8)
        let worker = PivotWorker(opened)
        library.press(.tab)
        _ = worker.step(&library)
        library.press(.escape)
        _ = worker.step(&library)
        var (read, answered) = (0, false)
        let deadline = Date().addingTimeInterval(60)
        while worker.isBusy, Date() < deadline {
            let (progress, answer) = worker.take()
            read = max(read, progress?.read ?? 0)
            answered = answered || answer != nil
            Thread.sleep(forTimeInterval: 0.01)
        }
        #expect(!worker.isBusy)
        #expect(!answered)
        #expect(read < library.list.count, "the reading stopped at its next cable, not at the end")
        _ = worker.step(&library)
        #expect(library.pivot.answer == nil)
    }

    @Test func aSupersededReadingNeverAnswers() throws {
        let folder = ScratchFolder.path("pivot-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (opened, _) = try Self.library(in: folder)
        let worker = PivotWorker(opened)
        let order = CableListOrder()
        worker.start(CableListRequest(filter: "", order: order, generation: 1, waitsForPause: false))
        worker.start(CableListRequest(filter: "origin:DUSHANBE", order: order, generation: 2, waitsForPause: false))
        var answers: [CableListRequest] = []
        let deadline = Date().addingTimeInterval(60)
        while answers.isEmpty || worker.isBusy, Date() < deadline {
            if let answer = worker.take().answer { answers.append(answer.request) }
            Thread.sleep(forTimeInterval: 0.02)
        }
        #expect(answers.map(\.generation) == [2])
    }
}
