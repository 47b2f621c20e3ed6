import CableModel
import Foundation

/// Cables read from files and waiting to be parsed and written in one transaction, with what the transaction must
/// do to their files (begin a file, mark one complete).
struct CableBatch {
    /// One step of the transaction, in file order.
    enum Step {
        /// A file starts being written: its old cables go.
        case begin(FileStamp)
        /// A cable of the file last begun.
        case cable(position: Int, source: CableSource)
        /// The file last begun is whole.
        case complete(path: String, hash: String)
    }

    /// The steps, in order.
    private(set) var steps: [Step] = []
    /// The bytes of cable text waiting.
    private(set) var bytes = 0
    /// The number of cables waiting.
    private(set) var cables = 0

    /// Whether the batch is large enough to be written.
    var isFull: Bool { cables >= 256 || bytes >= 4 << 20 }

    mutating func append(_ step: Step) {
        if case .cable(_, let source) = step {
            bytes += source.text.count
            cables += 1
        }
        steps.append(step)
    }

    /// The cable of each step, nil for the steps that are not cables.
    var sources: [CableSource?] {
        steps.map {
            if case .cable(_, let source) = $0 { return source }
            return nil
        }
    }
}
