extension LibraryBrowser {
    /// Puts a filter in force before the list first shows (`cablegram DIR` opens on the folder's cables), as if it
    /// had been typed at the prompt and kept; a filter that does not parse leaves every cable and says why.
    ///
    /// NB: answered here, before the first frame, rather than in the background: the list has nothing to show yet.
    public mutating func apply(filter query: String) {
        ask(filter: query, waitsForPause: false)
        answerRequest()
        if message == nil { filter = query }
    }
}
