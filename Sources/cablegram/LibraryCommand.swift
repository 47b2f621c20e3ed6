import ArgumentParser
import Browser
import CableLibrary
import CableModel

/// `cablegram library`: what the library holds.
struct LibraryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "library",
        abstract: "Say what the library holds: cables, files, size, date range, schema version, cables out of date."
    )

    @OptionGroup var library: LibraryOption

    @Flag(help: "Write JSON.")
    var json = false

    func run() throws {
        let opened = try library.open()
        let summary = try LibraryCable.wrapping { () throws(LibraryError) in try opened.summary() }
        if json {
            print(LibraryCommand.json(summary).prettyPrinted())
            return
        }
        let megabytes = { (bytes: Int) in Count.decimal(Double(bytes) / 1_048_576) + " MB" }
        let lines = [
            ("Library", summary.path),
            ("Cables", Count.grouped(summary.cables) + " from " + Count.of(summary.files, "file")),
            ("Units", Count.grouped(summary.units)),
            ("Text", megabytes(summary.textBytes)),
            ("Database", megabytes(summary.databaseBytes)),
            (
                "Dates",
                "\(summary.firstDate.map { String($0.prefix(10)) } ?? "—") to \(summary.lastDate.map { String($0.prefix(10)) } ?? "—")"
            ),
            ("Schema", "version \(summary.schemaVersion)"),
            ("Rules", "version \(summary.rulesVersion); \(Count.of(summary.outOfDate, "cable")) out of date"),
            ("Duplicates", "\(Count.of(summary.duplicateIDs, "id")) held by more than one cable"),
            ("Interrupted", "\(Count.of(summary.incompleteFiles, "file")) (the next index reads them again)"),
            (
                "References",
                "\(Count.of(summary.absentReferences, "cable")) named on REF lines "
                    + (summary.absentReferences == 1 ? "is" : "are") + " not in the library"
            ),
        ]
        for (label, value) in lines { StandardStreams.printOutput(label.padding(12) + value) }
    }

    private static func json(_ summary: LibrarySummary) -> JSONValue {
        .object([
            ("path", .string(summary.path)), ("schemaVersion", .integer(summary.schemaVersion)),
            ("cables", .integer(summary.cables)), ("files", .integer(summary.files)),
            ("units", .integer(summary.units)),
            ("textBytes", .integer(summary.textBytes)), ("databaseBytes", .integer(summary.databaseBytes)),
            ("firstDate", .optional(summary.firstDate)), ("lastDate", .optional(summary.lastDate)),
            ("rulesVersion", .integer(summary.rulesVersion)), ("outOfDate", .integer(summary.outOfDate)),
            ("duplicateIDs", .integer(summary.duplicateIDs)), ("incompleteFiles", .integer(summary.incompleteFiles)),
            ("absentReferences", .integer(summary.absentReferences)),
        ])
    }
}

extension String {
    /// The string followed by spaces up to `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
