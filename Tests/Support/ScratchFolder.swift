import Foundation

/// The temporary folder of this test process: every file a test writes goes under it, and it is removed when the
/// process exits, so that runs leave nothing behind in the system's temporary folder.
public enum ScratchFolder {
    /// The folder (`$TMPDIR/cablegram-tests-PID`), made on first use.
    public static let folder: String = {
        let folder = ofThisProcess
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: ScratchFolder.ofThisProcess) }
        return folder
    }()

    /// The path of `name` in the folder (the caller makes it unique where tests run at the same time).
    public static func path(_ name: String) -> String { folder + "/" + name }

    private static var ofThisProcess: String { NSTemporaryDirectory() + "cablegram-tests-\(getpid())" }
}
