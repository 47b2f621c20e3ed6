import ArgumentParser
import Browser
import CableModel

/// `cablegram check FILE...`: load each file and report one line per cable.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load each file and print one line per cable: id, units, pages, problems. Exits 1 if any failed."
    )

    @Argument(help: "The files to check.")
    var files: [String]

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name at least one file to check") }
    }

    func run() throws {
        var failures = 0
        for path in files {
            do {
                let file = try CableFile.open(path)
                for (position, cable) in file.cables.enumerated() {
                    let name = file.cables.count > 1 ? "\(path)#\(position + 1)" : path
                    StandardStreams.printOutput(CheckCommand.line(name: name, cable: cable))
                }
            } catch {
                failures += 1
                StandardStreams.printOutput("\(path)\tFAILED\t\(error.message)")
            }
        }
        if failures > 0 {
            StandardStreams.printError("cablegram: \(failures) of \(files.count) files failed to load")
            throw ExitCode(1)
        }
    }

    private static func line(name: String, cable: Cable) -> String {
        let pages = cable.pageCount.map { $0 == 1 ? "1 page" : "\($0) pages" } ?? "pages unknown"
        let problems = cable.warnings.isEmpty ? "ok" : cable.warnings.joined(separator: "; ")
        return "\(name)\t\(cable.title)\t\(SearchWording.units(cable.units.count))\t\(pages)\t\(problems)"
    }
}
