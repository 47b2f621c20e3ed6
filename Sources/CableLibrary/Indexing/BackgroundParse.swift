import CableModel
import Foundation

/// A batch being parsed on other threads while the caller goes on; `rows()` waits for the result.
final class BackgroundParse: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // NB: written once by the worker before it signals `done`, read only after waiting on it.
    private var result: [CableRows?] = []

    /// Starts parsing `batch`.
    init(_ batch: CableBatch, knowledge: GeneralKnowledge) {
        let sources = batch.sources
        DispatchQueue.global().async {
            self.result = ParallelParse.rows(of: sources, knowledge: knowledge)
            self.done.signal()
        }
    }

    /// The rows of the batch's cables, in step order (nil for steps that are not cables).
    func rows() -> [CableRows?] {
        done.wait()
        return result
    }
}
