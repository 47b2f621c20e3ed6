import CableLibrary
import Foundation

/// The cables of a list in order, with their hits, either read already or being read on a thread of their own, so
/// that a list can show its first page before it holds them all; asked for before they are in, they are waited for.
final class Listing: @unchecked Sendable {
    // NB: @unchecked: `result` is only touched under `condition`.
    private let condition = NSCondition()
    private var result: Result<[ListedCable], LibraryError>?

    /// Cables already read.
    init(_ cables: [ListedCable]) { result = .success(cables) }

    /// Cables that `read` reads on a thread of its own, at the lowest priority.
    ///
    /// NB: the read starts as the browser draws its first frame; on a busy machine a thread of the same priority
    /// took the CPU from the drawing (the first frame of 100,000 cables took 100 ms instead of 40). On Linux the
    /// nice value belongs to the thread that sets it.
    init(reading read: @escaping @Sendable () throws(LibraryError) -> [ListedCable]) {
        Thread.detachNewThread { [self] in
            setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 19)
            let read = Result { () throws(LibraryError) in try read() }
            condition.withLock {
                result = read
                condition.broadcast()
            }
        }
    }

    /// The cables if they are in, else nil (without waiting).
    var ifRead: [ListedCable]? { condition.withLock { try? result?.get() } }

    /// The cables, once they are in.
    func wait() throws(LibraryError) -> [ListedCable] {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let result { return try result.get() }
            condition.wait()
        }
    }
}
