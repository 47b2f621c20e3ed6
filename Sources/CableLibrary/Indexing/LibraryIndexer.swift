import CableModel
import GRDB

/// Adds files to a library: new files are read, changed ones replaced, unchanged ones skipped; cables derived by
/// older rules are derived again from their stored text. Parses on all cores and writes in batched transactions,
/// so an interrupted run leaves the last committed batch and the next run resumes.
public final class LibraryIndexer {
    /// The library, opened for writing.
    let library: Library
    /// The gazetteer and glossary the model indexes with.
    let knowledge: GeneralKnowledge
    /// The bytes the stream reads at a time (smaller in tests).
    var windowSize = CableStream.windowSize
    /// The most cables derived again from their stored text in one batch (smaller in tests).
    var rederivedBatchSize = 256

    private var report = IndexReport()
    private var progress = IndexProgress()
    private var batch = CableBatch()
    /// The batch being parsed, to be written while the next one is parsed.
    private var parsing: (steps: [CableBatch.Step], parse: BackgroundParse)?
    private var fileIDs: [String: Int64] = [:]
    /// The file whose cables are being written (a large file's cables span several batches).
    private var currentFile: (path: String, id: Int64)?
    private var known: [String: KnownFile] = [:]
    private var onProgress: (IndexProgress) -> Void = { _ in }

    /// An indexer for `library` (opened with `access: .write`).
    public init(library: Library, knowledge: GeneralKnowledge) {
        self.library = library
        self.knowledge = knowledge
    }

    /// Indexes the files at `paths` (regular files; expand folders with `FileList` first). With `prune`, cables of
    /// files that no longer exist are removed. `onProgress` is called at the start and after each batch.
    public func index(
        _ paths: [String], prune: Bool = false, onProgress: @escaping (IndexProgress) -> Void = { _ in }
    ) throws(LibraryError) -> IndexReport {
        self.onProgress = onProgress
        report = IndexReport()
        report.files = paths.count
        known = try library.reading(KnownFile.all)
        let stamps = paths.map { ($0, FileStamp(path: $0)) }
        progress = IndexProgress(filesTotal: paths.count, bytesTotal: stamps.reduce(0) { $0 + ($1.1?.size ?? 0) })
        // NB: the first batch takes seconds to parse and write; the bar shows from the start.
        onProgress(progress)
        for (path, stamp) in stamps {
            try add(path, stamp: stamp)
            progress.filesDone += 1
        }
        try flush()
        try writeParsed()
        if prune { try pruneMissing() }
        try rederiveStale()
        let written = report.cables + report.rederived
        // NB: only units written bring words the index has not seen; a run that wrote none (the usual run over a
        // folder that did not change) skips the pass over the whole vocabulary, which grows with the library.
        if written > 0 { try library.writing(TermStems.update) }
        try library.writing { db in try FullTextTidy.afterWriting(written, in: db) }
        try library.writing(FreePages.release)
        report.duplicateIDs = try library.duplicateIDs()
        return report
    }

    private func add(_ path: String, stamp: FileStamp?) throws(LibraryError) {
        guard let stamp else {
            report.problems.append(IndexProblem(place: path, message: "cannot be read as a file"))
            return
        }
        let previous = known[stamp.path]
        if let previous, previous.matches(stamp) {
            report.unchangedFiles += 1
            progress.bytesDone += stamp.size
            return
        }
        do {
            try read(stamp, previous: previous)
        } catch let error as LibraryError {
            throw error
        } catch {
            report.problems.append(IndexProblem(place: path, message: "cannot be read (\(error))"))
        }
    }

    /// Streams a file into the batch. A small file is read whole first, so that one whose time changed but whose
    /// content did not is only touched.
    private func read(_ stamp: FileStamp, previous: KnownFile?) throws {
        var stream = CableStream(path: stamp.path)
        stream.windowSize = windowSize
        if stamp.size <= windowSize, let previous, previous.complete {
            var sources: [CableSource] = []
            let outcome = try stream.read { sources += $0 }
            if outcome.hash == previous.hash {
                try library.writing { try LibraryWriter.touchFile(previous.id, modified: stamp.modified, in: $0) }
                report.unchangedFiles += 1
                progress.bytesDone += stamp.size
                return
            }
            try enqueue(stamp, previous: previous) { each in try each(sources) }
            try finish(stamp, outcome: outcome)
            return
        }
        try enqueue(stamp, previous: previous) { each in
            let outcome = try stream.read(each)
            try finish(stamp, outcome: outcome)
        }
    }

    /// Begins a file in the batch and adds its cables as `produce` hands them over.
    private func enqueue(
        _ stamp: FileStamp, previous: KnownFile?, produce: (([CableSource]) throws -> Void) throws -> Void
    ) throws {
        if previous == nil { report.newFiles += 1 } else { report.replacedFiles += 1 }
        batch.append(.begin(stamp))
        var position = 0
        try produce { sources in
            for source in sources {
                self.batch.append(.cable(position: position, source: source))
                position += 1
            }
            if self.batch.isFull { try self.flush() }
        }
        progress.bytesDone += stamp.size
    }

