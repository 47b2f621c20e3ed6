import Foundation

/// The files a command is asked to read: files named, folders searched recursively for `*.txt`, and lists of
/// paths read from a file or standard input (one per line). Linear in the number of paths.
public enum FileList {
    /// One path that names nothing readable.
    public struct Problem: Error, Sendable, Equatable {
        /// The path as given.
        public let path: String
        /// Why it was left out.
        public let message: String
    }

    /// The files named by `paths`: a file stands for itself (whatever its extension), a folder for the `*.txt`
    /// files under it, in sorted order; a missing path is a problem.
    public static func expand(_ paths: [String]) -> (files: [String], problems: [Problem]) {
        var files: [String] = []
        var problems: [Problem] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                problems.append(Problem(path: path, message: "no such file"))
                continue
            }
            if isFolder.boolValue { files += textFiles(under: path) } else { files.append(path) }
        }
        return (files, problems)
    }

    /// The `*.txt` files under a folder, at any depth, sorted.
    static func textFiles(under folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        while let relative = walker.nextObject() as? String {
            guard relative.lowercased().hasSuffix(".txt") else { continue }
            let path = base + relative
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                found.append(path)
            }
        }
        return found.sorted()
    }

    /// The paths listed in a file, one per line (blank lines skipped); `-` reads standard input.
    public static func listed(in listFile: String) throws(Problem) -> [String] {
        let handle = listFile == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: listFile)
        guard let handle else { throw Problem(path: listFile, message: "cannot read the list of files") }
        let data = (try? handle.readToEnd()) ?? Data()
        return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init).filter {
            !$0.allSatisfy(\.isWhitespace)
        }
    }

    /// The path made absolute and standardised, so that one file named two ways is one file.
    public static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (full as NSString).standardizingPath
    }
}
