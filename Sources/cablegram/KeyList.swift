import CableLibrary
import Foundation

/// The keys of a list's cables in order, either read already or being read on a thread of their own, so that a list
/// can show its first page before it holds every key; asked for before they are in, they are waited for.
final class KeyList: @unchecked Sendable {
    // NB: @unchecked: `result` is only touched under `condition`.
    private let condition = NSCondition()
    private var result: Result<[Int64], LibraryError>?

    /// Keys already read.
    init(_ keys: [Int64]) { result = .success(keys) }

    /// Keys that `read` reads on a thread of its own.
    init(reading read: @escaping @Sendable () throws(LibraryError) -> [Int64]) {
        Thread.detachNewThread { [self] in
            let read = Result { () throws(LibraryError) in try read() }
            condition.withLock {
                result = read
                condition.broadcast()
            }
        }
    }

    /// The keys if they are in, else nil (without waiting).
    var ifRead: [Int64]? { condition.withLock { try? result?.get() } }

    /// The keys, once they are in.
    func wait() throws(LibraryError) -> [Int64] {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let result { return try result.get() }
            condition.wait()
        }
    }
}
