import Glibc

/// The processor time the calling thread spends on some work: what a bound on that work measures.
///
/// NB: the bounds that turn a quadratic regression into a failure used the wall clock, which grows with whatever
/// else the machine runs (tests in parallel, other builds) and failed a linear run on a loaded machine; the thread's
/// own time does not. The work measured must run on the calling thread.
public enum ThreadCPUTime {
    /// The thread's processor time spent in `work`.
    public static func measure(_ work: () throws -> Void) rethrows -> Duration {
        let start = now()
        try work()
        return now() - start
    }

    private static func now() -> Duration {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }
}
