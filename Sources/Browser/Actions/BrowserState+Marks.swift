extension BrowserState {
    /// `m` or `'`: the next key names the mark.
    mutating func awaitMarkLetter(_ command: MarkCommand) -> Reaction {
        pendingMark = command
        message = StatusMessage(command == .set ? "mark: type a letter" : "go to mark: type its letter")
        return .redraw
    }

    /// The letter after `m` marks the place; after `'` it goes to the marked place (recording the jump).
    mutating func handleMarkLetter(_ key: Key, _ command: MarkCommand) -> Reaction {
        guard case .character(let letter) = key, letter.properties.isAlphabetic else {
            message = StatusMessage("a mark is a letter: \(key.label) is not one", kind: .warning)
            return .redraw
        }
        switch command {
        case .set:
            marks[letter] = location
            message = StatusMessage("marked \(currentUnit?.id ?? "the place") as \(letter)")
        case .goTo:
            guard let place = marks[letter] else {
                message = StatusMessage(
                    "no mark \(letter): \(keyMap.label(of: .setMark))\(letter) sets it", kind: .warning)
                return .redraw
            }
            recordJump()
            restore(place)
            message = StatusMessage("mark \(letter): \(currentUnit?.id ?? "")")
        }
        return .redraw
    }
}
