import Browser
import CableLibrary
import Foundation

/// Runs the cable list's queries off the key loop: on a thread of its own, over a connection of its own to the
/// library, one at a time; the loop looks for the answer between keys.
final class ListQueryWorker: @unchecked Sendable {
    private let library: Library
    private let answering: Library
    private let queue = DispatchQueue(label: "cablegram.list-query")
    private let lock = NSLock()
    private var answer: (CableListRequest, Result<any CableListSource, CableListError>)?
    private var running = 0

    /// A worker answering for `library`, with a second connection to it (the same one when that cannot be had).
    init(_ library: Library) {
        self.library = library
        answering = (try? Library(path: library.path)) ?? library
    }

    /// Whether a query runs or an answer waits to be taken.
    var isBusy: Bool { lock.withLock { running > 0 || answer != nil } }

    /// Starts `request`, reading ahead the page of `height` rows the list will show first.
    func start(_ request: CableListRequest, height: Int) {
        lock.withLock { running += 1 }
        queue.async { [self] in
            let result = Result { () throws(CableListError) -> any CableListSource in
                try LibraryListSource.answer(
                    request.filter, order: request.order, in: library, answeredOn: answering, firstPage: 0..<height)
            }
            lock.withLock {
                running -= 1
                answer = (request, result)
            }
        }
    }

    /// The latest answer, once.
    func take() -> (CableListRequest, Result<any CableListSource, CableListError>)? {
        lock.withLock {
            defer { answer = nil }
            return answer
        }
    }
}
