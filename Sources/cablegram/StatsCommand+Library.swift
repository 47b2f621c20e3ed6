import ArgumentParser
import CableLibrary

extension StatsCommand {
    /// Whether the arguments name cables of the library by id (each one the library holds), rather than filter it.
    func namesLibraryCables() throws -> Bool {
        guard !input.files.isEmpty else { return false }
        for argument in input.files {
            let looksLikeID = !argument.contains(where: { ":\"* ".contains($0) }) && !argument.hasPrefix("-")
            guard looksLikeID, try LibraryCable.holds(argument, in: input.library) else { return false }
        }
        return true
    }

    /// The tables across the cables a library filter keeps: `--table figures` lists each cable's figures, anything
    /// else gives the cross-cable table (enforcement unless chosen) or, with `--pivot`, country by year. An empty
    /// selection says so and exits with 1.
    func runOnLibrarySelection() throws {
        let library = try input.library.open()
        let selection = try LibrarySelection(input.files, in: library)
        guard !selection.cables.isEmpty else {
            let filter = selection.text.isEmpty ? "" : " `\(selection.text)`"
            StandardStreams.printError(
                "cablegram: no cable of the library matches\(filter) (an id the library does not hold is read as a word)"
            )
            throw ExitCode(1)
        }
        if table == .figures, !pivot {
            write(try selection.parsedCables(from: library))
        } else {
            printAcrossCables(try selection.reports(from: library))
        }
    }
}
