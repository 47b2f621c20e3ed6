import Browser
import CableLibrary
import Foundation
import Terminal

/// `cablegram --library` with no cable id: the browser opens on the library's cable list.
enum LibraryBrowsing {
    /// Opens the library named by `option`, shows its list (narrowed by `filter`, with `message` in the status line)
    /// until the user quits, and ends as the browser does.
    static func run(_ option: LibraryOption, filter: String = "", message: String? = nil) throws {
        let opened = try option.open()
        let source = try LibraryCable.wrapping { () throws(LibraryError) in try LibraryListSource(opening: opened) }
        let displayWidth = TerminalSession.prepare()
        let session = try BrowseCommand.openSession()
        var library = LibraryBrowser(
            source: source, title: "Library  " + option.resolvedPath, size: session.size,
            knowledge: BundledKnowledge.lists, displayWidth: displayWidth)
        library.searchHistory = SearchHistoryFile.load()
        library.filterHistory = SearchHistoryFile.load(.filter)
        library.linking = CableLinking(source: LibraryLinkSource(opened), knowledge: BundledKnowledge.lists)
        let (longest, problem) = PivotAskSetting.longest(in: ProcessInfo.processInfo.environment)
        if let longest { library.pivotReadsWithoutAsking = longest }
        if let problem { library.message = StatusMessage(problem, kind: .warning) }
        if !filter.isEmpty { library.apply(filter: filter) }
        if let message, library.message == nil { library.message = StatusMessage(message) }
        let ending = BrowserLoop.run(
            &library, on: session, worker: ListQueryWorker(opened), pivots: PivotWorker(opened))
        session.close()
        SearchHistoryFile.save(library.searchHistory)
        SearchHistoryFile.save(library.filterHistory, as: .filter)
        BrowseCommand.end(session, after: ending)
    }
}
