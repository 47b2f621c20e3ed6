import ArgumentParser
import CableLibrary

extension StatsCommand {
    /// Whether the arguments name cables of the library by id rather than filter it: each has the form of a cable
    /// id (`09LIMA120`, `ID@FILE`) or is an id the library holds.
    func namesLibraryCables() throws -> Bool {
        guard !input.files.isEmpty else { return false }
        for argument in input.files where !StatsCommand.hasCableIDForm(argument) {
            let isWord = !argument.contains(where: { ":\"* ".contains($0) }) && !argument.hasPrefix("-")
            guard isWord, try LibraryCable.holds(argument, in: input.library) else { return false }
        }
        return true
    }

    /// Whether `argument` is written as a cable id: two digits of the year, the post's letters, the number, and
    /// perhaps `@FILE` (`99NOWHERE1`, so that an id the library lacks is named as missing, not searched as a word).
    static func hasCableIDForm(_ argument: String) -> Bool {
        let isDigit = { (character: Character) in character.isASCII && character.isNumber }
        let id = argument.prefix { $0 != "@" }
        let letters = id.dropFirst(2).prefix { $0.isASCII && $0.isLetter }
        let number = id.dropFirst(2 + letters.count)
        return id.count > 2 && id.prefix(2).allSatisfy(isDigit) && !letters.isEmpty && !number.isEmpty
            && number.allSatisfy(isDigit)
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
