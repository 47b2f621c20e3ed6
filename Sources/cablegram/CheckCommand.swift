import ArgumentParser
import Browser
import CableModel

/// `cablegram check PATH... [--files-from FILE]`: load each file and report one line per cable.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load each file and print one line per cable: id, units, pages, problems. Exits 1 if any failed.",
        discussion: """
            A cable is ok when none of these holds: no cable id, no date, no classification, text before the first \
            paragraph that is neither header nor heading, or a warning met while loading (an empty body, no cable \
            header, ...). --summary prints instead how many cables each problem touches over all the files.
            """
    )

    @Flag(help: "Print the number of cables with each problem over all the files instead of a line per cable.")
    var summary = false

    @OptionGroup var files: FileArguments

    func run() throws {
        let (paths, missing) = try files.gather(standardInput: true)
        var tally = CheckSummary()
        for problem in missing {
            tally.addFailure()
            if !summary { StandardStreams.printOutput("\(problem.path)\tFAILED\t\(problem.message)") }
        }
        for path in paths {
            do {
                let file = try CableFile.open(path)
                tally.add(file.cables)
                guard !summary else { continue }
                for (position, cable) in file.cables.enumerated() {
                    let name = file.cables.count > 1 ? "\(path)#\(position + 1)" : path
                    StandardStreams.printOutput(CheckCommand.line(name: name, cable: cable))
                }
            } catch {
                tally.addFailure()
                if !summary { StandardStreams.printOutput("\(path)\tFAILED\t\(error.message)") }
            }
        }
        if summary {
            for line in tally.lines { StandardStreams.printOutput(line) }
        }
        if tally.failedFiles > 0 {
            StandardStreams.printError(
                "cablegram: \(tally.failedFiles) of \(paths.count + missing.count) files failed to load")
            throw ExitCode(1)
        }
    }

    private static func line(name: String, cable: Cable) -> String {
        let pages = cable.pageCount.map { Count.of($0, "page") } ?? "pages unknown"
        let problems = cable.problems.isEmpty ? "ok" : cable.problems.map(\.message).joined(separator: "; ")
        return "\(name)\t\(cable.title)\t\(SearchWording.units(cable.units.count))\t\(pages)\t\(problems)"
    }
}
