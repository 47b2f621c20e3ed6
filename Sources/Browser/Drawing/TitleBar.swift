import CableModel

/// The top row: cable id, classification (coloured by level), date, origin and subject.
enum TitleBar {
    static func draw(_ state: BrowserState, in rect: Rect, into screen: inout Screen) {
        let cable = state.document.cable
        let header = cable.header
        screen.fill(rect, style: .titleBar)
        var column = screen.write(
            " " + title(of: cable, at: state.place), column: rect.x, row: rect.y, limit: rect.maxX, style: .titleBar)
        var titleBold = CellStyle.titleBar
        titleBold.attributes.insert(.bold)
        screen.restyle(Rect(x: rect.x, y: rect.y, width: column - rect.x, height: 1)) { $0 = titleBold }
        if let classification = header.classification {
            column = screen.write("  ", column: column, row: rect.y, limit: rect.maxX, style: .titleBar)
            var style = CellStyle.classification(state.document.classificationLevel)
            style.attributes.insert(.reverse)
            column = screen.write(
                " " + classification + " ", column: column, row: rect.y, limit: rect.maxX, style: style)
        }
        let rest = [header.dateTime?.isoDate, header.origin, header.subject].compactMap { $0 }
        for (position, part) in rest.enumerated() {
            column = screen.write(
                position == 0 ? "  " : " · ", column: column, row: rect.y, limit: rect.maxX, style: .titleBar)
            column = screen.writeTruncated(part, column: column, row: rect.y, limit: rect.maxX, style: .titleBar)
        }
    }

    /// The cable's title and where it stands: `10DUSHANBE170 (2/3)` in a file of several, `Library › tag:KTIP ›
    /// 10DUSHANBE170 (3 of 38)` when opened from the library's list.
    static func title(of cable: Cable, at place: CablePlace) -> String {
        if let list = place.list {
            return list + " › " + cable.title
                + " (\(Count.grouped(place.position + 1)) of \(Count.grouped(place.count)))"
        }
        return cable.title + (place.count > 1 ? " (\(place.position + 1)/\(place.count))" : "")
    }
}
