/// What a library holds, for `cablegram library`.
public struct LibrarySummary: Sendable, Equatable {
    /// The database file.
    public let path: String
    /// The schema version of the file, and the one this build writes.
    public let schemaVersion: Int
    /// Cables, files and units held.
    public let cables: Int
    public let files: Int
    public let units: Int
    /// Bytes of decoded cable text held.
    public let textBytes: Int
    /// The size of the database file in bytes.
    public let databaseBytes: Int
    /// The first and last dates of the cables.
    public let firstDate: String?
    public let lastDate: String?
    /// Cables derived by older rules than this build's (the next `index` derives them again).
    public let outOfDate: Int
    /// The model's rules version of this build.
    public let rulesVersion: Int
    /// Ids held by more than one cable.
    public let duplicateIDs: Int
    /// Files whose indexing was interrupted (the next `index` reads them again).
    public let incompleteFiles: Int
    /// Cables that REF lines name and the library does not hold (distinct ids).
    public let absentReferences: Int
}
