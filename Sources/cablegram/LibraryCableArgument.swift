import ArgumentParser
import CableLibrary

/// A cable of the library named on the command line, with the library and the JSON flag the reference commands
/// (`cites`, `cited-by`) share.
struct LibraryCableArgument: ParsableArguments {
    @Argument(help: "The cable id (ID@FILE to choose among cables of different files with the same id).")
    var id: String

    @OptionGroup var library: LibraryOption

    @Flag(help: "Write JSON.")
    var json = false
}
