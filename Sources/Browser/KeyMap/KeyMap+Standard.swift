extension KeyMap {
    /// Cablegram's key bindings.
    public static let standard = KeyMap([
        KeyBinding(.moveUp, .everywhere, [.up, .character("k")], "up a line, or the previous row"),
        KeyBinding(.moveDown, .everywhere, [.down, .character("j")], "down a line, or the next row"),
        KeyBinding(.pageUp, .everywhere, [.pageUp, .character("b")], "up a page"),
        KeyBinding(.pageDown, .everywhere, [.pageDown, .character(" ")], "down a page"),
        KeyBinding(.goToStart, .everywhere, [.home, .character("g")], "to the start"),
        KeyBinding(.goToEnd, .everywhere, [.end, .character("G")], "to the end"),
        KeyBinding(.focusNextPane, .everywhere, [.tab], "focus the next pane", hint: "pane"),
        KeyBinding(.focusPreviousPane, .everywhere, [.backTab], "focus the previous pane"),
        KeyBinding(.focusParagraphs, .everywhere, [.character("1")], "focus the paragraphs (outline and reader)"),
        KeyBinding(.focusStatistics, .everywhere, [.character("2")], "focus the statistics"),
        KeyBinding(.focusIndex, .everywhere, [.character("3")], "focus the index"),
        KeyBinding(
            .open, .everywhere, [.enter],
            "open what is selected: a unit, an entry's mentions, a figure's sentence, the reference under the cursor"),
        KeyBinding(
            .search, .everywhere, [.character("/")],
            "search: matches light up as you type; Enter keeps, Esc restores", hint: "search"),
        KeyBinding(.nextMatch, .everywhere, [.character("n")], "next match (wraps at the end)", hint: "next"),
        KeyBinding(.previousMatch, .everywhere, [.character("N")], "previous match"),
        KeyBinding(.nextStatuteReference, .everywhere, [.character("]")], "next statute reference", hint: "statute"),
        KeyBinding(.previousStatuteReference, .everywhere, [.character("[")], "previous statute reference"),
        KeyBinding(.nextSameStatute, .everywhere, [.character(")")], "next mention of the same statute"),
        KeyBinding(.previousSameStatute, .everywhere, [.character("(")], "previous mention of the same statute"),
        KeyBinding(.nextCrossReference, .everywhere, [.character("}")], "next paragraph cross-reference"),
        KeyBinding(.previousCrossReference, .everywhere, [.character("{")], "previous paragraph cross-reference"),
        KeyBinding(.goToUnit, .everywhere, [.character(":")], "go to a unit by id (:27e, :27.E, :4)", hint: "go to"),
        KeyBinding(.jumpBack, .everywhere, [.backspace, .control("o")], "back along the jump list", hint: "back"),
        KeyBinding(.jumpForward, .everywhere, [.character("L")], "forward along the jump list"),
        KeyBinding(.nextCable, .everywhere, [.character(">")], "next cable, in a file that holds several"),
        KeyBinding(.previousCable, .everywhere, [.character("<")], "previous cable, in a file that holds several"),
        KeyBinding(.toggleZoom, .everywhere, [.character("z")], "zoom the focused pane to the full screen and back"),
        KeyBinding(.clearHighlights, .everywhere, [.escape], "clear the search and reference highlights"),
        KeyBinding(.showHelp, .everywhere, [.character("?")], "this help", hint: "help"),
        KeyBinding(.redraw, .everywhere, [.control("l")], "redraw the screen"),
        KeyBinding(.quit, .everywhere, [.character("q"), .control("c")], "quit", hint: "quit"),

        KeyBinding(.foldSection, .pane(.outline), [.left, .character("h")], "fold the section", hint: "fold"),
        KeyBinding(.unfoldSection, .pane(.outline), [.right, .character("l")], "unfold the section"),
        KeyBinding(.open, .pane(.outline), [.enter], "read the unit in the reader", hint: "read"),

        KeyBinding(.previousUnit, .pane(.reader), [.left, .character("h")], "previous unit", hint: "unit"),
        KeyBinding(.nextUnit, .pane(.reader), [.right, .character("l")], "next unit"),
        KeyBinding(.open, .pane(.reader), [.enter], "follow the reference under the cursor", hint: "follow"),

        KeyBinding(.previousTable, .pane(.statistics), [.left, .character("h")], "previous table", hint: "table"),
        KeyBinding(.nextTable, .pane(.statistics), [.right, .character("l")], "next table"),
        KeyBinding(.sortByNextColumn, .pane(.statistics), [.character("s")], "sort by the next column", hint: "sort"),
        KeyBinding(.reverseSort, .pane(.statistics), [.character("r")], "reverse the order", hint: "reverse"),
        KeyBinding(.open, .pane(.statistics), [.enter], "show the figure's sentence in the reader", hint: "sentence"),

        KeyBinding(
            .open, .pane(.index), [.enter, .right, .character("l")], "list the entry's mentions; go to a mention",
            hint: "open"
        ),
        KeyBinding(
            .leaveEntry, .pane(.index), [.left, .character("h")], "back from the mentions to the entries",
            hint: "entries"),

        KeyBinding(.acceptPrompt, .prompt, [.enter], "keep the search, or go to the unit"),
        KeyBinding(.cancelPrompt, .prompt, [.escape], "cancel and restore the view"),
        KeyBinding(.olderPromptEntry, .prompt, [.up], "recall an older entry"),
        KeyBinding(.newerPromptEntry, .prompt, [.down], "recall a newer entry"),
        KeyBinding(.deletePromptCharacter, .prompt, [.backspace], "delete a character (cancel when empty)"),
        KeyBinding(.clearPrompt, .prompt, [.control("u")], "clear the line"),

        KeyBinding(.closeHelp, .help, [.character("?"), .character("q"), .escape], "close the help"),
    ])
}
