import ArgumentParser
import CableModel

/// The FILE... arguments of the commands that read several files (`outline`, `search`, `stats`), and loading them.
struct CableFilesArgument: ParsableArguments {
    @Argument(help: "Cable files (UTF-8 or Latin-1 text); - reads standard input. Default: the bundled cable.")
    var files: [String] = []

    /// Every cable of every file, in order; a file that cannot be read is reported and the others are still read.
    /// Returns the exit status of the first failure, to end with once the others are written.
    func load() -> (cables: [Cable], failure: Int32?) {
        CableFilesArgument.load(files)
    }

    /// Loads `paths` (the bundled cable when there are none).
    static func load(_ paths: [String]) -> (cables: [Cable], failure: Int32?) {
        var cables: [Cable] = []
        var failure: Int32?
        for path in paths.isEmpty ? [nil] : paths.map(Optional.some) {
            do {
                cables += try CableArgument(file: path).load().cables
            } catch let exit as ExitCode {
                failure = failure ?? exit.rawValue
            } catch {
                failure = failure ?? ExitCode.failure.rawValue
            }
        }
        return (cables, failure)
    }
}
