import Browser
import CableLibrary

/// What `index` prints when it is done: one summary line (counts of files, cables, problems, warnings and ids held
/// by several cables); with `--verbose`, then one line per duplicated id, per problem and per warning.
struct IndexSummary {
    var report: IndexReport
    let seconds: Double

    /// The summary line; `hint` adds where the problems and warnings are listed.
    func line(hint: String = "") -> String {
        let megabytes = Double(report.bytes) / 1_048_576
        let rate = seconds > 0 ? megabytes / seconds : 0
        let duplicates = report.duplicateIDs.isEmpty ? "" : "; \(report.duplicateIDs.count) ids held by several cables"
        let quiet = report.problems.isEmpty && report.warnings.isEmpty && report.duplicateIDs.isEmpty
        let hint = quiet ? "" : hint
        return
            "indexed \(Count.of(report.cables, "cable")) from \(Count.of(report.newFiles + report.replacedFiles, "file")) "
            + "(\(Count.decimal(megabytes)) MB, \(Count.decimal(seconds)) s, \(Count.decimal(rate)) MB/s): "
            + "\(Count.grouped(report.newFiles)) new, \(Count.grouped(report.replacedFiles)) replaced, "
            + "\(Count.grouped(report.unchangedFiles)) unchanged, \(Count.grouped(report.prunedFiles)) pruned, "
            + "\(Count.grouped(report.rederived)) re-derived; "
            + "\(Count.of(report.problems.count, "problem")), \(Count.of(report.warnings.count, "warning"))"
            + duplicates + hint
    }

    func print(verbose: Bool) {
        StandardStreams.printOutput(line(hint: verbose ? "" : " (--verbose lists them)"))
        guard verbose else { return }
        for duplicate in report.duplicateIDs {
            StandardStreams.printOutput("\(duplicate.id)\theld by \(duplicate.count) cables (name one as ID@FILE)")
        }
        for problem in report.problems { StandardStreams.printOutput("\(problem.place)\t\(problem.message)") }
        // NB: a warning says how a cable was read, not that anything was left out; the prefix tells the two apart.
        for warning in report.warnings { StandardStreams.printOutput("\(warning.place)\twarning: \(warning.message)") }
    }
}
