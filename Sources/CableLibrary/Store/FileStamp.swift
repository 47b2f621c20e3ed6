import Foundation

/// What says whether a file changed since it was indexed: its path, size and modification time.
public struct FileStamp: Sendable, Equatable {
    /// The absolute path.
    public let path: String
    /// The size in bytes.
    public let size: Int
    /// The modification time, in seconds since 1970.
    public let modified: Double

    /// The stamp of the file at `path` now, or nil when it cannot be read as a regular file.
    public init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        self.path = path
        size = Int(status.st_size)
        modified = Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1e9
    }
}
