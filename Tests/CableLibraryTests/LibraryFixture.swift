import CableData
import CableModel
import Foundation
import GRDB
import TestSupport

@testable import CableLibrary

/// A temporary folder with a library file and cable files written by the tests, removed at the end.
final class LibraryFixture: Sendable {
    /// The folder.
    let folder: String
    /// The library's path inside it.
    var libraryPath: String { folder + "/library.sqlite" }

    init() {
        folder = ScratchFolder.path("library-" + UUID().uuidString)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    /// The bundled general knowledge (gazetteer, glossary, posts and tags).
    static let knowledge = GeneralKnowledge.bundled

    /// Writes a file under the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        let path = folder + "/" + name
        try? FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    /// Opens the library for writing.
    func writable() throws -> Library { try Library(path: libraryPath, access: .write, waitSeconds: 1) }

    /// Opens the library for reading.
    func readable() throws -> Library { try Library(path: libraryPath) }

    /// Whether the full-text index holds exactly the units' headings and text (FTS5's own check against its
    /// content table), and how many units it finds for `word`.
    func fullText(finding word: String) throws -> (whole: Bool, units: Int) {
        try DatabaseQueue(path: libraryPath).write { db in
            let whole =
                (try? db.execute(sql: "INSERT INTO unit_fts(unit_fts, rank) VALUES('integrity-check', 1)")) != nil
            let units =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM unit_fts WHERE unit_fts MATCH ?", arguments: [word]) ?? 0
            return (whole, units)
        }
    }

    /// Indexes paths (folders expanded) into the library.
    @discardableResult
    func index(_ paths: [String], prune: Bool = false) throws -> IndexReport {
        let library = try writable()
        let files = FileList.expand(paths).files.map(FileList.absolute)
        return try LibraryIndexer(library: library, knowledge: LibraryFixture.knowledge).index(files, prune: prune)
    }
}

/// Cables written for the tests: the envelope and header forms of the release, with sentences of our own.
enum TestCable {
    /// A cable from `post` numbered `number`, sent on `day` (`101222Z FEB 10`), with the given header lines and
    /// paragraphs.
    static func text(
        post: String, number: Int, dateTimeGroup: String, classification: String = "UNCLAS",
        tags: String = "PGOV", subject: String = "A SUBJECT OF OUR OWN", reference: String? = nil,
        paragraphs: [String]
    ) -> String {
        var lines = [
            "VZCZCXRO0001", "PP RUEHC", "DE RUEHXX #\(number)/01 0411222", "ZNR UUUUU ZZH", "P \(dateTimeGroup)",
            "FM AMEMBASSY \(post)", "TO RUEHC/SECSTATE WASHDC PRIORITY 0001", "",
            "\(classification) \(post) \(String(repeating: "0", count: 6 - String(number).count))\(number)", "",
            "E.O. 12958: N/A", "TAGS: \(tags)", "SUBJECT: \(subject)", "",
        ]
        if let reference { lines += ["REF: \(reference)", ""] }
        for (position, paragraph) in paragraphs.enumerated() { lines += ["\(position + 1). \(paragraph)", ""] }
        lines += ["SMITH", ""]
        return lines.joined(separator: "\n")
    }

    /// `count` cables from one post in one file, numbered from 1, each with two paragraphs of prose (so that each
    /// next cable starts after a body, as the split rule wants).
    static func series(post: String, count: Int) -> String {
        (1...count).map {
            text(
                post: post, number: $0, dateTimeGroup: "011200Z MAY 08",
                paragraphs: [
                    "Crossing \($0) of the ferry between the islands went as planned and on time again.",
                    "The crew counted the passengers twice, as the harbour rules ask of every crossing.",
                ])
        }.joined(separator: "\n")
    }
}
