/// The splitter's decisions, line by line: which starts begin a new cable, which only repeat an envelope, and which
/// routing block after `NNNN` is a tail.
struct StartReading {
    /// What to do at a line.
    enum Decision: Equatable {
        /// Nothing: the line belongs to the current cable.
        case keep
        /// A new cable starts at this buffer index: in this line, or earlier (a start after `NNNN` that a body has
        /// now confirmed).
        case cut(Int)
        /// The text of the current cable before this buffer index is not a cable of its own and is dropped: a
        /// spreadsheet's preamble, or a preview of the message that the full copy starting here repeats.
        case dropBefore(Int)
    }

    /// Where a start after `NNNN` stands, until a body confirms it.
    var tailStart: Int?
    /// Bytes dropped from the current cable by the size limit.
    var droppedBytes = 0

    private var hasStart = false
    private var isSpreadsheet = false
    private var proseLines = 0
    /// Whether a labelled header field (TAGS, SUBJECT) stood since the start: a header-only cable is a cable.
    private var sawHeaderFields = false
    private var lineNumber = 0
    private var lastStartLine: Int?
    private var afterEndOfMessage = false
    /// What tells the current message from the next.
    private var identity = MessageIdentity()
    /// A start after a header without a body, until the date-time group below it tells whether it repeats the
    /// message: where it stands, and the last line that may hold that group.
    private var pendingStart: (index: Int, deadline: Int)?
    /// Whether the last line of text (a closing `",` of a row aside) ended with `...`: what stands above is a
    /// preview cut short, which a row of the full record replaces.
    private var afterPreviewCut = false
    /// A start after a body, until the date-time group of its envelope tells whether it repeats this message (the
    /// envelope printed again after the signature): where it stands, and the last line that may hold that group.
    private var repeatedStart: (index: Int, deadline: Int)?

    /// How many lines below a start after a header alone its date-time group or subject may stand.
    private static let pendingLines = 40

    /// Whether a body has shown since the current cable's start, so that a start cuts.
    private var bodySeen: Bool { proseLines >= 2 || sawHeaderFields }

    /// Moves the buffer indices this reading holds (a tentative start, a start awaiting its date-time group) when the
    /// splitter drops bytes before them.
    mutating func moveIndices(by moved: (Int) -> Int) {
        tailStart = tailStart.map(moved)
        pendingStart = pendingStart.map { (moved($0.index), $0.deadline) }
        repeatedStart = repeatedStart.map { (moved($0.index), $0.deadline) }
    }

    /// Reads one line and the start found in it, if any.
    mutating func read(_ line: ByteText, start: CableStart?) -> Decision {
        defer { lineNumber += 1 }
        if let start, start.form == .row { return startRow(at: start.index) }
        if isSpreadsheet { return .keep }
        if let start, start.form == .unquotedRow, followsPreview(row: line) { return replacePreview(at: start.index) }
        if let start { return read(start, in: line) }
        readPreviewCut(line)
        if let pending = pendingStart, let decision = resolve(pending, at: line) { return decision }
        if let repeated = repeatedStart, let decision = resolve(repeated: repeated, at: line) { return decision }
        afterEndOfMessage = CableStart.endsMessage(line) || (afterEndOfMessage && line.isBlankLine)
        identity.readPageHeader(line, number: lineNumber)
        // NB: once a body has shown, nothing more needs reading until the next start; this keeps the splitter cheap.
        guard proseLines < 2 || tailStart != nil else { return .keep }
        if identity.subject == nil { _ = identity.readSubject(line) }
        if identity.number == nil { identity.number = BodyEvidence.classificationNumber(line) }
        if !sawHeaderFields, BodyEvidence.isHeaderField(line) { sawHeaderFields = true }
        guard BodyEvidence.isProse(line) else { return .keep }
        guard let tail = tailStart else {
            proseLines += 1
            return .keep
        }
        tailStart = nil
        return cut(at: tail, time: nil, prose: 1)
    }

    /// A start line. A date-time group whose day and time the cable already gave is another section of the same
    /// message; one close below another start is part of that start's envelope.
    private mutating func read(_ start: CableStart, in line: ByteText) -> Decision {
        guard start.form == .dateTimeGroup else { return self.start(at: start.index, time: nil) }
        let time = CableStart.dayTime(in: line[start.index...])
        if let repeated = repeatedStart {
            repeatedStart = nil
            guard identity.contains(time: time) else { return cut(at: repeated.index, time: time) }
            tailStart = repeated.index
            return .keep
        }
        if let pending = pendingStart {
            pendingStart = nil
            return identity.contains(time: time) ? .dropBefore(pending.index) : cut(at: pending.index, time: time)
        }
        if identity.contains(time: time) || identity.sectionContinuesUntil >= lineNumber { return .keep }
        guard isNewEnvelope || bodySeen else {
            identity.add(time: time)
            return .keep
        }
        return self.start(at: start.index, time: time)
    }

