import CableModel
import Foundation

/// Files that ship with Cablegram: the default cable and the reference lists the index reads.
///
/// NB: this target's path is `Data/` so that the shipped files stay at the top of the repository
/// and SwiftPM still bundles them; this file only finds them again at run time.
public enum BundledData {
    /// The file name of the cable that opens when no file is named.
    public static let defaultCableName = "10DUSHANBE170.txt"

    /// The file name of the gazetteer: countries, capitals, territories and major cities.
    public static let gazetteerName = "gazetteer.tsv"

    /// The file name of the glossary: abbreviations, subject tags and country tags.
    public static let glossaryName = "glossary.tsv"

    /// The file name of the posts: the id form of each post and the ways REF lines write it.
    public static let postsName = "posts.tsv"

    /// The gazetteer's bytes (empty when the bundle is missing it).
    public static var gazetteerBytes: [UInt8] { bytes(of: gazetteerName) ?? [] }

    /// The glossary's bytes (empty when the bundle is missing it).
    public static var glossaryBytes: [UInt8] { bytes(of: glossaryName) ?? [] }

    /// The posts' bytes (empty when the bundle is missing them).
    public static var postsBytes: [UInt8] { bytes(of: postsName) ?? [] }

    /// The path of the bundled default cable.
    public static var defaultCablePath: String? { path(of: defaultCableName) }

    /// The bytes of a bundled file, or nil when the bundle is missing it.
    public static func bytes(of name: String) -> [UInt8]? {
        guard let path = path(of: name), let data = FileManager.default.contents(atPath: path) else { return nil }
        return [UInt8](data)
    }

    /// The path of a bundled file, or nil when the bundle is missing it.
    public static func path(of name: String) -> String? {
        // NB: the file is taken from the bundle's resource folder directly: `url(forResource:)` lists the bundle and
        // looks into its localisation folders at every call, twice before the browser's first frame.
        guard let folder = resourceFolder else { return nil }
        let path = folder + "/" + name
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// The folder of the shipped files: the resource bundle beside the executable, else wherever `Bundle.module`
    /// finds it (the build folder).
    ///
    /// NB: `Bundle.module` asks `Bundle.main` first, which reads every entry of the executable's folder twice
    /// (1.9M instructions before the first frame beside the build's 35 files, 24M in a folder of 10,000); the
    /// folder SwiftPM puts beside the executable is looked for by its name first, as `Bundle.module` would.
    static let resourceFolder: String? = {
        if let executable = executableFolder {
            let beside = executable + "/" + resourceBundleName
            if FileManager.default.fileExists(atPath: beside) { return beside }
        }
        return Bundle.module.resourceURL?.path
    }()

    /// The name SwiftPM gives this target's resource bundle on Linux (`PACKAGE_TARGET.resources`).
    static let resourceBundleName = "Cablegram_CableData.resources"

    /// The folder of the running executable, symbolic links resolved, or nil where it is not known without
    /// `Bundle.main` (outside Linux).
    private static var executableFolder: String? {
        #if os(Linux)
            guard let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
            else { return nil }
            return (executable as NSString).deletingLastPathComponent
        #else
            return nil
        #endif
    }
}

extension GeneralKnowledge {
    /// The shipped gazetteer, glossary and posts, parsed once.
    public static let bundled = bundledWithoutGazetteer.adding(gazetteer: BundledData.gazetteerBytes)

    /// The shipped glossary and posts, parsed once, with an empty gazetteer: all that loading a cable and indexing
    /// it without names (`CableIndex.buildWithoutNames`) read.
    public static let bundledWithoutGazetteer = GeneralKnowledge(
        gazetteer: [], glossary: BundledData.glossaryBytes, posts: BundledData.postsBytes)
}
