import Foundation
import TestSupport
import Testing

/// `cablegram DIR` opens the browser on the folder's cables; without a terminal it is refused as the browser is,
/// before anything is indexed.
@Suite struct FolderBrowsingTests {
    @Test func aFolderInAPipeIsRefusedBeforeTheLibraryIsTouched() throws {
        let folder = ScratchFolder.path("folder")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let library = folder + "/library.sqlite"
        let run = try BuiltProgram.run([folder], environment: ["CABLEGRAM_LIBRARY": library])
        #expect(run.status == 2)
        #expect(run.errors.contains("terminal"))
        #expect(!run.errors.contains("is a directory"))
        #expect(!FileManager.default.fileExists(atPath: library))
    }
}
