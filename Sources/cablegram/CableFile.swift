import CableData
import CableModel
import Foundation

/// Reads a named file (or the bundled cable) and loads the cables in it.
struct CableFile {
    /// The name to show for the file.
    let name: String
    /// The cables the file holds (most hold one).
    let cables: [Cable]

    /// Reads and loads `path`, or the bundled cable when `path` is nil.
    static func open(_ path: String?) throws(InputProblem) -> CableFile {
        guard let path = path ?? BundledData.defaultCablePath else { throw .noDefaultCable }
        let bytes = try read(path)
        do {
            return CableFile(
                name: path, cables: try CableLoader.load(bytes, knowledge: BundledKnowledge.loading, name: path))
        } catch {
            throw .load(error)
        }
    }

    /// The file's bytes, refusing directories, missing files and files over the loader's limit.
    ///
    /// NB: reading stops one byte past the limit, so a device or pipe that never ends cannot exhaust memory.
    static func read(_ path: String) throws(InputProblem) -> [UInt8] {
        if path == standardInputName { return try readAll(STDIN_FILENO) }
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable(String(cString: strerror(errno)))
        }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw .directory }
        let limit = CableLoader.sizeLimit
        if Int(status.st_size) > limit { throw .load(.tooLarge(bytes: Int(status.st_size), limit: limit)) }
        let descriptor = Glibc.open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        return try readAll(descriptor)
    }

    /// The name that means standard input, as for cat and less.
    static let standardInputName = "-"

    /// Everything a descriptor gives, up to one byte past the loader's size limit.
    private static func readAll(_ descriptor: Int32) throws(InputProblem) -> [UInt8] {
        let limit = CableLoader.sizeLimit
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count <= limit {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(String(cString: strerror(errno)))
            }
            if count == 0 { break }
            bytes += chunk[..<count]
        }
        if bytes.count > limit { throw .load(.tooLarge(bytes: bytes.count, limit: limit)) }
        return bytes
    }
}
