import CableModel

/// Why a named file could not be read as a cable, with the exit status the command line gives it.
enum InputProblem: Error, Equatable {
    case missing
    case directory
    case unreadable(String)
    case load(LoadError)
    case noDefaultCable

    /// A one-line description for the user.
    var message: String {
        switch self {
        case .missing: "no such file"
        case .directory: "is a directory, not a file"
        case .unreadable(let reason): "cannot be read (\(reason))"
        case .load(let error): error.message
        case .noDefaultCable: "the bundled cable is missing from this build"
        }
    }

    /// A distinct exit status for each problem (sysexits-style numbers).
    var exitStatus: Int32 {
        switch self {
        case .load(.empty): 65
        case .missing, .noDefaultCable: 66
        case .load(.binary): 67
        case .load(.notText): 68
        case .load(.tooLarge), .load(.tooManyLines): 69
        case .directory: 70
        case .unreadable: 71
        }
    }
}
