import ArgumentParser
import CableLibrary
import CableModel

/// `cablegram show ID`: a library cable's outline, where it came from, what it refers to and what refers to it.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a cable from the library: its outline, its file, its REF lines and the cables citing it.",
        discussion: """
            outline, read, export, stats and refs also read a library cable: `cablegram read --library ID UNIT`.
            """
    )

    @Argument(help: "The cable id (ID@FILE to choose among cables of different files with the same id).")
    var id: String

    @OptionGroup var library: LibraryOption

    func run() throws {
        let opened = try library.open()
        let summary = try LibraryCable.choose(id, in: opened)
        let (source, references, citing) = try LibraryCable.wrapping { () throws(LibraryError) in
            (try opened.source(of: summary.key), try opened.references(of: summary.key), try opened.citedBy(summary.id))
        }
        guard let source else { throw ExitCode(2) }
        let cable = CableLoader.parse(source, knowledge: BundledKnowledge.lists)
        StandardStreams.printOutput(
            OutlineReport(cable: cable, width: StandardStreams.terminalWidth).text, terminator: "")
        print("")
        StandardStreams.printOutput(
            "File:     \(summary.file)" + (summary.position > 0 ? " (cable \(summary.position + 1))" : ""))
        for reference in references where reference.cableID != nil {
            let status = reference.inLibrary ? "in the library" : "not in the library"
            StandardStreams.printOutput("Refers:   \(reference.cableID!) (\(status))")
        }
        StandardStreams.printOutput(
            "Cited by: " + (citing.isEmpty ? "no cable of the library" : citing.map(\.id).joined(separator: ", ")))
    }
}
