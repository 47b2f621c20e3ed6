import CableData
import CableModel
import Foundation
import Testing

/// The real cables beside the project (`../shared/cables`, `../shared/corpus`), read in place, never copied.
///
/// Tests that need them run whenever the folder exists; when `CI` is set and it does not, they fail.
public enum SharedData {
    /// The repository's root folder.
    public static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The shared folder: `$CABLEGRAM_SHARED`, else `../shared` beside the repository; nothing else, so that a
    /// clone made elsewhere names its cables with the variable.
    public static let folder: URL = {
        if let named = ProcessInfo.processInfo.environment["CABLEGRAM_SHARED"], !named.isEmpty {
            return URL(fileURLWithPath: named)
        }
        return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    /// What a test records when the shared folder is missing: where it looked and how to name another.
    static var missingMessage: String {
        "no shared cables at \(folder.path): set CABLEGRAM_SHARED, or put shared/ beside the repository"
    }

    /// Whether tests that read the shared folder should run: it exists, or CI requires it (and they then fail).
    public static var shouldRun: Bool {
        FileManager.default.fileExists(atPath: folder.path) || ProcessInfo.processInfo.environment["CI"] != nil
    }

    /// The `.txt` files of a subfolder (`cables` or `corpus`), sorted; records a failure when it is missing.
    public static func files(in subfolder: String) -> [URL] {
        let directory = folder.appendingPathComponent(subfolder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
            Issue.record("missing \(directory.path); \(missingMessage)")
            return []
        }
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { directory.appendingPathComponent($0) }
    }

    /// The bytes of a file.
    public static func bytes(_ url: URL) -> [UInt8] {
        (try? [UInt8](Data(contentsOf: url))) ?? []
    }

    /// Loads one shared cable by name (`09BISHKEK135`).
    public static func cable(_ name: String) throws -> Cable {
        let url = folder.appendingPathComponent("cables/\(name).txt")
        guard FileManager.default.fileExists(atPath: url.path) else {
            Issue.record("missing \(url.path); \(missingMessage)")
            throw SharedDataMissing()
        }
        return try CableLoader.loadFirst(bytes(url))
    }

    /// The bundled seed cable.
    public static func seedCable() throws -> Cable {
        try CableLoader.loadFirst(BundledData.bytes(of: BundledData.defaultCableName) ?? [])
    }
}

public struct SharedDataMissing: Error {}

extension SharedData {
    /// Loads a cable by name from `../shared/cables`, else `corpus`, else `library`; the seed cable comes from the
    /// bundle.
    public static func anyCable(_ name: String) throws -> Cable {
        if name == BundledData.defaultCableName.replacingOccurrences(of: ".txt", with: "") { return try seedCable() }
        for subfolder in ["cables", "corpus", "library"] {
            let url = folder.appendingPathComponent("\(subfolder)/\(name).txt")
            if FileManager.default.fileExists(atPath: url.path) { return try CableLoader.loadFirst(bytes(url)) }
        }
        Issue.record("missing \(name) in \(folder.path)/cables, /corpus and /library")
        throw SharedDataMissing()
    }
}
