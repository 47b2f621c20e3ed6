import CableModel
import Foundation

/// Parses, indexes and prepares the rows of many cables at once, one worker per core.
enum ParallelParse {
    /// The rows of each source (nil stays nil), in the same order.
    static func rows(of sources: [CableSource?], knowledge: GeneralKnowledge) -> [CableRows?] {
        let results = Results(count: sources.count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, sources.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var done: [(Int, CableRows)] = []
            for position in stride(from: worker, to: sources.count, by: workers) {
                guard let source = sources[position] else { continue }
                let indexed = IndexedCable(CableLoader.parse(source, knowledge: knowledge), knowledge: knowledge)
                done.append((position, CableRows(indexed, source: source)))
            }
            results.store(done)
        }
        return results.values
    }

    /// Results gathered from the workers under a lock.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [CableRows?]

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func store(_ done: [(Int, CableRows)]) {
            lock.lock()
            defer { lock.unlock() }
            for (position, rows) in done { values[position] = rows }
        }
    }
}
