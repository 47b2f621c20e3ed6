import Foundation
import GRDB

/// A figure of a library cable as the model read it, numbers as numbers: for tables across cables.
public struct StoredFigure: Sendable, Equatable {
    /// The cable's row and id.
    public let key: Int64
    public let cableID: String
    /// The figure's place among the cable's figures (its `id` in `stats --json`).
    public let position: Int
    /// `count`, `money`, `percentage`, `duration`, `measure` or `age`.
    public let kind: String
    /// A single value, or the ends of a range.
    public let value: Double?
    public let low: Double?
    public let high: Double?
    /// `at least`, `about`, ... where written.
    public let qualifier: String?
    /// The currency of an amount of money.
    public let currency: String?
    /// The noun phrase counted (`criminal cases`).
    public let counted: String?
    /// The action counted (`convicted`).
    public let action: String?
    /// The year, and the date or period as written.
    public let year: Int?
    public let period: String?
    /// The statute number it is reported under.
    public let statute: String?
    /// Categories of persons and trafficking (`adults`, `labour`).
    public let categories: [String]
    /// The unit that holds it.
    public let unitID: String

    init(row: Row) {
        key = row["cable"]
        cableID = row["cable_id"]
        position = row["position"]
        kind = row["kind"]
        value = row["value"]
        low = row["low"]
        high = row["high"]
        qualifier = row["qualifier"]
        currency = row["currency"]
        counted = row["counted"]
        action = row["action"]
        year = row["year"]
        period = row["period"]
        statute = row["statute"]
        let categories: String = row["categories"]
        self.categories = (try? JSONDecoder().decode([String].self, from: Data(categories.utf8))) ?? []
        unitID = row["unit_id"]
    }
}

extension Library {
    /// The figures of the cables that match `query`, in cable then document order; `actions` keeps only figures
    /// that count one of those actions (all when empty).
    public func figures(_ query: LibraryQuery, actions: [String] = []) throws(LibraryError) -> [StoredFigure] {
        try reading { db in
            let condition = try QueryCondition(query, in: db)
            let marks = Array(repeating: "?", count: actions.count).joined(separator: ", ")
            let kept = actions.isEmpty ? "1" : "g.action IN (\(marks))"
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT g.*, c.cable_id FROM figure g JOIN cable c ON c.id = g.cable
                    WHERE \(condition.sql) AND \(kept) ORDER BY c.date, c.id, g.position
                    """,
                arguments: condition.arguments + StatementArguments(actions)
            ).map(StoredFigure.init(row:))
        }
    }
}
