import ArgumentParser
import CableLibrary
import Foundation

/// `--library` on every command that can read the library: the flag alone means the default library
/// (`$CABLEGRAM_LIBRARY`, else `$XDG_DATA_HOME/cablegram/library.sqlite`); `--library=PATH`, `--library PATH.sqlite`
/// or `--library-path PATH` name one.
struct LibraryOption: ParsableArguments {
    @Flag(name: .customLong("library"), help: "Read the library of cables (see `cablegram index`).")
    var useLibrary = false

    @Option(
        name: .customLong("library-path"),
        help: ArgumentHelp(
            "The library file (also --library=PATH). Default: $CABLEGRAM_LIBRARY, else "
                + "$XDG_DATA_HOME/cablegram/library.sqlite.", valueName: "path"))
    var path: String?

    /// Whether the command was asked to use the library.
    var isSet: Bool { useLibrary || path != nil }

    /// The library's path: the one named, else the default.
    var resolvedPath: String { path ?? LibraryLocation.defaultPath(environment: ProcessInfo.processInfo.environment) }

    /// Opens the library, or prints why not and exits with the problem's status.
    func open(access: Library.Access = .read) throws -> Library {
        do {
            return try Library(path: resolvedPath, access: access) {
                StandardStreams.printError("cablegram: the library is busy (another index is writing); waiting…")
            }
        } catch {
            throw LibraryOption.exit(error)
        }
    }

    /// Prints a library problem and gives the exit that carries its status.
    static func exit(_ error: LibraryError) -> ExitCode {
        StandardStreams.printError("cablegram: \(error.message)")
        return ExitCode(error.exitStatus)
    }

    /// The arguments with `--library=PATH` and `--library PATH.sqlite` rewritten as `--library --library-path PATH`.
    ///
    /// NB: `--library` is a flag so that `search --library QUERY` and `outline --library ID` read naturally; a path
    /// right after it is taken only when its name says it is a database file.
    static func normalised(_ arguments: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                result += arguments[index...]
                break
            }
            if argument.hasPrefix("--library=") {
                result += ["--library", "--library-path", String(argument.dropFirst("--library=".count))]
            } else if argument == "--library", index + 1 < arguments.count, namesDatabase(arguments[index + 1]) {
                result += ["--library", "--library-path", arguments[index + 1]]
                index += 1
            } else {
                result.append(argument)
            }
            index += 1
        }
        return result
    }

    private static func namesDatabase(_ argument: String) -> Bool {
        let name = argument.lowercased()
        return !name.hasPrefix("-") && [".sqlite", ".sqlite3", ".db"].contains { name.hasSuffix($0) }
    }
}

extension LibraryError {
    /// A distinct exit status for each problem (after the file problems' 64–71).
    var exitStatus: Int32 {
        switch self {
        case .directory: 70
        case .notALibrary: 72
        case .newerSchema: 73
        case .readOnly: 74
        case .locked: 75
        case .diskFull: 76
        case .missing: 77
        case .olderSchema: 78
        case .database: 79
        }
    }
}
