import Browser
@preconcurrency import CNCursesw

extension DisplayWidth {
    /// Widths from the C library's `wcwidth` in the current locale: exactly what ncurses' cursor follows.
    ///
    /// Call after the locale is set (`TerminalSession.prepare()`).
    public static let wcwidth = DisplayWidth { scalar in
        Int(CNCursesw.wcwidth(wchar_t(bitPattern: scalar.value)))
    }
}
