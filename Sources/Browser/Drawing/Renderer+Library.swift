extension Renderer {
    /// Paints the frame for the library: the open cable's panes while one shows, else the cable list.
    public static func render(_ library: LibraryBrowser, into screen: inout Screen) {
        if let cable = library.cable {
            render(cable, into: &screen)
            return
        }
        screen.clear(to: library.size)
        CableListScreen.draw(library, into: &screen)
    }

    /// A new grid holding the frame for the library.
    public static func render(_ library: LibraryBrowser) -> Screen {
        var screen = Screen(size: library.size, displayWidth: library.displayWidth)
        render(library, into: &screen)
        return screen
    }
}
