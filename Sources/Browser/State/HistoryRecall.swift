/// ↑ ↓ through a prompt's history: which entry shows, and the line typed before recalling began.
public struct HistoryRecall: Hashable, Sendable {
    /// The history entry being shown, or nil for the line as typed.
    public var position: Int?
    /// What was typed before recalling began.
    public var draft = ""

    /// Creates a recall standing on the line as typed.
    public init() {}

    /// Steps `delta` entries through `history` (oldest first) and returns the line to show; past the newest entry
    /// the line as typed comes back. Nil when the history is empty.
    public mutating func step(by delta: Int, from text: String, through history: [String]) -> String? {
        guard !history.isEmpty else { return nil }
        let target = (position ?? history.count) + delta
        if position == nil { draft = text }
        guard target < history.count else {
            position = nil
            return draft
        }
        position = max(0, target)
        return history[max(0, target)]
    }
}
