import CableModel
import Foundation

/// Reads a file of any size cable by cable in bounded memory: a window of a few megabytes at a time, split by the
/// model's rule (`CableLoader.sources`); the cables before the window's last are complete, and the last one's bytes
/// are carried into the next window.
///
/// NB: memory stays near a window plus the largest cable, whatever the file's size. A cable larger than
/// `cableLimit` is skipped with a problem, so one endless record cannot exhaust memory. While one cable spans
/// windows, each read is as large as what is carried, so the carried bytes are split again a bounded number of
/// times (the work stays linear in the file's size).
struct CableStream {
    /// The bytes read at a time.
    static let windowSize = 4 << 20
    /// The largest cable a stream keeps (the largest real cable is 66 KB; a whole file may hold 64 MB).
    static let cableLimit = 8 << 20

    /// The file's path.
    let path: String
    /// The bytes to read at a time (smaller in tests).
    var windowSize = CableStream.windowSize

    /// What reading found besides the cables.
    struct Outcome {
        /// The hash of the whole file.
        var hash: String
        /// Problems met (undecodable windows, oversize cables), worded for the user.
        var problems: [String]
    }

    /// Calls `each` with the cables of every window, in file order; throws what `each` throws, or a problem
    /// opening or reading the file.
    func read(_ each: ([CableSource]) throws -> Void) throws -> Outcome {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw StreamError.unreadable(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var state = State()
        // NB: a small file gets a chunk of its own size (plus one byte, to see its end in one read), not a window.
        var status = stat()
        let size = fstat(descriptor, &status) == 0 ? Int(status.st_size) : windowSize
        var chunk = [UInt8](repeating: 0, count: max(1, min(windowSize, size + 1)))
        while true {
            let wanted = max(chunk.count, min(state.buffer.count, CableStream.cableLimit))
            if wanted > chunk.count { chunk = [UInt8](repeating: 0, count: wanted) }
            let count = try fill(&chunk, from: descriptor)
            state.hash.update(chunk[..<count])
            state.buffer += chunk[..<count]
            let atEnd = count < chunk.count
            try each(state.takeCables(atEnd: atEnd))
            if atEnd { break }
        }
        return Outcome(hash: state.hash.hex, problems: state.problems)
    }

    /// Reads until the chunk is full or the file ends; returns the number of bytes read.
    private func fill(_ chunk: inout [UInt8], from descriptor: Int32) throws -> Int {
        var filled = 0
        while filled < chunk.count {
            let count = chunk.withUnsafeMutableBytes {
                Glibc.read(descriptor, $0.baseAddress! + filled, $0.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw StreamError.unreadable(String(cString: strerror(errno)))
            }
            if count == 0 { break }
            filled += count
        }
        return filled
    }

    /// The bytes not yet given out, and what was found so far.
    private struct State {
        var buffer: [UInt8] = []
        var hash = ContentHash()
        var problems: [String] = []
        /// Whether the start of the buffer is the tail of a cable skipped as too large.
        var skippingTail = false
        /// The offset in the file of the buffer's first byte.
        var offset = 0

        /// The complete cables in the buffer (all of them at the end of the file); keeps the rest.
        mutating func takeCables(atEnd: Bool) -> [CableSource] {
            let cut = atEnd ? buffer.count : (buffer.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0)
            guard cut > 0 else { return dropIfOversize() }
            let window = Array(buffer[..<cut])
            var sources: [CableSource]
            do {
                sources = try CableLoader.sources(window)
            } catch {
                if error != .empty { problems.append("bytes \(offset)–\(offset + cut): \(error.message)") }
                consume(cut)
                return []
            }
            // NB: the bytes before the window's first start continue the cable skipped as too large: all of them
            // are dropped until a new cable starts (a window with a second piece).
            if skippingTail, sources.first?.byteOffset == 0 {
                sources.removeFirst()
                if sources.isEmpty {
                    consume(cut)
                    return []
                }
            }
            skippingTail = false
            guard !atEnd, let last = sources.last else {
                consume(cut)
                return sources
            }
            sources.removeLast()
            consume(last.byteOffset)
            return sources + dropIfOversize()
        }

        /// Drops the buffer when it holds one cable larger than the loader accepts.
        private mutating func dropIfOversize() -> [CableSource] {
            guard buffer.count > CableStream.cableLimit else { return [] }
            problems.append(
                "bytes from \(offset): a cable larger than \(CableStream.cableLimit / 1_048_576) MB was skipped")
            skippingTail = true
            consume(buffer.lastIndex(of: 0x0A).map { $0 + 1 } ?? buffer.count)
            return []
        }

        private mutating func consume(_ count: Int) {
            buffer.removeFirst(count)
            offset += count
        }
    }
}

/// Why a file could not be read at all.
enum StreamError: Error {
    case unreadable(String)
}
