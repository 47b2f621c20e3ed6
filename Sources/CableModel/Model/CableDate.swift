/// A calendar date and time in UTC, as a date-time group (`101222Z FEB 10`) gives it.
public struct CableDate: Sendable, Equatable, Comparable {
    public let year: Int
    public let month: Int
    public let day: Int
    public let hour: Int
    public let minute: Int

    /// Creates a date, or nil when a field is out of range.
    public init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0) {
        guard (1...12).contains(month), (1...31).contains(day), (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
    }

    /// ISO 8601 in UTC: `2010-02-10T12:22:00Z`.
    public var iso8601: String {
        "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2)):00Z"
    }

    /// The date alone: `2010-02-10`.
    public var isoDate: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }

    public static func < (lhs: CableDate, rhs: CableDate) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour, lhs.minute) < (rhs.year, rhs.month, rhs.day, rhs.hour, rhs.minute)
    }

    /// The month number for an English month name or its three-letter abbreviation, any case.
    static func month(named name: String) -> Int? {
        let key = name.prefix(3).uppercased()
        guard let index = monthAbbreviations.firstIndex(of: key) else { return nil }
        return index + 1
    }

    static let monthAbbreviations = [
        "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
    ]

    /// A two-digit year in the range cables were written: 50–99 are 19xx, 00–49 are 20xx.
    static func expandingYear(_ year: Int) -> Int {
        year >= 100 ? year : (year >= 50 ? 1900 + year : 2000 + year)
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