    private func finish(_ stamp: FileStamp, outcome: CableStream.Outcome) throws {
        report.bytes += stamp.size
        for problem in outcome.problems { report.problems.append(IndexProblem(place: stamp.path, message: problem)) }
        batch.append(.complete(path: stamp.path, hash: outcome.hash))
        if batch.isFull { try flush() }
    }

    /// Waits for the batch being parsed, starts parsing this one on the workers, and writes the one it waited for
    /// meanwhile; the caller then reads the next batch while this one is still being parsed.
    ///
    /// NB: the model's parsing overlaps both the writing (SQLite) and the reading of the files, so both cores stay
    /// busy; one batch is parsed at a time, and each is written in one transaction, in file order.
    private func flush() throws(LibraryError) {
        guard !batch.steps.isEmpty else { return }
        let parsed = parsing.map { ($0.steps, $0.parse.rows()) }
        parsing = (batch.steps, BackgroundParse(batch, knowledge: knowledge))
        batch = CableBatch()
        if let (steps, rows) = parsed { try write(steps, rows: rows) }
    }

    /// Waits for the batch being parsed and writes it.
    private func writeParsed() throws(LibraryError) {
        guard let (steps, parse) = parsing else { return }
        parsing = nil
        try write(steps, rows: parse.rows())
    }

    /// Writes a parsed batch in one transaction.
    private func write(_ steps: [CableBatch.Step], rows: [CableRows?]) throws(LibraryError) {
        try library.writing { db in try self.write(steps, rows: rows, in: db) }
        progress.cables = report.cables
        onProgress(progress)
    }

    private func write(_ steps: [CableBatch.Step], rows: [CableRows?], in db: Database) throws {
        var written: [Int64] = []
        for (step, row) in zip(steps, rows) {
            switch step {
            case .begin(let stamp):
                let id = try LibraryWriter.beginFile(stamp, in: db)
                fileIDs[stamp.path] = id
                currentFile = (stamp.path, id)
            case .cable(let position, _):
                guard let row, let file = currentFile else { continue }
                written.append(try LibraryWriter.insert(row, file: file.id, position: position, in: db))
                report.cables += 1
                noteWarnings(row, place: file.path, position: position)
            case .complete(let path, let hash):
                guard let id = fileIDs[path] else { continue }
                try LibraryWriter.completeFile(id, hash: hash, in: db)
            }
        }
        try FullTextRows.addUnits(ofCables: written, in: db)
    }

    private func noteWarnings(_ row: CableRows, place: String, position: Int) {
        for warning in row.warnings {
            report.warnings.append(
                IndexProblem(place: position > 0 ? "\(place)#\(position + 1)" : place, message: warning))
        }
    }

    /// Removes the files that no longer exist, with their cables.
    private func pruneMissing() throws(LibraryError) {
        let gone = known.values.filter { FileStamp(path: $0.path) == nil }
        guard !gone.isEmpty else { return }
        try library.writing { db in
            for file in gone { try LibraryWriter.deleteFile(file.id, in: db) }
        }
        report.prunedFiles = gone.count
    }

    /// Derives again, from their stored text, the cables that older rules derived; as in `flush()`, a batch is
    /// written while the next one is parsed.
    private func rederiveStale() throws(LibraryError) {
        var after: Int64 = 0
        var parsing: (stale: [StoredSource], parse: BackgroundParse)?
        while true {
            let stale = try library.reading {
                try StoredSource.stale(after: after, limit: self.rederivedBatchSize, in: $0)
            }
            let parsed = parsing.map { ($0.stale, $0.parse.rows()) }
            parsing = stale.isEmpty ? nil : (stale, BackgroundParse(stale.map(\.source), knowledge: knowledge))
            after = stale.last?.id ?? after
            if let (cables, rows) = parsed { try writeRederived(cables, rows: rows) }
            if parsing == nil { return }
        }
    }

    private func writeRederived(_ stale: [StoredSource], rows: [CableRows?]) throws(LibraryError) {
        let derived = zip(stale, rows).compactMap { $1 == nil ? nil : $0.id }
        try library.writing { db in
            try LibraryWriter.clearDerived(ofCables: derived, in: db)
            for (cable, row) in zip(stale, rows) {
                if let row {
                    try LibraryWriter.replace(row, cable: cable.id, in: db)
                } else {
                    // NB: a cable whose stored text is damaged keeps what was derived; marking it current spares
                    // the next runs from reading it again, and the problem is reported.
                    try db.execute(
                        sql: "UPDATE cable SET rules = ? WHERE id = ?", arguments: [RulesVersion.current, cable.id])
                    self.report.problems.append(
                        IndexProblem(place: "cable row \(cable.id)", message: "its stored text is damaged"))
                }
            }
            try FullTextRows.addUnits(ofCables: derived, in: db)
        }
        report.rederived += stale.count
    }
}
