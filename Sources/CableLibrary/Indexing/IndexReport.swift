/// What one `index` run did.
public struct IndexReport: Sendable {
    /// Files named (after folders were expanded).
    public var files = 0
    /// Files read and indexed because they were new.
    public var newFiles = 0
    /// Files read again because they changed (their cables replaced).
    public var replacedFiles = 0
    /// Files skipped as unchanged (same size and time, or same content).
    public var unchangedFiles = 0
    /// Files removed with `prune` because they are gone.
    public var prunedFiles = 0
    /// Cables written.
    public var cables = 0
    /// Cables re-derived from their stored text because the model's rules changed.
    public var rederived = 0
    /// Bytes of the files read.
    public var bytes = 0
    /// Problems met: files that cannot be read, text that cannot be decoded, stored text that is damaged.
    public var problems: [IndexProblem] = []
    /// What the model noted while reading a cable it indexed whole (no header, an empty body, a year taken from the
    /// file name): worth a look, but nothing was left out.
    public var warnings: [IndexProblem] = []
    /// Cable ids held by more than one cable of the library, with how many.
    public var duplicateIDs: [(id: String, count: Int)] = []
}

/// One problem or warning met while indexing: never fatal for the rest.
public struct IndexProblem: Sendable, Equatable {
    /// The file (with `#N` for the Nth cable of a file that holds several).
    public let place: String
    /// What went wrong.
    public let message: String

    /// A problem at a place.
    public init(place: String, message: String) {
        self.place = place
        self.message = message
    }
}

/// How far an `index` run has come, for a progress bar.
public struct IndexProgress: Sendable {
    /// Files looked at so far, of `filesTotal`.
    public var filesDone = 0
    public var filesTotal = 0
    /// Bytes of files read so far, of `bytesTotal` (the sizes of every file named).
    public var bytesDone = 0
    public var bytesTotal = 0
    /// Cables written so far.
    public var cables = 0
}
