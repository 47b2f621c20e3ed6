/// The preview beside the cable list on a wide terminal: each part's label, then its lines wrapped to the pane.
enum CablePreviewPane {
    /// Paints `preview` (nothing to show: a title alone) into `rect`.
    static func draw(_ preview: CablePreview?, in rect: Rect, into screen: inout Screen) {
        PaneTitle.draw("Preview", detail: "", focused: false, in: rect.top(1), into: &screen)
        guard let preview else { return }
        var y = rect.y + 1
        let width = max(1, rect.width - 3)
        for part in preview.parts where y < rect.maxY {
            screen.write(part.label, column: rect.x + 2, row: y, limit: rect.maxX, style: .heading)
            y += 1
            for line in part.lines {
                let scalars = Array(line.unicodeScalars)
                for range in TextWrapper.wrap(scalars, width: width, displayWidth: screen.displayWidth) {
                    guard y < rect.maxY else { return }
                    screen.write(
                        String(String.UnicodeScalarView(scalars[range])), column: rect.x + 2, row: y, limit: rect.maxX,
                        style: .plain)
                    y += 1
                }
            }
            y += 1
        }
    }
}
