/// A list the cable list asked its source for (a filter and an order), numbered so that an answer to an older
/// request, arriving after a newer one was made, is dropped.
public struct CableListRequest: Hashable, Sendable {
    /// The filter, in the library's query syntax (empty: every cable).
    public let filter: String
    /// The order.
    public let order: CableListOrder
    /// The request's number: later requests have larger ones.
    public let generation: Int
    /// Whether it waits for typing to pause before it runs (a filter being typed), rather than running at once.
    public let waitsForPause: Bool

    /// Creates a request.
    public init(filter: String, order: CableListOrder, generation: Int, waitsForPause: Bool) {
        self.filter = filter
        self.order = order
        self.generation = generation
        self.waitsForPause = waitsForPause
    }
}
