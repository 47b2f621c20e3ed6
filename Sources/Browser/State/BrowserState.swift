import CableModel

/// Everything the browser shows, as one value: actions change it, panes draw it, tests compare it.
public struct BrowserState {
    /// The cable and what was derived from it.
    public let document: Document
    /// The key bindings.
    public let keyMap: KeyMap
    /// The terminal's size.
    public var size: Size
    /// The pane keys go to.
    public var focus: PaneID = .outline
    /// The pane of the Paragraphs group that `1` focuses (the last one used).
    public var paragraphsFocus: PaneID = .outline
    /// Whether the focused pane fills the screen.
    public var zoomed = false
    /// Columns added to (or taken from) the outline's width beside the reader, with `+` and `-`; kept for the run.
    public var outlineWidthChange = 0
    /// The outline's folds and scroll.
    public var outline = OutlineState()
    /// The reader's unit and first line.
    public var reader = ReaderState()
    /// The statistics pane.
    public var statistics = StatisticsState()
    /// The index pane.
    public var index = IndexState()
    /// The search.
    public var search = SearchState()
    /// Unit ids typed at the go-to prompt, oldest first.
    public var goToHistory: [String] = []
    /// The line being typed, if any.
    public var prompt: Prompt?
    /// The highlighted place in the reader that Enter follows.
    public var cursor: ReaderCursor?
    /// Places jumped from.
    public var jumps = JumpList()
    /// Places marked with `m` and a letter, by letter.
    public var marks: [Unicode.Scalar: Location] = [:]
    /// What the next letter does after `m` or `'`.
    public var pendingMark: MarkCommand?
    /// The status bar's message.
    public var message: StatusMessage?
    /// What the event loop is asked to write (the clipboard, a file), with `Reaction.output`.
    public var output: OutputRequest?
    /// The help screen, while it shows.
    public var help: HelpState?
    /// Which cable of its file this is, for files that hold several.
    public var place = CablePlace()
    /// Whether the cable was opened from the library's cable list, which Backspace returns to.
    public var returnsToList = false
    /// The library that the cable's references are followed in; nil without one (the index then only lists where
    /// the text cites a cable).
    public var linking: CableLinking?
    /// The cables this one was reached from by following references, oldest first, each as it was left: Backspace
    /// at the start of this cable's jump list goes back to the last.
    public var previousCables: [BrowserState] = []

    /// Opens the browser on a document at a terminal size, at the first unit of the body (the header, when the
    /// document shows one, is the row above it); a cable's load warnings show in the status line.
    public init(document: Document, size: Size, keyMap: KeyMap = .standard) {
        self.document = document
        self.size = size
        self.keyMap = keyMap
        if document.cable.units.first?.id == HeaderUnit.id, document.unitCount > 1 { read(unit: 1) }
        keepIndexVisible()
        if !document.cable.warnings.isEmpty {
            message = StatusMessage("warning: " + document.cable.warnings.joined(separator: "; "), kind: .warning)
        }
    }

    /// The screen's division into panes for the current size, focus and zoom.
    public var layout: Layout { Layout(size: size, focus: focus, zoomed: zoomed, outlineChange: outlineWidthChange) }

    /// The rows and columns a pane's content has: where it shows now, or where it would show if focused.
    public func contentRect(of pane: PaneID) -> Rect {
        if let rect = layout.content(of: pane) { return rect }
        return Layout(size: size, focus: pane, zoomed: zoomed, outlineChange: outlineWidthChange).content(of: pane)
            ?? Rect(x: 0, y: 0, width: 1, height: 1)
    }

    /// The reader's wrapped lines at its current width.
    public var readerLayout: ReaderLayout {
        document.readerLayout(width: ReaderPane.textColumns(in: contentRect(of: .reader)))
    }

    /// The unit being read; nil only for a cable whose body is empty.
    public var currentUnit: Unit? {
        let units = document.cable.units
        return units.indices.contains(reader.current) ? units[reader.current] : nil
    }

    /// The place the jump list records and restores.
    public var location: Location {
        get {
            Location(
                focus: focus, reader: reader, outlineScroll: outline.scroll, cursor: cursor, statistics: statistics,
                index: index)
        }
        set {
            focus = newValue.focus
            if focus.isParagraphs { paragraphsFocus = focus }
            reader = newValue.reader
            outline.scroll = newValue.outlineScroll
            cursor = newValue.cursor
            statistics = newValue.statistics
            index = newValue.index
        }
    }
}
