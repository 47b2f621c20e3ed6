// Temporary: the actions that need the index and statistics, until those land on main.
extension BrowserState {
    mutating func moveStatisticsSelection(_ motion: Motion) -> Reaction { .none }
    mutating func moveIndexSelection(_ motion: Motion) -> Reaction { .none }
    mutating func stepTable(by delta: Int) -> Reaction { .none }
    mutating func sortByNextColumn() -> Reaction { .none }
    mutating func reverseSort() -> Reaction { .none }
    mutating func leaveEntry() -> Reaction { .none }
    mutating func openFigure() -> Reaction { .none }
    mutating func openIndexSelection() -> Reaction { .none }
    mutating func followCursor() -> Reaction { .none }
    mutating func stepMatch(by delta: Int) -> Reaction { .none }
    mutating func stepStatuteReference(by delta: Int) -> Reaction { .none }
    mutating func stepSameStatute(by delta: Int) -> Reaction { .none }
    mutating func stepCrossReference(by delta: Int) -> Reaction { .none }
    mutating func keepTablesVisible() {}
    mutating func runIncrementalSearch(_ line: Prompt) -> Reaction { .redraw }
    mutating func keepSearch(_ line: Prompt) -> Reaction { .redraw }
}
extension BrowserState {
    mutating func selectStatisticsRow(_ row: Int) {}
    mutating func selectIndexRow(_ row: Int) {}
}
extension Document {
    var statuteSpans: [TextSpan] { [] }
    var crossReferenceSpans: [TextSpan] { [] }
}
enum StatisticsPane {
    static func detail(_ state: BrowserState) -> String { "" }
    static func draw(_ state: BrowserState, in rect: Rect, into screen: inout Screen) {}
}
enum IndexPane {
    static func detail(_ state: BrowserState) -> String { "" }
    static func draw(_ state: BrowserState, in rect: Rect, into screen: inout Screen) {}
}
extension StatusSegments {
    static func statuteText(_ state: BrowserState) -> String? { nil }
}
