import CableModel
import Foundation

/// A batch being parsed on other threads while the caller goes on; `rows()` waits for the result.
final class BackgroundParse: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // NB: written once by the worker before it signals `done`, read only after waiting on it.
    private var result: [CableRows?] = []

    /// Starts parsing `batch`.
    convenience init(_ batch: CableBatch, knowledge: GeneralKnowledge) {
        self.init(batch.sources, knowledge: knowledge)
    }

    /// Starts parsing `sources` (nil stays nil).
    init(_ sources: [CableSource?], knowledge: GeneralKnowledge) {
        DispatchQueue.global().async {
            self.result = ParallelParse.rows(of: sources, knowledge: knowledge)
            self.done.signal()
        }
    }

    /// The rows of the cables, in order (nil for steps that are not cables and for nil sources).
    func rows() -> [CableRows?] {
        done.wait()
        return result
    }
}
