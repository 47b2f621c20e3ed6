import ArgumentParser
import CableLibrary
import CableModel
import Foundation
import Terminal

/// `cablegram index PATH...`: adds files and folders to the library, skipping unchanged files.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Add cables to the library: files, folders (recursively, *.txt) and files of many cables.",
        discussion: """
            Unchanged files (same size, time and content) are skipped; changed ones are replaced; cables derived \
            by older rules are derived again from their stored text. On a terminal a progress bar shows on \
            standard error; otherwise one summary line. Problems (files that cannot be read) and warnings (cables \
            read with a note, such as no header) are counted apart, listed with --verbose, and never stop the rest.
            """
    )

    @OptionGroup var files: FileArguments
    @OptionGroup var library: LibraryOption

    @Flag(help: "Remove the cables of files that no longer exist.")
    var prune = false

    @Flag(help: "List every problem and warning met.")
    var verbose = false

    @Option(help: "Seconds to wait for another process that is writing the library.")
    var wait: Double = 30

    func run() throws {
        let (paths, missing) = try files.gather()
        var summary = try IndexCommand.index(
            paths, into: IndexCommand.openLibrary(library.resolvedPath, wait: wait), prune: prune)
        summary.report.problems =
            missing.map { IndexProblem(place: $0.path, message: $0.message) } + summary.report.problems
        summary.print(verbose: verbose)
    }

    /// Indexes `paths` into `library` with the progress bar on a terminal, or prints why not and exits with the
    /// problem's status.
    static func index(_ paths: [String], into library: Library, prune: Bool) throws -> IndexSummary {
        IndexHeap.configure()
        let indexer = LibraryIndexer(library: library, knowledge: BundledKnowledge.lists)
        let progress = ProgressLine(enabled: StandardStreams.errorIsTerminal)
        InterruptNotice.install(
            (StandardStreams.errorIsTerminal ? "\r\u{1B}[K" : "")
                + "cablegram: interrupted; the library keeps every batch written before, and the next index resumes\n")
        let started = Date()
        defer { progress.clear() }
        do {
            let report = try indexer.index(paths.map(FileList.absolute), prune: prune) { progress.show($0) }
            return IndexSummary(report: report, seconds: Date().timeIntervalSince(started))
        } catch {
            throw LibraryOption.exit(error)
        }
    }

    /// Opens the library at `path` for writing, waiting up to `wait` seconds for another writer.
    static func openLibrary(_ path: String, wait: Double) throws -> Library {
        do {
            return try Library(path: path, access: .write, waitSeconds: wait) {
                StandardStreams.printError(
                    "cablegram: another process is writing the library; waiting up to \(Int(wait)) s…")
            }
        } catch {
            throw LibraryOption.exit(error)
        }
    }
}
