import Foundation
import GRDB

/// A library of cables: one SQLite database holding each cable's decoded text and what the model derived from it,
/// with a full-text index, queried without loading the cables.
///
/// Open it read-only to browse and query (`Library(path:)`), or for writing to index (`access: .write`, which
/// creates the file and upgrades an older schema). Many readers may share a library while one process writes.
public final class Library: Sendable {
    /// How the library is opened.
    public enum Access: Sendable {
        /// Queries only; the file must exist and be of this build's schema.
        case read
        /// Indexing: the file is created when missing and an older schema is migrated.
        case write
    }

    /// The path of the database file.
    public let path: String
    /// How it was opened.
    public let access: Access
    /// The connection.
    let database: DatabaseQueue
    /// How long a blocked statement waits for another process's lock, in seconds.
    let waitSeconds: Double

    /// Opens the library at `path`. `onWait` is called once when another process holds the lock, before waiting
    /// up to `waitSeconds` for it.
    public init(
        path: String, access: Access = .read, waitSeconds: Double = 30, onWait: (@Sendable () -> Void)? = nil
    ) throws(LibraryError) {
        self.path = path
        self.access = access
        self.waitSeconds = waitSeconds
        try LibraryFile.check(path, access: access)
        do {
            database = try DatabaseQueue(
                path: path, configuration: Library.configuration(access, waitSeconds: waitSeconds, onWait: onWait))
        } catch {
            throw Library.openingError(error, path: path, access: access)
        }
        try prepareSchema()
    }

    private static func configuration(
        _ access: Access, waitSeconds: Double, onWait: (@Sendable () -> Void)?
    ) -> Configuration {
        var configuration = Configuration()
        // NB: even a reader opens the file for writing when it may: after a killed `index`, SQLite must roll the
        // hot journal back before anyone reads, and a read-only connection cannot. A file the process may not write
        // is opened read-only by SQLite itself; `writing` refuses writes of a reader either way.
        configuration.readonly = false
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .callback(BusyWait(seconds: waitSeconds, onWait: onWait).shouldRetry)
        configuration.prepareDatabase { db in
            db.add(function: TermStems.function)
            db.add(function: SmartCase.function)
            if access == .write {
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                try FreePages.prepare(db)
            }
        }
        return configuration
    }

    private static func openingError(_ error: any Error, path: String, access: Access) -> LibraryError {
        if let error = error as? DatabaseError, error.resultCode == .SQLITE_CANTOPEN {
            return access == .write ? .readOnly(path: path) : .missing(path: path)
        }
        return .from(error, path: path, waited: 0)
    }

    /// Checks the schema: refuses a newer one and a database that is not a library; migrates an older one when
    /// writing, refuses it when reading.
    private func prepareSchema() throws(LibraryError) {
        let migrator = LibrarySchema.migrator
        do {
            let state = try database.read { db in
                (
                    superseded: try migrator.hasBeenSuperseded(db), complete: try migrator.hasCompletedMigrations(db),
                    foreign: try LibraryFile.holdsForeignTables(db)
                )
            }
            if state.superseded { throw LibraryError.newerSchema(path: path) }
            if state.foreign {
                throw LibraryError.notALibrary(path: path, reason: "a SQLite database of another program")
            }
            guard !state.complete else { return }
            guard access == .write else { throw LibraryError.olderSchema(path: path) }
            try migrator.migrate(database)
        } catch {
            throw LibraryError.from(error, path: path, waited: waitSeconds)
        }
    }

    /// Runs a read, turning failures into `LibraryError`.
    func reading<T>(_ body: (Database) throws -> T) throws(LibraryError) -> T {
        do {
            return try database.read(body)
        } catch {
            throw LibraryError.from(error, path: path, waited: waitSeconds)
        }
    }

    /// Runs a write in one transaction, turning failures into `LibraryError` (the transaction rolls back).
    func writing<T>(_ body: (Database) throws -> T) throws(LibraryError) -> T {
        guard access == .write else { throw LibraryError.readOnly(path: path) }
        do {
            return try database.write(body)
        } catch {
            throw LibraryError.from(error, path: path, waited: waitSeconds)
        }
    }
}
