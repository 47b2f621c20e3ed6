import Browser

/// When the cable list's waiting query starts: a filter being typed once the keys pause, a sort at once; and the
/// answer handed to the list when it comes.
struct ListQueryPause {
    /// How long typing must pause before the filter runs.
    static let pause: Duration = .milliseconds(80)
    /// How often the loop looks for an answer while one is awaited, in milliseconds.
    static let poll: Int32 = 15

    /// The request seen last, and when it was made.
    private var seen: (generation: Int, at: ContinuousClock.Instant)?

    /// Starts the request when it is due and hands over an answer that came; says whether the list changed.
    mutating func step(_ library: inout LibraryBrowser, worker: ListQueryWorker) -> Reaction {
        var reaction = Reaction.none
        if let (asked, answer) = worker.take() { reaction = library.receive(answer, for: asked) }
        guard let request = library.request else { return reaction }
        if seen?.generation != request.generation { seen = (request.generation, .now) }
        let due = !request.waitsForPause || (seen.map { $0.at.duration(to: .now) >= Self.pause } ?? true)
        if due, let asked = library.takeRequest() {
            worker.start(asked, height: library.listHeight)
        }
        return reaction
    }
}
