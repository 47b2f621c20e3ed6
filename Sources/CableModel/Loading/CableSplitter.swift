/// Cuts a stream of bytes into cables as the bytes arrive: push bytes, take the cables that are finished.
///
/// Exports and dumps concatenate cables, and a cable may be UTF-8 while the next is Latin-1, so the splitter works
/// on the raw bytes (every form a cable starts with is ASCII, see `CableStart`) and hands each cable's bytes back
/// undecoded; `CableLoader.load(_:knowledge:)` then decodes each on its own. Memory stays bounded by the largest cable: a
/// cable is released as soon as the next one starts, and bytes of one cable past `cableSizeLimit` are dropped
/// (and counted in `CableBytes.droppedBytes`).
///
/// A start cuts only after a body: at least two lines of prose since the cable's own start (an envelope printed
/// twice is one cable). A start that follows `NNNN` cuts only once a line of prose follows it; a routing block
/// repeated after the end of a message is the tail of that message.
///
/// ```swift
/// var splitter = CableSplitter()
/// while let chunk = readSome() {
///     splitter.push(chunk)
///     for cable in splitter.takeCables() { handle(try CableLoader.load(cable, knowledge: knowledge)) }
/// }
/// splitter.finish()
/// for cable in splitter.takeCables() { handle(try CableLoader.load(cable, knowledge: knowledge)) }
/// ```
public struct CableSplitter {
    /// The most bytes one cable keeps; the rest of it is dropped and counted.
    public let cableSizeLimit: Int
    /// A line longer than this is cut for reading starts (no start is that long); its bytes are all kept.
    private static let longestLine = 1 << 16

    private var buffer: [UInt8] = []
    /// The stream offset of `buffer[0]`.
    private var base = 0
    private var cableStart = 0
    private var lineStart = 0
    private var scanned = 0
    /// Whole lines read but not yet classified: the look-ahead a date-time group needs for its FM line.
    private var pending: [Range<Int>] = []
    private var finished: [CableBytes] = []
    private var isFinished = false
    private var reading = StartReading()

    /// Creates a splitter; `cableSizeLimit` bounds the bytes kept of any one cable.
    public init(cableSizeLimit: Int = CableLoader.sizeLimit) {
        self.cableSizeLimit = cableSizeLimit
    }

    /// Adds the next bytes of the stream.
    public mutating func push(_ bytes: ArraySlice<UInt8>) {
        precondition(!isFinished, "push after finish")
        buffer += bytes
        readLines()
        classify(keeping: CableStart.originLookahead)
        compact()
    }

    /// Adds the next bytes of the stream.
    public mutating func push(_ bytes: [UInt8]) { push(bytes[...]) }

    /// Marks the end of the stream: the last cable is finished.
    public mutating func finish() {
        guard !isFinished else { return }
        isFinished = true
        readLines()
        if lineStart < buffer.count { pending.append(lineStart..<buffer.count) }
        lineStart = buffer.count
        classify(keeping: 0)
        release(upTo: buffer.count)
    }

    /// The cables finished since the last call, in stream order.
    public mutating func takeCables() -> [CableBytes] {
        defer { finished.removeAll() }
        return finished
    }

    /// Every cable in `bytes`, in order: a file holding one cable gives one.
    public static func split(_ bytes: [UInt8], cableSizeLimit: Int = CableLoader.sizeLimit) -> [CableBytes] {
        var splitter = CableSplitter(cableSizeLimit: cableSizeLimit)
        splitter.push(bytes)
        splitter.finish()
        return splitter.takeCables()
    }
}

extension CableSplitter {
    /// Finds the line ends in the bytes not yet scanned: LF, CRLF, or a lone CR.
    private mutating func readLines() {
        var index = scanned
        let count = buffer.count
        while index < count {
            let byte = buffer[index]
            if byte == ASCII.newline || index - lineStart >= CableSplitter.longestLine {
                endLine(at: index + 1)
            } else if byte == ASCII.carriageReturn {
                guard index + 1 < count || isFinished else { break }
                if index + 1 == count || buffer[index + 1] != ASCII.newline { endLine(at: index + 1) }
            }
            index += 1
        }
        scanned = index
    }

