/// The places jumped from, for going back and forward (like a web browser's history or vim's jump list).
public struct JumpList: Hashable, Sendable {
    /// The places, oldest first.
    public private(set) var entries: [Location] = []
    /// Where going back and forward stands; `entries.count` when at the newest place.
    public private(set) var position = 0
    /// The most places kept.
    public static let capacity = 100

    /// Creates an empty list.
    public init() {}

    /// Records `place` as left by a jump; places ahead of the current position are forgotten.
    public mutating func record(_ place: Location) {
        entries.removeSubrange(min(position, entries.count)...)
        if entries.last != place { entries.append(place) }
        if entries.count > JumpList.capacity { entries.removeFirst(entries.count - JumpList.capacity) }
        position = entries.count
    }

    /// The place before the current one, remembering `here` so that going forward returns to it.
    public mutating func back(from here: Location) -> Location? {
        guard position > 0 else { return nil }
        if position == entries.count {
            if entries.last == here {
                position -= 1
                guard position > 0 else { return nil }
            } else {
                entries.append(here)
            }
        }
        position -= 1
        return entries[position]
    }

    /// The place after the current one.
    public mutating func forward() -> Location? {
        guard position + 1 < entries.count else { return nil }
        position += 1
        return entries[position]
    }
}
