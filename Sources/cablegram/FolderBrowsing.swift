import Browser
import CableLibrary
import Foundation

/// `cablegram DIR`: the folder's cables go into the library (unchanged files skipped, so the second time is
/// instant), then the browser opens on the library's list filtered to them.
enum FolderBrowsing {
    /// Whether `path` names a folder.
    static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }

    /// Indexes `folder` into the library `option` names (the default one without `--library`) with the progress bar,
    /// then browses the list of its cables, the index's summary in the status line.
    static func run(_ folder: String, library option: LibraryOption) throws {
        let paths = FileList.expand([folder]).files
        let summary = try IndexCommand.index(
            paths, into: IndexCommand.openLibrary(option.resolvedPath, wait: 30), prune: false)
        try LibraryBrowsing.run(
            option, filter: QueryText.joined(["file:" + FileList.absolute(folder)]), message: summary.line())
    }
}
