import ArgumentParser
import CableModel

/// The FILE... arguments of the commands that read several files (`outline`, `search`, `stats`), cable ids with
/// `--library`, and loading them.
struct CableFilesArgument: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "Cable files (UTF-8 or Latin-1 text); - reads standard input; with --library cable ids. "
                + "Default: the bundled cable."))
    var files: [String] = []

    @OptionGroup var library: LibraryOption

    /// Every cable of every file (or library id), in order; one that cannot be read is reported and the others are
    /// still read. Returns the exit status of the first failure, to end with once the others are written.
    func load() -> (cables: [Cable], failure: Int32?) {
        CableFilesArgument.load(files, library: library)
    }

    /// Loads `paths` (the bundled cable when there are none); with `library` set, `paths` are the library's cable ids.
    static func load(_ paths: [String], library: LibraryOption? = nil) -> (cables: [Cable], failure: Int32?) {
        var cables: [Cable] = []
        var failure: Int32?
        for path in paths.isEmpty ? [nil] : paths.map(Optional.some) {
            do {
                if let library, library.isSet {
                    cables += try LibraryCable.load(path, from: library).cables
                } else {
                    cables += try CableArgument.load(path).cables
                }
            } catch let exit as ExitCode {
                failure = failure ?? exit.rawValue
            } catch {
                failure = failure ?? ExitCode.failure.rawValue
            }
        }
        return (cables, failure)
    }
}
