import CableLibrary

/// The lines `index` prints when it is done: one summary line, the duplicated ids, and the problems (all of them
/// with `--verbose`, else a count).
struct IndexSummary {
    let report: IndexReport
    let seconds: Double

    func print(verbose: Bool) {
        let megabytes = Double(report.bytes) / 1_048_576
        let rate = seconds > 0 ? megabytes / seconds : 0
        StandardStreams.printOutput(
            "indexed \(Count.grouped(report.cables)) cables from \(Count.grouped(report.newFiles + report.replacedFiles)) files "
                + "(\(Count.decimal(megabytes)) MB, \(Count.decimal(seconds)) s, \(Count.decimal(rate)) MB/s): "
                + "\(report.newFiles) new, \(report.replacedFiles) replaced, \(report.unchangedFiles) unchanged, "
                + "\(report.prunedFiles) pruned, \(report.rederived) re-derived; \(report.problems.count) problems")
        if !report.duplicateIDs.isEmpty {
            let shown = report.duplicateIDs.prefix(verbose ? Int.max : 5).map { "\($0.id) (\($0.count))" }
            StandardStreams.printOutput(
                "\(report.duplicateIDs.count) ids are held by more than one cable, all kept (name one as ID@FILE): "
                    + shown.joined(separator: ", ") + (shown.count < report.duplicateIDs.count ? ", …" : ""))
        }
        if verbose {
            for problem in report.problems { StandardStreams.printOutput("\(problem.place)\t\(problem.message)") }
        } else if !report.problems.isEmpty {
            StandardStreams.printOutput("(--verbose lists the problems)")
        }
    }
}

/// Numbers as the summaries write them.
enum Count {
    /// `6594` as `6,594`.
    static func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        var output = ""
        for (position, digit) in digits.enumerated() {
            if position > 0, (digits.count - position) % 3 == 0 { output.append(",") }
            output.append(digit)
        }
        return output
    }

    /// One decimal place.
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }
}
