import Foundation
import TestSupport

/// Runs the built `cablegram` binary, as a script or a user would.
enum BuiltProgram {
    /// The binary beside the test bundle in the build folder.
    static let path: String = {
        let testBundle = URL(fileURLWithPath: CommandLine.arguments[0])
        var folder = testBundle.deletingLastPathComponent()
        while !folder.path.isEmpty, folder.path != "/" {
            let candidate = folder.appendingPathComponent("cablegram").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return "cablegram"
    }()

    /// The repository's root folder.
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// What a run printed and how it ended.
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    /// An empty folder of this test process's own, where runs start by default: a relative path named by a test
    /// (`a.txt`) then cannot meet a file that something else left in the shared temporary folder.
    static let emptyFolder: String = {
        let folder = ScratchFolder.path("empty")
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }()

    /// Runs the binary with `arguments` in `directory`, with `input` on stdin (else /dev/null) and `environment`
    /// added to this process's.
    static func run(
        _ arguments: [String], in directory: String = emptyFolder, input: [UInt8]? = nil,
        environment: [String: String] = [:]
    ) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let inputPipe = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : inputPipe
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        if let input {
            // NB: written from another thread, so that a large input cannot fill the pipe while nobody reads.
            let writer = inputPipe.fileHandleForWriting
            DispatchQueue.global().async {
                writer.write(Data(input))
                try? writer.close()
            }
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self))
    }

    /// A new temporary file holding `bytes`.
    static func temporaryFile(_ bytes: [UInt8], name: String) throws -> String {
        let folder = ScratchFolder.folder
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }
}

extension BuiltProgram {
    /// Runs the binary with a terminal on its standard streams (util-linux `script` allocates one); the output is
    /// what the terminal received, standard error included, with CRLF line ends turned back to LF.
    static func runInTerminal(_ arguments: [String]) throws -> Run {
        try runInTerminal(shellCommand: ([path] + arguments).map(shellQuoted).joined(separator: " "))
    }

    /// Runs a shell command with a terminal on its standard streams, as `runInTerminal(_:)` does.
    static func runInTerminal(shellCommand command: String) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.standardInput = FileHandle.nullDevice
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        return Run(status: process.terminationStatus, output: text, errors: "")
    }

    /// `text` quoted for the shell.
    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
