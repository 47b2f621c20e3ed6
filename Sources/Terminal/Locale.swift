@preconcurrency import Glibc

/// The C locale, which decides how ncurses encodes characters and what `wcwidth` measures.
enum TerminalLocale {
    /// Takes the user's locale; where that is plain C or POSIX (CI has no LANG), a UTF-8 one instead.
    ///
    /// NB: in the C locale ncurses draws `¶`, `—` and `é` as junk and `wcwidth` refuses them.
    static func adopt() {
        setlocale(LC_ALL, "")
        guard !isUTF8 else { return }
        let current = setlocale(LC_CTYPE, nil).map { String(cString: $0) } ?? "C"
        guard current == "C" || current == "POSIX" else { return }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_ALL, name) != nil {
            return
        }
    }

    /// Whether the character encoding is UTF-8.
    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
