/// Where the library lives when no path is given.
public enum LibraryLocation {
    /// `$CABLEGRAM_LIBRARY`, else `$XDG_DATA_HOME/cablegram/library.sqlite`, else
    /// `$HOME/.local/share/cablegram/library.sqlite`.
    public static func defaultPath(environment: [String: String]) -> String {
        if let path = environment["CABLEGRAM_LIBRARY"], !path.isEmpty { return path }
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty { return data + "/cablegram/library.sqlite" }
        return (environment["HOME"] ?? ".") + "/.local/share/cablegram/library.sqlite"
    }
}
