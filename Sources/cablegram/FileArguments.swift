import ArgumentParser
import CableLibrary

/// Paths to read, named on the command line or listed in a file: folders are searched recursively for `*.txt`.
struct FileArguments: ParsableArguments {
    // NB: `.allUnrecognized`-free plain positional values; the list file is the way past the shell's argument limit.
    @Argument(help: "Files, or folders searched recursively for *.txt files.")
    var paths: [String] = []

    @Option(
        name: .customLong("files-from"),
        help: ArgumentHelp("Read more paths from FILE, one per line (- for standard input).", valueName: "file"))
    var listFile: String?

    /// Every path named, folders expanded, and the paths that name nothing.
    func gather() throws -> (files: [String], problems: [FileList.Problem]) {
        var named = paths
        if let listFile {
            do {
                named += try FileList.listed(in: listFile)
            } catch {
                StandardStreams.printError("cablegram: \(error.path): \(error.message)")
                throw ExitCode(66)
            }
        }
        return FileList.expand(named)
    }

    func validate() throws {
        guard !paths.isEmpty || listFile != nil else { throw ValidationError("name at least one file or folder") }
    }
}
