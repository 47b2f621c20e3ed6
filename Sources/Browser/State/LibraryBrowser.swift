import CableModel

/// The library in the browser: a list of cables, and the cable opened from it in the three panes, which Backspace
/// closes to show the list again as it was.
public struct LibraryBrowser {
    /// Every cable of the library, unfiltered.
    public let allCables: any CableListSource
    /// Where the rows and the cables come from: every cable, or those the filter keeps.
    public internal(set) var source: any CableListSource
    /// The filter in force (empty: every cable).
    public internal(set) var filter = ""
    /// The filter the list shown answers: while a filter is typed, the last one answered.
    public internal(set) var shownFilter = ""
    /// The pivot pane of the listed cables (Tab), and its reading.
    public internal(set) var pivot = LibraryPivot()
    /// The list's order.
    public internal(set) var order = CableListOrder()
    /// The line typed under the list (`f`, `/`, `:`), while it shows.
    public internal(set) var prompt: ListPrompt?
    /// The list as it was when the filter prompt opened, which Esc puts back.
    var beforePrompt: (source: any CableListSource, list: CableListState, order: CableListOrder, filter: String)?
    /// The list asked of the source and not yet run: the event loop takes it (`takeRequest`) and runs it off the
    /// key loop, and the list shows the previous answer meanwhile.
    public internal(set) var request: CableListRequest?
    /// The number of the latest request: an answer to an older one is dropped.
    var generation = 0
    /// The filters kept with Enter, oldest first (↑ ↓ at the filter prompt).
    public var filterHistory: [String] = []
    /// The cable ids typed at the `:` prompt, oldest first.
    public var goToHistory: [String] = []
    /// The words on the title bar (the library's name).
    public let title: String
    /// The key bindings.
    public let keyMap: KeyMap
    /// The lists a cable opened from the list is read with.
    public let knowledge: GeneralKnowledge
    /// How wide characters are on the terminal.
    public let displayWidth: DisplayWidth
    /// The terminal's size.
    public var size: Size
    /// The list's selection, scroll and shown rows.
    public var list = CableListState()
    /// The cable opened from the list, while it shows.
    public var cable: BrowserState?
    /// The help screen over the list, while it shows.
    public var help: HelpState?
    /// The selected cable's preview, on a terminal wide enough to show it.
    public internal(set) var preview: CablePreview?
    /// The status bar's message under the list.
    public var message: StatusMessage?
    /// The searches typed in any cable opened from the list, oldest first, handed on to the next one opened.
    public var searchHistory: [String] = []
    /// The library the cables opened from the list follow their references in.
    public var linking: CableLinking?

    /// The filter being typed at the prompt (`f`), while it shows.
    public var filterPrompt: String? { prompt?.kind == .filter ? prompt?.text : nil }

    /// Opens the list of `source` at its first cable.
    public init(
        source: any CableListSource, title: String, size: Size, knowledge: GeneralKnowledge,
        displayWidth: DisplayWidth = .unicodeTable, keyMap: KeyMap = .standard
    ) {
        self.source = source
        allCables = source
        self.title = title
        self.size = size
        self.knowledge = knowledge
        self.displayWidth = displayWidth
        self.keyMap = keyMap
        list.count = source.count
        showSelection()
    }

    /// The rows the list's body has: below the title bar, the pane title and the column headings, above the status.
    public var listHeight: Int { max(1, size.height - 4) }

    /// The columns the list takes: all of a narrow terminal, a little over half of a wide one (the preview has the
    /// rest).
    public var listWidth: Int { size.width >= Self.previewWidth ? size.width * 11 / 20 : size.width }

    /// The narrowest terminal that shows the preview beside the list.
    public static let previewWidth = 160

    /// Keeps the selection in view at the current size and reads the rows that came into view.
    mutating func showSelection() {
        list.select(list.selected, height: listHeight)
        let wanted = list.visible(height: listHeight)
        guard wanted != list.loaded else { return refreshPreview() }
        do {
            list.rows = try source.rows(wanted)
            list.loaded = wanted
        } catch {
            list.rows = []
            list.loaded = 0..<0
            message = StatusMessage(error.message, kind: .warning)
        }
        refreshPreview()
    }

    /// Reads the selected cable for the preview when the terminal shows one and the selection changed.
    mutating func refreshPreview() {
        guard listWidth < size.width, let row = list.selectedRow else {
            preview = nil
            return
        }
        guard preview?.key != row.key else { return }
        preview = try? source.preview(row, knowledge: knowledge)
    }
}
