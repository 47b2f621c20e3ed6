import ArgumentParser

/// The `cablegram` command: a terminal browser for US diplomatic cables, and the same model for scripts.
@main
struct Cablegram: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "cablegram",
        abstract: "Read US diplomatic cables: outline, clean text, index and figures.",
        discussion: """
            `cablegram [FILE]` opens the full-screen browser (the browse subcommand); the other subcommands \
            give the same model to scripts as text, JSON or CSV. With no FILE, the bundled cable is read.
            """,
        version: "cablegram \(version)",
        subcommands: [
            BrowseCommand.self, OutlineCommand.self, ReadCommand.self, SearchCommand.self, RefsCommand.self,
            StatsCommand.self, ExportCommand.self, CheckCommand.self, IndexCommand.self, ListCommand.self,
            ShowCommand.self, CitesCommand.self, CitedByCommand.self, LibraryCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self
    )

    /// Runs the command line, `--library=PATH` and `--library PATH.sqlite` read as the library's path, and the paths
    /// of `check` and `index` set aside (see `FileArguments`).
    static func main() {
        let arguments = FileArguments.settingPathsAside(
            LibraryOption.normalised(Array(CommandLine.arguments.dropFirst())))
        // NB: the usual start, `cablegram [FILE]`, needs no parsing; ArgumentParser's parse reflects over every
        // subcommand first, a tenth of the time to the browser's first frame.
        guard let file = BrowseCommand.plainFile(arguments) else { return main(arguments) }
        do {
            try BrowseCommand.browse(file)
        } catch {
            exit(withError: error)
        }
    }
}

/// The optional FILE argument that most subcommands take (a cable id with `--library`), and loading it.
struct CableArgument: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "A cable file (UTF-8 or Latin-1 text); - reads standard input; with --library a cable id. "
                + "Default: the bundled cable."))
    var file: String?

    @OptionGroup var library: LibraryOption

    /// Loads the named file (or the library's cable), or prints why not and exits with the problem's status.
    func load() throws -> CableFile {
        if library.isSet { return try LibraryCable.load(file, from: library) }
        return try CableArgument.load(file)
    }

    /// Loads the file at `path` (the bundled cable when nil), or prints why not and exits with the problem's status.
    static func load(_ path: String?) throws -> CableFile {
        do {
            let file = try CableFile.open(path)
            for cable in file.cables {
                for warning in cable.warnings {
                    StandardStreams.printError("cablegram: \(file.name): warning: \(warning)")
                }
            }
            return file
        } catch {
            StandardStreams.printError("cablegram: \(path ?? "bundled cable"): \(error.message)")
            throw ExitCode(error.exitStatus)
        }
    }
}
