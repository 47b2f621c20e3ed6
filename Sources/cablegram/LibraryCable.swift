import ArgumentParser
import CableLibrary
import CableModel

/// A cable read from the library by its id, parsed again by the model from its stored text.
enum LibraryCable {
    /// The cable `selector` names: an id (`09LIMA120`), or `ID@FILE` to choose among cables of different files
    /// that share the id (any end of the file's path).
    static func load(_ selector: String?, from option: LibraryOption) throws -> CableFile {
        guard let selector else {
            StandardStreams.printError("cablegram: name a cable id to read from the library (`cablegram list`)")
            throw ExitCode(64)
        }
        let library = try option.open()
        let summary = try choose(selector, in: library)
        guard let source = try wrapping({ () throws(LibraryError) in try library.source(of: summary.key) }) else {
            StandardStreams.printError("cablegram: \(summary.id): the stored text is damaged; index its file again")
            throw ExitCode(72)
        }
        return CableFile(name: summary.id, cables: [CableLoader.parse(source, knowledge: BundledKnowledge.lists)])
    }

    /// The one cable a selector names, or a message and status 2.
    static func choose(_ selector: String, in library: Library) throws -> CableSummary {
        let parts = selector.split(separator: "@", maxSplits: 1).map(String.init)
        var found = try wrapping { () throws(LibraryError) in try library.cables(withID: parts[0]) }
        if parts.count == 2 { found = found.filter { $0.file.hasSuffix(parts[1]) } }
        guard let first = found.first else {
            StandardStreams.printError("cablegram: \(selector) is not in the library")
            throw ExitCode(2)
        }
        if found.count > 1 {
            StandardStreams.printError(
                "cablegram: \(found.count) cables have the id \(parts[0]); showing the one from \(first.file) "
                    + "(choose with ID@FILE): " + found.map(\.file).joined(separator: ", "))
        }
        return first
    }

    /// Whether the library holds a cable with this id.
    static func holds(_ id: String, in option: LibraryOption) throws -> Bool {
        let library = try option.open()
        let cableID = String(id.split(separator: "@").first ?? "")
        return try wrapping { () throws(LibraryError) in try library.contains(cableID: cableID) }
    }

    /// Runs a library call, printing its failure and exiting with its status.
    static func wrapping<T>(_ body: () throws(LibraryError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw LibraryOption.exit(error)
        }
    }
}
