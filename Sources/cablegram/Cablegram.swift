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
            StatsCommand.self,
            ExportCommand.self, CheckCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self
    )
}

/// The optional FILE argument that most subcommands take, and loading it.
struct CableArgument: ParsableArguments {
    @Argument(help: "A cable file (UTF-8 or Latin-1 text); - reads standard input. Default: the bundled cable.")
    var file: String?

    init() {}

    /// The argument naming `file`.
    init(file: String?) { self.file = file }

    /// Loads the named file, or prints why not and exits with the problem's status.
    func load() throws -> CableFile {
        do {
            let file = try CableFile.open(file)
            for cable in file.cables {
                for warning in cable.warnings {
                    StandardStreams.printError("cablegram: \(file.name): warning: \(warning)")
                }
            }
            return file
        } catch {
            StandardStreams.printError("cablegram: \(file ?? "bundled cable"): \(error.message)")
            throw ExitCode(error.exitStatus)
        }
    }
}