    /// A date-time group close below another start belongs to the same envelope.
    private var isNewEnvelope: Bool {
        lastStartLine.map { lineNumber - $0 > CableStart.sameEnvelopeLines } ?? true
    }

    /// A start that may begin a new cable: the first one opens the first cable (text above it is its preface); a
    /// later one cuts after a body, tentatively after `NNNN`, and after a header alone only once the date-time
    /// group below it shows another message.
    private mutating func start(at index: Int, time: [UInt8]?) -> Decision {
        lastStartLine = lineNumber
        defer { afterEndOfMessage = false }
        guard hasStart else {
            hasStart = true
            proseLines = 0
            sawHeaderFields = false
            identity = MessageIdentity(time: time)
            return .keep
        }
        // NB: a second start before the tentative one found a body: that block was the tail of this cable.
        tailStart = nil
        repeatedStart = nil
        if proseLines >= 2 {
            guard !afterEndOfMessage else {
                tailStart = index
                return .keep
            }
            // NB: a start without its day and time may repeat this message's envelope; its date-time group tells.
            guard time != nil || identity.times.isEmpty else {
                repeatedStart = (index, lineNumber + CableStart.sameEnvelopeLines)
                return .keep
            }
            return cut(at: index, time: time)
        }
        guard sawHeaderFields else { return .keep }
        guard time == nil else { return cut(at: index, time: time) }
        pendingStart = (index, lineNumber + StartReading.pendingLines)
        return .keep
    }

    /// A new cable from `index`, whose evidence so far is `prose` lines of prose and the day and time `time`.
    private mutating func cut(at index: Int, time: [UInt8]?, prose: Int = 0) -> Decision {
        // NB: a start still waiting for its date-time group stands before this cut; its text stays in the cable
        // before, and a later decision must not cut behind the new cable's start.
        pendingStart = nil
        proseLines = prose
        sawHeaderFields = false
        identity = MessageIdentity(time: time)
        return .cut(index)
    }

    /// A start after a header alone is decided by what follows: the same subject repeats the message (the header
    /// above was a preview of it, which the full copy replaces), another one begins a new cable, and so does
    /// reaching the deadline without either.
    private mutating func resolve(_ pending: (index: Int, deadline: Int), at line: ByteText) -> Decision? {
        let sameSubject = identity.readSubject(line)
        guard sameSubject != nil || lineNumber > pending.deadline else { return nil }
        pendingStart = nil
        return sameSubject == true ? .dropBefore(pending.index) : cut(at: pending.index, time: nil)
    }

    /// A start after a body whose envelope shows no date-time group by its deadline, or gives way to a header field
    /// or prose first, begins a new cable (and that line is its first evidence of a body).
    private mutating func resolve(repeated: (index: Int, deadline: Int), at line: ByteText) -> Decision? {
        let isProse = BodyEvidence.isProse(line)
        let isHeaderField = !isProse && BodyEvidence.isHeaderField(line)
        guard isProse || isHeaderField || lineNumber > repeated.deadline else { return nil }
        repeatedStart = nil
        let decision = cut(at: repeated.index, time: nil, prose: isProse ? 1 : 0)
        sawHeaderFields = isHeaderField
        return decision
    }

    /// Whether a row starting in `line` follows a preview of the same message (the number its id ends with is the
    /// one the preview's classification line gave) cut short with `...`.
    private func followsPreview(row line: ByteText) -> Bool {
        afterPreviewCut && identity.number != nil && SpreadsheetRow.unquotedRowNumber(line) == identity.number
    }

    /// Notes whether a line of text ends with `...`; a row's closing `",` and the signature a preview keeps (a
    /// short line in capitals, `SMITH`) leave the note as it was.
    private mutating func readPreviewCut(_ line: ByteText) {
        let text = line.trimmed
        guard !text.allSatisfy({ $0 == ASCII.quote || $0 == ASCII.comma }) else { return }
        let isSignature = text.count <= 32 && text.words.count <= 3 && !text.contains(where: \.isASCIILower)
        guard !isSignature || text.last == ASCII.period else { return }
        afterPreviewCut = text.count >= 3 && text.suffix(3).allSatisfy { $0 == ASCII.period }
    }

    /// A row of the full record after a preview of it: the preview is dropped and the row starts the cable.
    private mutating func replacePreview(at index: Int) -> Decision {
        afterPreviewCut = false
        lastStartLine = lineNumber
        pendingStart = nil
        repeatedStart = nil
        tailStart = nil
        proseLines = 0
        sawHeaderFields = false
        identity = MessageIdentity()
        return .dropBefore(index)
    }

    /// A spreadsheet row starts a cable; what came before the first row is the sheet's preamble.
    private mutating func startRow(at index: Int) -> Decision {
        defer {
            hasStart = true
            isSpreadsheet = true
        }
        return isSpreadsheet || hasStart ? .cut(index) : .dropBefore(index)
    }
}
