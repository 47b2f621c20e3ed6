/// How the screen divides for a size, a focused pane and the zoom: title bar, tab row, panes, status line.
///
/// Wide terminals show every pane side by side; narrower ones show the Paragraphs pane (outline and reader) or the
/// focused pane, with the others folded into a tab row; below `Layout.minimum` a notice replaces everything.
public struct Layout: Sendable {
    /// The smallest size the browser draws panes in.
    public static let minimum = Size(width: 40, height: 12)
    /// From this width, every pane shows at once.
    public static let wideWidth = 160
    /// From this width, the outline and the reader show side by side.
    public static let pairWidth = 60

    /// The terminal's size.
    public let size: Size
    /// Whether the terminal is below the minimum.
    public let isTooSmall: Bool
    /// The title bar.
    public let titleBar: Rect
    /// The row of tabs, when some pane is folded away.
    public let tabRow: Rect?
    /// The visible panes and their rectangles (title row included).
    public let panes: [PaneID: Rect]
    /// One-column rules between panes that stand side by side.
    public let separators: [Rect]
    /// The status line.
    public let statusLine: Rect

    /// Whether a terminal of `size` is below the minimum.
    public static func isTooSmall(_ size: Size) -> Bool {
        size.width < minimum.width || size.height < minimum.height
    }

    /// Whether the browser's first screen at `size` shows the statistics pane (only a wide one does).
    public static func opensOnStatistics(_ size: Size) -> Bool {
        Layout(size: size, focus: .reader, zoomed: false).panes[.statistics] != nil
    }

    /// The narrowest the outline is made with `-`.
    public static let narrowestOutline = 12

    /// Lays out a screen; `outlineChange` widens (or narrows) the outline beside the reader by that many columns.
    public init(size: Size, focus: PaneID, zoomed: Bool, outlineChange: Int = 0) {
        self.size = size
        isTooSmall = Layout.isTooSmall(size)
        titleBar = Rect(x: 0, y: 0, width: size.width, height: 1)
        statusLine = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        var body = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
        var panes: [PaneID: Rect] = [:]
        var separators: [Rect] = []
        let showsAll = !zoomed && size.width >= Layout.wideWidth
        if isTooSmall {
            tabRow = nil
        } else if showsAll {
            tabRow = nil
            let outlineWidth = Layout.adjusted(min(max(size.width / 5, 24), 44), by: outlineChange, in: size.width / 3)
            let sideWidth = min(max(size.width * 3 / 8, 56), 80)
            let readerWidth = size.width - outlineWidth - sideWidth - 2
            panes[.outline] = body.left(outlineWidth)
            separators.append(Rect(x: outlineWidth, y: body.y, width: 1, height: body.height))
            panes[.reader] = Rect(x: outlineWidth + 1, y: body.y, width: readerWidth, height: body.height)
            separators.append(Rect(x: outlineWidth + 1 + readerWidth, y: body.y, width: 1, height: body.height))
            let side = body.droppingLeft(outlineWidth + readerWidth + 2)
            panes[.statistics] = side.top(side.height / 2)
            panes[.index] = side.droppingTop(side.height / 2)
        } else {
            tabRow = body.top(1)
            body = body.droppingTop(1)
            if !zoomed, focus.isParagraphs, size.width >= Layout.pairWidth {
                let outlineWidth = Layout.adjusted(
                    min(max(size.width * 3 / 10, 20), 36), by: outlineChange, in: size.width * 2 / 3)
                panes[.outline] = body.left(outlineWidth)
                separators.append(Rect(x: outlineWidth, y: body.y, width: 1, height: body.height))
                panes[.reader] = body.droppingLeft(outlineWidth + 1)
            } else {
                panes[focus] = body
            }
        }
        self.panes = panes
        self.separators = separators
    }

    /// An outline width changed by `change`, kept between the narrowest outline and `widest`.
    static func adjusted(_ width: Int, by change: Int, in widest: Int) -> Int {
        max(min(narrowestOutline, width), min(width + change, max(widest, width)))
    }

    /// A pane's content: its rectangle below the title row, or nil when the pane is folded away.
    public func content(of pane: PaneID) -> Rect? {
        panes[pane].map { $0.droppingTop(1) }
    }

    /// The pane at a cell, if any.
    public func pane(atColumn column: Int, row: Int) -> PaneID? {
        panes.first { $0.value.contains(column: column, row: row) }?.key
    }
}
