import ArgumentParser
import CableLibrary

/// Paths to read, named on the command line or listed in a file: folders are searched recursively for `*.txt`.
struct FileArguments: ParsableArguments {
    @Argument(help: "Files, or folders searched recursively for *.txt files.")
    var paths: [String] = []

    /// The paths after the first, taken out of the arguments before ArgumentParser reads them (`set aside`).
    ///
    /// NB: ArgumentParser's cost grows with the square of the number of values an array argument gets (20,000
    /// paths: 17 s); taking them out first keeps `check` and `index` linear in the number of paths.
    nonisolated(unsafe) static var setAside: [String] = []

    /// The commands whose paths are set aside, and their options that take a value.
    private static let commands: Set<String> = ["check", "index"]
    private static let valueOptions: Set<String> = ["--files-from", "--library-path", "--wait"]

    /// The arguments without the paths after the first, which go to `setAside`.
    static func settingPathsAside(_ arguments: [String]) -> [String] {
        guard let command = arguments.first, commands.contains(command) else { return arguments }
        var kept = [command]
        var sawPath = false
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                setAside += arguments[(index + 1)...]
                break
            }
            if valueOptions.contains(argument), index + 1 < arguments.count {
                kept += [argument, arguments[index + 1]]
                index += 2
                continue
            }
            if argument.hasPrefix("-") || !sawPath {
                kept.append(argument)
                sawPath = sawPath || !argument.hasPrefix("-")
            } else {
                setAside.append(argument)
            }
            index += 1
        }
        return kept
    }

    @Option(
        name: .customLong("files-from"),
        help: ArgumentHelp("Read more paths from FILE, one per line (- for standard input).", valueName: "file"))
    var listFile: String?

    /// Every path named, folders expanded, and the paths that name nothing; with `standardInput`, a `-` stays a
    /// path of its own (standard input) in its place.
    func gather(standardInput: Bool = false) throws -> (files: [String], problems: [FileList.Problem]) {
        var named = paths + FileArguments.setAside
        if let listFile {
            do {
                named += try FileList.listed(in: listFile)
            } catch {
                StandardStreams.printError("cablegram: \(error.path): \(error.message)")
                throw ExitCode(66)
            }
        }
        guard standardInput else { return FileList.expand(named) }
        // NB: expanded one at a time so that `-` keeps its place among the files.
        var files: [String] = []
        var problems: [FileList.Problem] = []
        for path in named {
            if path == CableFile.standardInputName {
                files.append(path)
                continue
            }
            let expanded = FileList.expand([path])
            files += expanded.files
            problems += expanded.problems
        }
        return (files, problems)
    }

    func validate() throws {
        guard !paths.isEmpty || !FileArguments.setAside.isEmpty || listFile != nil else {
            throw ValidationError("name at least one file or folder")
        }
    }
}