    private mutating func endLine(at end: Int) {
        pending.append(lineStart..<end)
        lineStart = end
    }

    /// Classifies pending lines until only `lookahead` remain.
    private mutating func classify(keeping lookahead: Int) {
        var position = 0
        while pending.count - position > lookahead {
            let line = pending[position]
            let text = text(of: line)
            let start = CableStart.find(in: text) { originFollows(position) }
            switch reading.read(text, start: start) {
            case .cut(let start): release(upTo: start)
            case .dropBefore(let start): cableStart = start
            case .keep: break
            }
            position += 1
        }
        pending.removeFirst(position)
        enforceSizeLimit()
    }

    /// Whether an FM line stands among the few lines after the pending line at `position`.
    private func originFollows(_ position: Int) -> Bool {
        let end = min(pending.count, position + 1 + CableStart.originLookahead)
        return pending[(position + 1)..<end].contains { CableStart.isOrigin(text(of: $0)) }
    }

    /// The line's text without its line end (and without a byte-order mark at the very start of the stream).
    private func text(of line: Range<Int>) -> ByteText {
        var text = buffer[line]
        while let last = text.last, last == ASCII.newline || last == ASCII.carriageReturn { text = text.dropLast() }
        if base + line.lowerBound == 0, text.starts(with: [0xEF, 0xBB, 0xBF]) { text = text.dropFirst(3) }
        return text
    }

    /// Finishes the current cable at `end` (when it holds more than white space) and starts the next there; a cable
    /// past the size limit keeps its first bytes.
    private mutating func release(upTo end: Int) {
        let bytes = buffer[cableStart..<end]
        if bytes.contains(where: { !$0.isBlank && $0 != ASCII.newline && $0 != ASCII.carriageReturn }) {
            let kept = bytes.prefix(cableSizeLimit)
            let dropped = reading.droppedBytes + bytes.count - kept.count
            finished.append(CableBytes(bytes: Array(kept), offset: base + cableStart, droppedBytes: dropped))
        }
        reading.droppedBytes = 0
        cableStart = end
    }

    /// Drops classified lines past the size limit; a cable keeps its first `cableSizeLimit` bytes.
    private mutating func enforceSizeLimit() {
        let classifiedEnd = pending.first?.lowerBound ?? lineStart
        let kept = classifiedEnd - cableStart
        guard kept > cableSizeLimit else { return }
        let dropFrom = cableStart + cableSizeLimit
        let dropped = classifiedEnd - dropFrom
        buffer.removeSubrange(dropFrom..<classifiedEnd)
        reading.droppedBytes += dropped
        shift(by: dropped, from: dropFrom)
    }

    /// Releases the bytes before the current cable once they are many.
    private mutating func compact() {
        guard cableStart >= 1 << 20 || (cableStart > 0 && cableStart * 2 >= buffer.count) else { return }
        let removed = cableStart
        // NB: a cable near the size limit leaves the buffer's capacity at twice that limit; the bytes left move to a
        // buffer of their own size, so the stream does not hold that memory while the next cables are parsed.
        if buffer.capacity > 4 * max(buffer.count - removed, CableSplitter.longestLine) {
            buffer = Array(buffer[removed...])
        } else {
            buffer.removeSubrange(0..<removed)
        }
        base += removed
        shift(by: removed, from: 0)
    }

    /// Moves every index at or past `from` back by `count`.
    private mutating func shift(by count: Int, from: Int) {
        func moved(_ index: Int) -> Int { index >= from ? index - count : index }
        cableStart = moved(cableStart)
        lineStart = moved(lineStart)
        scanned = moved(scanned)
        pending = pending.map { moved($0.lowerBound)..<moved($0.upperBound) }
        reading.moveIndices(by: moved)
    }
}
