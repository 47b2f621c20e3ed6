import Browser
import CableLibrary
import CableModel
import Foundation

/// Reads the pivot of the cable list off the key loop: on a thread and a connection of its own to the library, one
/// reading at a time. A reading stops at its next cable once it is no longer the one wanted (a newer one was asked
/// for, or the list left the pivot: `want`); the loop takes its progress and its answer between keys.
final class PivotWorker: @unchecked Sendable {
    private let library: Library
    private let queue = DispatchQueue(label: "cablegram.pivot")
    private let lock = NSLock()
    private var wanted: Int?
    private var running = 0
    private var progress: (request: CableListRequest, read: Int, total: Int)?
    private var answer: (request: CableListRequest, pivot: Result<ReportPivot, CableListError>)?

    /// A worker reading from a connection of its own to `library` (the same one when that cannot be had).
    init(_ library: Library) {
        self.library = (try? Library(path: library.path)) ?? library
    }

    /// Whether a reading runs, or its progress or answer waits to be taken.
    var isBusy: Bool { lock.withLock { running > 0 || answer != nil || progress != nil } }

    /// Starts reading the pivot of the list `request` names; a reading under way stops at its next cable.
    func start(_ request: CableListRequest) {
        lock.withLock {
            running += 1
            wanted = request.generation
        }
        queue.async { [self] in
            let result = Result { () throws(CableListError) -> ReportPivot? in
                let source = try LibraryListSource.answer(
                    request.filter, order: request.order, in: library, answeredOn: library, firstPage: nil)
                return try PivotReading.pivot(of: source, knowledge: BundledKnowledge.lists) { read, total in
                    lock.withLock {
                        progress = (request, read, total)
                        return wanted == request.generation
                    }
                }
            }
            lock.withLock {
                running -= 1
                switch result {
                case .success(let pivot?): answer = (request, .success(pivot))
                case .success(nil): break
                case .failure(let error): answer = (request, .failure(error))
                }
            }
        }
    }

    /// Keeps on only with the reading numbered `generation` (none: stops every reading): any other stops at its next
    /// cable, without an answer.
    func want(_ generation: Int?) {
        lock.withLock { wanted = generation }
    }

    /// The latest progress and the latest answer, each once.
    func take() -> (
        progress: (request: CableListRequest, read: Int, total: Int)?,
        answer: (request: CableListRequest, pivot: Result<ReportPivot, CableListError>)?
    ) {
        lock.withLock {
            defer { (progress, answer) = (nil, nil) }
            return (progress, answer)
        }
    }
}

extension PivotWorker {
    /// Hands the list what came since the last look (the reading's progress, its answer), starts the reading it
    /// asked for and stops one it no longer wants; says whether the pane changed.
    func step(_ library: inout LibraryBrowser) -> Reaction {
        var reaction = Reaction.none
        let (progress, answer) = take()
        if let progress {
            reaction.formUnion(
                library.receivePivotProgress(read: progress.read, of: progress.total, for: progress.request))
        }
        if let answer { reaction.formUnion(library.receivePivot(answer.pivot, for: answer.request)) }
        if let asked = library.takePivotRequest() { start(asked) }
        want(library.readingWanted)
        return reaction
    }
}
