import Foundation

/// Files that ship with Cablegram: the default cable and the reference lists the index reads.
///
/// NB: this target's path is `Data/` so that the shipped files stay at the top of the repository
/// and SwiftPM still bundles them; this file only finds them again at run time.
public enum BundledData {
    /// The file name of the cable that opens when no file is named.
    public static let defaultCableName = "10DUSHANBE170.txt"

    /// The path of the bundled default cable.
    public static var defaultCablePath: String? { path(of: defaultCableName) }

    /// The bytes of a bundled file, or nil when the bundle is missing it.
    public static func bytes(of name: String) -> [UInt8]? {
        guard let path = path(of: name), let data = FileManager.default.contents(atPath: path) else { return nil }
        return [UInt8](data)
    }

    /// The path of a bundled file.
    public static func path(of name: String) -> String? {
        let url = Bundle.module.url(forResource: name, withExtension: nil)
        return url?.path
    }
}
