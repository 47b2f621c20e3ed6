/// How far a movement key goes.
public enum Motion: Hashable, Sendable {
    /// Some lines or rows (negative is up).
    case lines(Int)
    /// Some pages (negative is up).
    case pages(Int)
    /// Some half pages (negative is up).
    case halfPages(Int)
    /// To the start.
    case start
    /// To the end.
    case end

    /// The target row for a list of `count` rows shown `height` at a time, from `row`.
    func target(from row: Int, count: Int, height: Int) -> Int {
        let last = max(0, count - 1)
        switch self {
        case .lines(let delta): return max(0, min(last, row + delta))
        case .pages(let delta): return max(0, min(last, row + delta * max(1, height - 1)))
        case .halfPages(let delta): return max(0, min(last, row + delta * max(1, height / 2)))
        case .start: return 0
        case .end: return last
        }
    }
}
