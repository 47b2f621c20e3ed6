import Foundation

/// A program run as a whole process, as a user runs it: wall time, CPU time and peak memory of the child.
struct WholeProcess {
    /// Wall-clock seconds.
    let seconds: Double
    /// User and system CPU seconds of the child.
    let cpuSeconds: Double
    /// Peak resident memory of the child, in megabytes.
    let peakMegabytes: Double
    /// Its exit status.
    let status: Int32

    /// Runs `executable` with `arguments`, its output discarded, `input` (when given) on its standard input.
    ///
    /// NB: the peak memory comes from `/usr/bin/time` wrapped around the child (its own cost is a few hundred
    /// microseconds, the same for every program measured).
    static func run(_ executable: String, _ arguments: [String], input: String? = nil) -> WholeProcess {
        let report = NSTemporaryDirectory() + "cablegram-bench-time-\(getpid())"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "%M", "-o", report, executable] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let pipe = Pipe()
        if input != nil { process.standardInput = pipe }
        let before = childUsage()
        let start = DispatchTime.now().uptimeNanoseconds
        try? process.run()
        if let input {
            pipe.fileHandleForWriting.write(Data(input.utf8))
            try? pipe.fileHandleForWriting.close()
        }
        process.waitUntilExit()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let after = childUsage()
        let peakKilobytes =
            (try? String(contentsOfFile: report, encoding: .utf8))?.split(separator: "\n").last
            .flatMap { Double($0) } ?? 0
        return WholeProcess(
            seconds: seconds, cpuSeconds: after - before, peakMegabytes: peakKilobytes / 1024,
            status: process.terminationStatus)
    }

    /// The CPU seconds of all waited-for children so far.
    private static func childUsage() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6 + Double(usage.ru_stime.tv_sec)
            + Double(usage.ru_stime.tv_usec) / 1e6
    }
}
