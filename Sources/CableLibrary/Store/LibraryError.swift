import GRDB

/// Why the library could not be opened, read or written, worded for the user.
public enum LibraryError: Error, Equatable, Sendable {
    /// No library at the path (nothing indexed yet).
    case missing(path: String)
    /// The path is a directory.
    case directory(path: String)
    /// The file is not a Cablegram library: not SQLite, truncated or corrupt.
    case notALibrary(path: String, reason: String)
    /// The library was written by a newer Cablegram, whose schema this build does not know.
    case newerSchema(path: String)
    /// The library was written by an older Cablegram and must be upgraded by `index` before it is read.
    case olderSchema(path: String)
    /// The library cannot be written (a read-only file or folder).
    case readOnly(path: String)
    /// Another process holds the library's lock for longer than the wait allowed.
    case locked(path: String, seconds: Double)
    /// The disk is full: the transaction being written was rolled back.
    case diskFull(path: String)
    /// Any other database failure.
    case database(path: String, message: String)

    /// A one-line description for the user.
    public var message: String {
        switch self {
        case .missing(let path): "\(path): no library there yet (run `cablegram index PATH...` to make one)"
        case .directory(let path): "\(path): is a directory, not a library file"
        case .notALibrary(let path, let reason): "\(path): not a Cablegram library (\(reason))"
        case .newerSchema(let path):
            "\(path): written by a newer Cablegram (schema above \(LibrarySchema.version)); upgrade Cablegram to read it"
        case .olderSchema(let path):
            "\(path): written by an older Cablegram; run `cablegram index` once to upgrade it"
        case .readOnly(let path): "\(path): the library is read-only: cannot write to it"
        case .locked(let path, let seconds):
            "\(path): another process is writing the library; gave up after waiting \(Int(seconds)) s"
        case .diskFull(let path): "\(path): the disk is full; the last batch was rolled back, the library is intact"
        case .database(let path, let message): "\(path): \(message)"
        }
    }

    /// The library error for a database failure at `path`.
    static func from(_ error: any Error, path: String, waited: Double) -> LibraryError {
        if let error = error as? LibraryError { return error }
        guard let error = error as? DatabaseError else { return .database(path: path, message: "\(error)") }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .locked(path: path, seconds: waited)
        case .SQLITE_FULL: return .diskFull(path: path)
        case .SQLITE_READONLY: return .readOnly(path: path)
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return .notALibrary(path: path, reason: "the file is corrupt or truncated")
        default: return .database(path: path, message: error.message ?? "\(error.resultCode)")
        }
    }
}
