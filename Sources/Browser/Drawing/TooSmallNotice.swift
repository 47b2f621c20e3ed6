/// What shows instead of the panes when the terminal is below the minimum size.
enum TooSmallNotice {
    static func draw(size: Size, keyMap: KeyMap, into screen: inout Screen) {
        let minimum = Layout.minimum
        let lines = [
            "Terminal too small",
            "\(size.width)×\(size.height): needs \(minimum.width)×\(minimum.height)",
            "enlarge it, or \(keyMap.label(of: .quit)) to quit",
        ]
        let top = max(0, (size.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < size.height {
            let width = screen.displayWidth.width(of: line)
            let column = max(0, (size.width - width) / 2)
            screen.write(line, column: column, row: top + offset, style: offset == 0 ? .heading : .plain)
        }
    }
}
