import CableModel
import Foundation

/// Reads a file of any size cable by cable in bounded memory: a window of a few megabytes at a time is pushed to the
/// model's `CableSplitter`, and the cables it finishes are decoded and handed on.
///
/// NB: memory stays near a window plus the largest cable, whatever the file's size: the splitter keeps at most
/// `cableLimit` bytes of one cable and counts the rest as dropped, so one endless record cannot exhaust memory
/// (the cable keeps its first `cableLimit` bytes, with a problem saying how much was cut).
struct CableStream {
    /// The bytes read at a time.
    static let windowSize = 4 << 20
    /// The most bytes of one cable a stream keeps (the largest real cable is 66 KB; a whole file may hold 64 MB).
    static let cableLimit = 8 << 20

    /// The file's path.
    let path: String
    /// The bytes to read at a time (smaller in tests).
    var windowSize = CableStream.windowSize

    /// What reading found besides the cables.
    struct Outcome {
        /// The hash of the whole file.
        var hash: String
        /// Problems met (undecodable cables, cables cut at the limit), worded for the user.
        var problems: [String]
    }

    /// Calls `each` with the cables finished by each window, in file order; throws what `each` throws, or a
    /// problem opening or reading the file.
    func read(_ each: ([CableSource]) throws -> Void) throws -> Outcome {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw StreamError.unreadable(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var splitter = CableSplitter(cableSizeLimit: CableStream.cableLimit)
        var outcome = Outcome(hash: "", problems: [])
        var hash = ContentHash()
        // NB: a small file gets a chunk of its own size (plus one byte, to see its end in one read), not a window.
        var status = stat()
        let size = fstat(descriptor, &status) == 0 ? Int(status.st_size) : windowSize
        var chunk = [UInt8](repeating: 0, count: max(1, min(windowSize, size + 1)))
        while true {
            let count = try fill(&chunk, from: descriptor)
            hash.update(chunk[..<count])
            splitter.push(chunk[..<count])
            let atEnd = count < chunk.count
            if atEnd { splitter.finish() }
            try each(CableStream.sources(of: splitter.takeCables(), name: path, problems: &outcome.problems))
            if atEnd { break }
        }
        outcome.hash = hash.hex
        return outcome
    }

    /// The decoded cables of the file `name`, less those that hold no text or cannot be decoded (each such a
    /// problem), with a problem for each cable cut at the limit.
    private static func sources(of cables: [CableBytes], name: String, problems: inout [String]) -> [CableSource] {
        cables.compactMap { cable in
            if cable.droppedBytes > 0 {
                problems.append(
                    "bytes from \(cable.offset): a cable larger than \(cableLimit / 1_048_576) MB was cut "
                        + "(\(cable.droppedBytes) bytes dropped)")
            }
            do throws(LoadError) {
                return try CableLoader.source(cable, name: name)
            } catch .empty {
                return nil
            } catch {
                problems.append("bytes \(cable.offset)–\(cable.offset + cable.bytes.count): \(error.message)")
                return nil
            }
        }
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
}

/// Why a file could not be read at all.
enum StreamError: Error {
    case unreadable(String)
}
