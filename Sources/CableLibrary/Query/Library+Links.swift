import CableModel
import GRDB

extension Library {
    /// The ids among `ids` that the library holds: one lookup in the index of cable ids.
    public func held(_ ids: [String]) throws(LibraryError) -> Set<String> {
        guard !ids.isEmpty else { return [] }
        let wanted = ids.map { $0.uppercased() }
        let marks = Array(repeating: "?", count: wanted.count).joined(separator: ", ")
        return try reading { db in
            Set(
                try String.fetchAll(
                    db, sql: "SELECT DISTINCT cable_id FROM cable WHERE cable_id IN (\(marks))",
                    arguments: StatementArguments(wanted)))
        }
    }

    /// The stored text of the cable with this id (the first by file when files share it); nil when the library does
    /// not hold it or its stored bytes are damaged. One lookup in the index of cable ids.
    public func source(ofCableID id: String) throws(LibraryError) -> CableSource? {
        try reading { db in
            try Row.fetchOne(
                db, sql: StoredSource.selection + " WHERE c.cable_id = ? ORDER BY f.path, c.position LIMIT 1",
                arguments: [id.uppercased()]
            ).flatMap { StoredSource(row: $0).source }
        }
    }
}
