import Foundation
import GRDB

/// Checks on the library's file before SQLite opens it, so that a directory, a missing library or a file of
/// another kind gets its own message.
enum LibraryFile {
    /// The first bytes of every SQLite database.
    private static let sqliteMagic = Array("SQLite format 3\u{0}".utf8)

    /// Refuses a directory, a missing file (when reading) and a file that is not SQLite; makes the folder of a new
    /// library when writing.
    static func check(_ path: String, access: Library.Access) throws(LibraryError) {
        var status = stat()
        guard stat(path, &status) == 0 else {
            guard access == .write else { throw .missing(path: path) }
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            return
        }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw .directory(path: path) }
        guard status.st_size > 0 else { return }
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: sqliteMagic.count)).map(Array.init) ?? []
        if head != sqliteMagic {
            throw .notALibrary(path: path, reason: head.count < sqliteMagic.count ? "truncated" : "not a SQLite file")
        }
    }

    /// Whether the database holds tables but none of the migrator's bookkeeping: another program's database.
    static func holdsForeignTables(_ db: Database) throws -> Bool {
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        return !tables.isEmpty && !tables.contains("grdb_migrations")
    }
}
