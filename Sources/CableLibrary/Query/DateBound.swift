/// A span of dates that `date:` names, as ISO texts to compare the stored date-time with: the first day included
/// and the first day after.
public struct DateBound: Sendable, Equatable {
    /// The first date included (`2009-06-01`), or nil for no lower bound.
    public let from: String?
    /// The first date after the span (`2009-07-01`), or nil for no upper bound.
    public let until: String?

    /// A span between two ISO dates.
    init(from: String?, until: String?) {
        self.from = from
        self.until = until
    }

    /// Reads `2009`, `2009-06`, `2009-06-01`, or a range of them with `..` (either end may be left out).
    public init?(_ text: String) {
        let ends = text.components(separatedBy: "..")
        switch ends.count {
        case 1:
            guard let span = DateBound.span(ends[0]) else { return nil }
            (from, until) = span
        case 2:
            guard ends[0].isEmpty || DateBound.span(ends[0]) != nil, ends[1].isEmpty || DateBound.span(ends[1]) != nil,
                !(ends[0].isEmpty && ends[1].isEmpty)
            else { return nil }
            from = DateBound.span(ends[0])?.from
            until = DateBound.span(ends[1])?.until
        default: return nil
        }
    }

    /// The first day of a year, month or day, and the first day after it.
    private static func span(_ text: String) -> (from: String, until: String)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0 != nil }), text.count == [4, 7, 10][parts.count - 1]
        else { return nil }
        let numbers = parts.map { $0! }
        var year = numbers[0]
        var month = numbers.count > 1 ? numbers[1] : 1
        var day = numbers.count > 2 ? numbers[2] : 1
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        let from = iso(year, month, day)
        switch numbers.count {
        case 1: year += 1
        case 2: month += 1
        default: day += 1
        }
        // NB: a day past the month's end still sorts before the next month's first day, so no calendar is needed.
        if month > 12 { (year, month) = (year + 1, 1) }
        return (from, iso(year, month, day))
    }

    private static func iso(_ year: Int, _ month: Int, _ day: Int) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
