/// How a list pane is narrowed with `f`: where its filter's words are kept.
struct PaneFilter: Sendable {
    /// The words the list is narrowed to.
    let text: @Sendable (BrowserState) -> String
    /// Narrows the list to rows holding `words` (empty lists everything), from its first row.
    let set: @Sendable (inout BrowserState, _ words: String) -> Void
}
