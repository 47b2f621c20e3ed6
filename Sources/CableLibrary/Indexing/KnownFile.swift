import GRDB

/// A file the library already holds, as its `file` row records it.
struct KnownFile: Sendable {
    let id: Int64
    let path: String
    let size: Int
    let modified: Double
    let hash: String?
    /// Whether every cable of it was written (false after an interrupted run).
    let complete: Bool

    /// Whether the file looks unchanged: whole in the library, same size and same time.
    func matches(_ stamp: FileStamp) -> Bool {
        complete && size == stamp.size && modified == stamp.modified
    }

    /// Every file of the library, by path.
    static func all(_ db: Database) throws -> [String: KnownFile] {
        var files: [String: KnownFile] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, path, size, modified, hash, complete FROM file") {
            let file = KnownFile(
                id: row["id"], path: row["path"], size: row["size"], modified: row["modified"], hash: row["hash"],
                complete: row["complete"])
            files[file.path] = file
        }
        return files
    }
}
