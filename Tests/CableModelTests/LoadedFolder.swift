import CableData
import CableModel
import Foundation
import Synchronization
import TestSupport

/// One file of a shared folder, read and loaded.
struct LoadedFile: Sendable {
    /// The file's name without `.txt` (`04TRIPOLI31`).
    let name: String
    /// The file's bytes.
    let bytes: [UInt8]
    /// The cables it loaded as, or the error it failed with.
    let cables: Result<[Cable], LoadError>
}

/// The shared folders' files, each read and loaded once per test run over all the cores, and shared by every test
/// that reads a whole folder.
enum LoadedFolder {
    /// `../shared/library`, 6,594 cables.
    static let library = load("library")
    /// `../shared/corpus`, 1,187 cables.
    static let corpus = load("corpus")

    /// Reads and loads every file of `subfolder`, in the order of their names.
    private static func load(_ subfolder: String) -> [LoadedFile] {
        let urls = SharedData.files(in: subfolder)
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let results = Mutex([[(Int, LoadedFile)]](repeating: [], count: workers))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var local: [(Int, LoadedFile)] = []
            for index in stride(from: worker, to: urls.count, by: workers) {
                let bytes = SharedData.bytes(urls[index])
                let name = urls[index].deletingPathExtension().lastPathComponent
                let cables = Result { () throws(LoadError) in try CableLoader.load(bytes, knowledge: .bundled) }
                local.append((index, LoadedFile(name: name, bytes: bytes, cables: cables)))
            }
            results.withLock { $0[worker] = local }
        }
        return results.withLock { $0.flatMap { $0 } }.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
