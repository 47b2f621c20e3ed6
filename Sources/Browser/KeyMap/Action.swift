/// Everything a user can ask the browser to do, by name. The key map binds keys to these.
public enum Action: String, CaseIterable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, halfPageUp, halfPageDown, goToStart, goToEnd
    case foldSection, unfoldSection
    case previousUnit, nextUnit
    case previousTable, nextTable, scrollLeft, scrollRight, sortByNextColumn, reverseSort
    case leaveEntry, listMentions
    case focusNextPane, focusPreviousPane, focusParagraphs, focusStatistics, focusIndex
    case open
    case search, nextMatch, previousMatch
    case nextStatuteReference, previousStatuteReference, nextSameStatute, previousSameStatute
    case nextCrossReference, previousCrossReference
    case goToUnit
    case jumpBack, jumpForward
    case setMark, goToMark
    case previousCable, nextCable, goToCable
    case widenOutline, narrowOutline, toggleOriginal
    case copyUnit, copyCitation, writeTable, filterList
    case toggleZoom, clearHighlights, showHelp, closeHelp, redraw, quit, interrupt
    case acceptQuestion, declineQuestion
    case acceptPrompt, cancelPrompt, olderPromptEntry, newerPromptEntry, deletePromptCharacter, clearPrompt
}

extension Action {
    /// The actions of the paragraphs pane that move through units, which a cable without units cannot do.
    static let readsUnits: Set<Action> = [
        .moveUp, .moveDown, .pageUp, .pageDown, .halfPageUp, .halfPageDown, .goToStart, .goToEnd, .foldSection,
        .unfoldSection,
        .previousUnit, .nextUnit, .open, .goToUnit,
    ]
}
