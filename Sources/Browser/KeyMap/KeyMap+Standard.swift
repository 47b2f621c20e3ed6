extension KeyMap {
    /// Cablegram's key bindings.
    public static let standard = KeyMap([
        KeyBinding(.moveUp, .everywhere, [.up, .character("k")], "up a line, or the previous row"),
        KeyBinding(.moveDown, .everywhere, [.down, .character("j")], "down a line, or the next row"),
        KeyBinding(.pageUp, .everywhere, [.pageUp, .character("b"), .control("b")], "up a page"),
        KeyBinding(.pageDown, .everywhere, [.pageDown, .character(" "), .control("f")], "down a page"),
        KeyBinding(.halfPageUp, .everywhere, [.control("u")], "up half a page"),
        KeyBinding(.halfPageDown, .everywhere, [.control("d")], "down half a page"),
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
        KeyBinding(
            .nextMatch, .everywhere, [.character("n")], "next match (wraps, or offers the list's next cable)",
            hint: "next"),
        KeyBinding(.previousMatch, .everywhere, [.character("N")], "previous match"),
        KeyBinding(.nextStatuteReference, .everywhere, [.character("]")], "next statute reference", hint: "statute"),
        KeyBinding(.previousStatuteReference, .everywhere, [.character("[")], "previous statute reference"),
        KeyBinding(.nextSameStatute, .everywhere, [.character(")")], "next mention of the same statute"),
        KeyBinding(.previousSameStatute, .everywhere, [.character("(")], "previous mention of the same statute"),
        KeyBinding(.nextCrossReference, .everywhere, [.character("}")], "next paragraph cross-reference"),
        KeyBinding(.previousCrossReference, .everywhere, [.character("{")], "previous paragraph cross-reference"),
        KeyBinding(
            .goToUnit, .everywhere, [.character(":")],
            "go to a unit by id (:27e, :27.E, :4), a page (:p5), or quit (:q)", hint: "go to"),
        KeyBinding(
            .jumpBack, .everywhere, [.backspace, .control("o")],
            "back along the jump list; from its start, back to the library's cable list", hint: "back"),
        KeyBinding(.jumpForward, .everywhere, [.character("L")], "forward along the jump list"),
        KeyBinding(.setMark, .everywhere, [.character("m")], "mark the place with the letter typed next (ma)"),
        KeyBinding(.goToMark, .everywhere, [.character("'")], "go to the place marked with the letter typed next ('a)"),
        KeyBinding(
            .nextCable, .everywhere, [.character(">")],
            "next cable of the file, or of the library's list it was opened from"),
        KeyBinding(
            .previousCable, .everywhere, [.character("<")],
            "previous cable of the file, or of the library's list it was opened from"),
        KeyBinding(
            .toggleOriginal, .everywhere, [.character("v")],
            "the reader shows the file's original lines (page breaks, wraps, routing), or the clean text again",
            hint: "original"),
        KeyBinding(
            .copyUnit, .everywhere, [.character("y")],
            "copy the current unit's clean text with its citation to the clipboard (OSC 52: through tmux and ssh)",
            hint: "copy"),
        KeyBinding(.copyCitation, .everywhere, [.character("Y")], "copy the current unit's citation alone"),
        KeyBinding(
            .writeTable, .pane(.statistics), [.character("w")], "write the table to a CSV file (asks for the name)",
            hint: "write CSV"),
        KeyBinding(.widenOutline, .everywhere, [.character("+")], "widen the outline beside the reader"),
        KeyBinding(.narrowOutline, .everywhere, [.character("-")], "narrow the outline beside the reader"),
        KeyBinding(.toggleZoom, .everywhere, [.character("z")], "zoom the focused pane to the full screen and back"),
        KeyBinding(.clearHighlights, .everywhere, [.escape], "clear the search and reference highlights"),
        KeyBinding(.showHelp, .everywhere, [.character("?")], "this help", hint: "help"),
        KeyBinding(.redraw, .everywhere, [.control("l")], "redraw the screen"),
        KeyBinding(.quit, .everywhere, [.character("q")], "quit", hint: "quit"),
        KeyBinding(.interrupt, .everywhere, [.control("c")], "quit, as an interrupt does (exit status 130)"),

        KeyBinding(.foldSection, .pane(.outline), [.left, .character("h")], "fold the section", hint: "fold"),
        KeyBinding(.unfoldSection, .pane(.outline), [.right, .character("l")], "unfold the section"),
        KeyBinding(.open, .pane(.outline), [.enter], "read the unit in the reader", hint: "read"),
        KeyBinding(.filterList, .pane(.outline), [.character("f")], "filter: list the units whose id or words match"),

        KeyBinding(.previousUnit, .pane(.reader), [.left, .character("h")], "previous unit", hint: "unit"),
        KeyBinding(.nextUnit, .pane(.reader), [.right, .character("l")], "next unit"),
        KeyBinding(.open, .pane(.reader), [.enter], "follow the reference under the cursor", hint: "follow"),

        KeyBinding(
            .scrollLeft, .pane(.statistics), [.left, .character("h")], "scroll the table's columns left",
            hint: "columns"),
        KeyBinding(.scrollRight, .pane(.statistics), [.right, .character("l")], "scroll the table's columns right"),
        KeyBinding(.nextTable, .pane(.statistics), [.character("t")], "next table", hint: "table"),
        KeyBinding(.previousTable, .pane(.statistics), [.character("T")], "previous table"),
        KeyBinding(.sortByNextColumn, .pane(.statistics), [.character("s")], "sort by the next column", hint: "sort"),
        KeyBinding(.reverseSort, .pane(.statistics), [.character("r")], "reverse the order", hint: "reverse"),
        KeyBinding(.open, .pane(.statistics), [.enter], "show the figure's sentence in the reader", hint: "sentence"),
        KeyBinding(
            .filterList, .pane(.statistics), [.character("f")], "filter: list the rows that hold the words typed",
            hint: "filter"),

        KeyBinding(
            .open, .pane(.index), [.enter],
            "list the entry's mentions; go to a mention; on a cable (referred to, or citing this one) in the "
                + "library, open it (Backspace comes back)",
            hint: "open"
        ),
        KeyBinding(
            .listMentions, .pane(.index), [.right, .character("l")], "list the entry's mentions; go to a mention",
            hint: "mentions"),
        KeyBinding(
            .leaveEntry, .pane(.index), [.left, .character("h")], "back from the mentions to the entries",
            hint: "entries"),
        KeyBinding(
            .filterList, .pane(.index), [.character("f")], "filter: list the entries that hold the words typed",
            hint: "filter"),

        KeyBinding(.moveUp, .cableList, [.up, .character("k")], "the previous cable"),
        KeyBinding(.moveDown, .cableList, [.down, .character("j")], "the next cable"),
        KeyBinding(.pageUp, .cableList, [.pageUp, .character("b"), .control("b")], "up a page"),
        KeyBinding(.pageDown, .cableList, [.pageDown, .character(" "), .control("f")], "down a page"),
        KeyBinding(.goToStart, .cableList, [.home, .character("g")], "the first cable"),
        KeyBinding(.goToEnd, .cableList, [.end, .character("G")], "the last cable"),
        KeyBinding(
            .open, .cableList, [.enter], "open the cable in the three panes (Backspace comes back)", hint: "open"),
        KeyBinding(
            .focusNextPane, .cableList, [.tab, .backTab], "the pivot: country by year of the listed cables",
            hint: "pivot"),
        KeyBinding(
            .filterList, .cableList, [.character("f"), .character("/")],
            "filter the cables with the library's query (tag:KTIP date:2010 words): the list narrows as you type; "
                + "Enter keeps, Esc restores the filter before", hint: "filter"),
        KeyBinding(
            .sortByNextColumn, .cableList, [.character("s")],
            "sort by the next column (date, id, origin, classification, subject); a click on a heading sorts by it",
            hint: "sort"),
        KeyBinding(.reverseSort, .cableList, [.character("r")], "reverse the order"),
        KeyBinding(.goToCable, .cableList, [.character(":")], "go to a cable id in the list (:10STATE2094)"),
        KeyBinding(.showHelp, .cableList, [.character("?")], "this help", hint: "help"),
        KeyBinding(.redraw, .cableList, [.control("l")], "redraw the screen"),
        KeyBinding(.quit, .cableList, [.character("q")], "quit", hint: "quit"),
        KeyBinding(.interrupt, .cableList, [.control("c")], "quit, as an interrupt does (exit status 130)"),

        KeyBinding(
            .open, .cablePivot, [.enter],
            "open the cable whose figure gives the cell, at its sentence (Backspace comes back)", hint: "open"),
        KeyBinding(
            .focusNextPane, .cablePivot, [.tab, .backTab], "back to the list (a reading under way stops)", hint: "list"),
        KeyBinding(.focusPreviousPane, .cablePivot, [.escape, .backspace], "back to the list, as Tab"),
        KeyBinding(.moveUp, .cablePivot, [.up, .character("k")], "the previous row (country and year)"),
        KeyBinding(.moveDown, .cablePivot, [.down, .character("j")], "the next row"),
        KeyBinding(.pageUp, .cablePivot, [.pageUp, .character("b"), .control("b")], "up a page"),
        KeyBinding(.pageDown, .cablePivot, [.pageDown, .character(" "), .control("f")], "down a page"),
        KeyBinding(.goToStart, .cablePivot, [.home, .character("g")], "the first row"),
        KeyBinding(.goToEnd, .cablePivot, [.end, .character("G")], "the last row"),
        KeyBinding(
            .scrollLeft, .cablePivot, [.left, .character("h")],
            "the previous count (the trend charts the one selected)"),
        KeyBinding(.scrollRight, .cablePivot, [.right, .character("l")], "the next count", hint: "count"),
        KeyBinding(
            .filterList, .cablePivot, [.character("f"), .character("/")],
            "filter the list (tag:KTIP date:2009..2010): the pivot is read again for the list kept", hint: "filter"),
        KeyBinding(.showHelp, .cablePivot, [.character("?")], "this help", hint: "help"),
        KeyBinding(.redraw, .cablePivot, [.control("l")], "redraw the screen"),
        KeyBinding(.quit, .cablePivot, [.character("q")], "quit", hint: "quit"),
        KeyBinding(.interrupt, .cablePivot, [.control("c")], "quit, as an interrupt does (exit status 130)"),

        KeyBinding(
            .acceptQuestion, .pivotQuestion, [.character("y"), .character("Y")],
            "read the figures of every listed cable (the title counts them; Tab or Esc stops)", hint: "read"),
        KeyBinding(
            .declineQuestion, .pivotQuestion, [.character("n"), .escape, .backspace], "back to the list unread",
            hint: "list"),
        KeyBinding(.declineQuestion, .pivotQuestion, [.tab, .backTab], "back to the list unread, as n"),
        KeyBinding(
            .filterList, .pivotQuestion, [.character("f"), .character("/")],
            "filter the list first (tag:KTIP): a short list is read without asking", hint: "filter"),
        KeyBinding(.showHelp, .pivotQuestion, [.character("?")], "this help"),
        KeyBinding(.redraw, .pivotQuestion, [.control("l")], "redraw the screen"),
        KeyBinding(.quit, .pivotQuestion, [.character("q")], "quit", hint: "quit"),
        KeyBinding(.interrupt, .pivotQuestion, [.control("c")], "quit, as an interrupt does (exit status 130)"),

        KeyBinding(.acceptPrompt, .prompt, [.enter], "keep the search, or go to the unit"),
        KeyBinding(.cancelPrompt, .prompt, [.escape, .control("c")], "cancel and restore the view"),
        KeyBinding(.olderPromptEntry, .prompt, [.up], "recall an older entry"),
        KeyBinding(.newerPromptEntry, .prompt, [.down], "recall a newer entry"),
        KeyBinding(.deletePromptCharacter, .prompt, [.backspace], "delete a character (cancel when empty)"),
        KeyBinding(.clearPrompt, .prompt, [.control("u")], "clear the line"),

        KeyBinding(.closeHelp, .help, [.character("?"), .character("q"), .escape], "close the help"),
    ])
}
