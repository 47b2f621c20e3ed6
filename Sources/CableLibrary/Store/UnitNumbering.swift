import GRDB

/// How units are numbered: by the day of their cable, so that the full-text index, whose rows are these numbers
/// (`unit.number`), gives the newest cables' units first when read backwards and a span of dates as a span of rows.
///
/// A dated cable's units take numbers within its day's range (`dayWidth` numbers per day, days in calendar order);
/// undated cables' units take numbers below every day's. Within a day, numbers are taken in the order cables are
/// written, so they say which day a unit belongs to, not its place in that day: a newest-first page reads its matches
/// backwards until the page is full, then sorts exactly the days it reached (`QueryCondition.newestPage`).
///
/// NB: dense numbers in date order would cost renumbering (and rewriting the full-text index) whenever an older cable
/// is added; a range per day never moves. Its cost is size: a match in another day starts a longer delta in the
/// index's lists (the shared library's full-text index 28.8 → 31.7 MB, 2026-12-02; numbers per minute cost 7.95 MB).
/// The units' row ids stay in the order written, or an older cable's rows split the table's pages.
public enum UnitNumbering {
    /// The numbers of one day: more units than one day of the 2010–2011 release is expected to hold by far (the
    /// 6,594-cable library's busiest day has 422).
    public static let dayWidth: Int64 = 1 << 16

    /// The numbers of undated cables' units: from 1 to below the first day's.
    public static let undated: Range<Int64> = 1..<(dayKeyBase * dayWidth)

    /// Days are keyed `base + year × 512 + month × 32 + day`, which grows with the ISO text whatever the calendar
    /// (`2009-02-30`, or the day after a month's 31st that a `date:` bound names, sort where their text does).
    private static let dayKeyBase: Int64 = 1 << 20

    /// The numbers of the day an ISO date or date-time (`2010-02-10T12:22:00Z`) falls on; undated without one.
    static func range(ofDate date: String?) -> Range<Int64> {
        guard let first = firstNumber(ofDate: date) else { return undated }
        return first..<(first + dayWidth)
    }

    /// The numbers of the days a `date:` bound spans, dated cables only (as `c.date >= ?` keeps them).
    static func range(ofDates bound: DateBound) -> Range<Int64> {
        (firstNumber(ofDate: bound.from) ?? undated.upperBound)..<(firstNumber(ofDate: bound.until) ?? Int64.max)
    }

    /// The first number of the day an ISO date names (`2009-06-01`), nil when the text is not one.
    static func firstNumber(ofDate date: String?) -> Int64? {
        guard let date, date.utf8.count >= 10 else { return nil }
        let bytes = Array(date.utf8.prefix(10))
        guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = number(bytes[0..<4]), let month = number(bytes[5..<7]), let day = number(bytes[8..<10])
        else { return nil }
        return (dayKeyBase + year * 512 + month * 32 + day) * dayWidth
    }

    /// The first number of the day unit number `number` belongs to (the first undated number for an undated unit).
    static func firstNumber(ofDayOf number: Int64) -> Int64 {
        undated.contains(number) ? undated.lowerBound : number - number % dayWidth
    }

    /// The first of `count` free numbers in a row for the units of a cable dated `date`: in its day's range, else
    /// (a day with no room left, which no real day comes near) among the undated, where its units are still found
    /// and counted but may be missing from a newest-first page that stops before the undated.
    static func allocate(_ count: Int, forDate date: String?, db: Database) throws -> Int64 {
        if let first = try allocate(count, in: range(ofDate: date), db: db) ?? allocate(count, in: undated, db: db) {
            return first
        }
        throw DatabaseError(resultCode: .SQLITE_FULL, message: "no unit numbers left")
    }

    /// `count` free numbers in a row within `range`: above the highest taken, else below the lowest; nil when there
    /// is no room at either end.
    private static func allocate(_ count: Int, in range: Range<Int64>, db: Database) throws -> Int64? {
        guard let highest = try takenNumber(in: range, highest: true, db: db) else { return range.lowerBound }
        if highest + 1 + Int64(count) <= range.upperBound { return highest + 1 }
        if let lowest = try takenNumber(in: range, highest: false, db: db), lowest - Int64(count) >= range.lowerBound {
            return lowest - Int64(count)
        }
        return nil
    }

    /// The highest (else the lowest) number taken within `range`, nil when none is.
    ///
    /// NB: one seek in `unit_owner`. `SELECT max(number), min(number) … WHERE number BETWEEN …` read every number of
    /// the range, so each undated cable read the units of every undated cable before it: a quarter of the shared
    /// library (639 undated cables) spent a tenth of `index`'s writing there, and the cost grew with the square of
    /// the undated cables (2026-12-03).
    private static func takenNumber(in range: Range<Int64>, highest: Bool, db: Database) throws -> Int64? {
        let order = highest ? "DESC" : "ASC"
        let statement = try db.cachedStatement(
            sql: "SELECT number FROM unit WHERE number >= ? AND number < ? ORDER BY number \(order) LIMIT 1")
        return try Int64.fetchOne(statement, arguments: [range.lowerBound, range.upperBound])
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int64? {
        var value: Int64 = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
