import ArgumentParser
import CableLibrary
import CableModel

/// `cablegram cites ID`: the cables a library cable's REF line names, and which of them the library holds.
struct CitesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cites",
        abstract: "List the cables a library cable refers to (its REF line), and say which the library lacks."
    )

    @OptionGroup var cable: LibraryCableArgument

    func run() throws {
        let opened = try cable.library.open()
        let chosen = try LibraryCable.choose(cable.id, in: opened)
        let references = try LibraryCable.wrapping { () throws(LibraryError) in try opened.references(of: chosen.key) }
        if cable.json {
            print(JSONValue.array(references.map(CitesCommand.json)).prettyPrinted())
            return
        }
        if references.isEmpty { StandardStreams.printOutput("\(chosen.id) has no REF line") }
        for reference in references {
            let label = reference.label.map { "\($0). " } ?? ""
            let status =
                reference.cableID == nil
                ? "no cable id" : reference.inLibrary ? "in the library" : "not in the library"
            StandardStreams.printOutput(
                "\(label)\(reference.text)\t\(reference.cableID ?? "—")\t\(status)\t\(reference.mentions) mentions")
        }
    }

    private static func json(_ reference: LibraryReference) -> JSONValue {
        .object([
            ("label", .optional(reference.label)), ("text", .string(reference.text)),
            ("cable", .optional(reference.cableID)), ("inLibrary", .bool(reference.inLibrary)),
            ("mentions", .integer(reference.mentions)),
        ])
    }
}
