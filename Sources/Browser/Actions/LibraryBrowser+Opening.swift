extension LibraryBrowser {
    /// Puts a filter in force before the list first shows (`cablegram DIR` opens on the folder's cables), as if it
    /// had been typed at the prompt and kept; a filter that does not parse leaves every cable and says why.
    public mutating func apply(filter query: String) {
        narrow(to: query)
        if message == nil { filter = query }
    }
}
