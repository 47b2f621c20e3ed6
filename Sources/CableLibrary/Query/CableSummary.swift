import Foundation
import GRDB

/// One cable of the library as a list shows it.
public struct CableSummary: Sendable, Equatable {
    /// The cable's row: what names it uniquely (two cables of different files may share an id).
    public let key: Int64
    /// The cable id (`09LIMA120`).
    public let id: String
    /// The date-time group in ISO form (`2010-02-10T12:22:00Z`).
    public let date: String?
    /// The originator (`AMEMBASSY LIMA`).
    public let origin: String?
    /// The post (`LIMA`).
    public let post: String?
    /// The classification as written, normalised (`SECRET//NOFORN`).
    public let classification: String?
    /// The subject line.
    public let subject: String?
    /// The TAGS.
    public let tags: [String]
    /// The file it came from.
    public let file: String
    /// Its place among the cables of that file (0 for the first).
    public let position: Int

    /// The columns a summary is read from, for `SELECT`s over `cable c JOIN file f`.
    static let columns =
        "c.id, c.cable_id, c.date, c.origin, c.post, c.classification, c.subject, c.tags, f.path, c.position"

    init(row: Row) {
        key = row[0]
        id = row[1]
        date = row[2]
        origin = row[3]
        post = row[4]
        classification = row[5]
        subject = row[6]
        tags = (row[7] as String).split(separator: " ").map(String.init)
        file = row[8]
        position = row[9]
    }
}

/// The order of a list of cables.
public enum ListSort: String, Sendable, CaseIterable {
    case date, id, origin, classification, subject

    /// The `ORDER BY` terms, ascending; ties in id then row order.
    var sql: String {
        switch self {
        case .date: "c.date IS NULL, c.date, c.cable_id, c.id"
        case .id: "c.cable_id, c.id"
        case .origin: "c.post IS NULL, c.post, c.date, c.id"
        case .classification: "c.class_rank IS NULL, c.class_rank, c.date, c.id"
        case .subject: "c.subject IS NULL, c.subject COLLATE NOCASE, c.date, c.id"
        }
    }

    /// The terms in descending order.
    var descendingSQL: String {
        sql.split(separator: ",").map { term in
            let term = term.trimmingCharacters(in: .whitespaces)
            return term.hasSuffix("IS NULL") ? term : term + " DESC"
        }.joined(separator: ", ")
    }
}
