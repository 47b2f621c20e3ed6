import Browser
import CableLibrary
import Foundation

/// The library a cable opened from a file follows its references in: the one `--library` names, else the default
/// (`$CABLEGRAM_LIBRARY`, else under `$XDG_DATA_HOME`), when that file exists. Without one the browser is as it was.
enum DefaultLinking {
    /// The linking through the library at `path`, or nil when there is none there; a library that cannot be
    /// opened gives nil and the reason, for the status line.
    static func open(at path: String) -> (linking: CableLinking?, problem: String?) {
        guard FileManager.default.fileExists(atPath: path) else { return (nil, nil) }
        do {
            let library = try Library(path: path, waitSeconds: 1)
            return (CableLinking(source: LibraryLinkSource(library), knowledge: BundledKnowledge.lists), nil)
        } catch {
            return (nil, "references not followed: " + error.message)
        }
    }
}
