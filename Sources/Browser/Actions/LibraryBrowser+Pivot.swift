import CableModel

extension LibraryBrowser {
    /// Tab: the pivot of the listed cables in place of the list (read in the background when the list changed
    /// since it was last read), or the list again.
    mutating func togglePivot() -> Reaction {
        pivot.shows.toggle()
        askPivotIfStale()
        return .repaint
    }

    /// Asks for the pivot of the list shown when the pane shows and neither its answer nor the reading under way
    /// is for that list; a reading of another list is then dropped when it answers (also when the answer shown is
    /// for the list again, as after Esc).
    mutating func askPivotIfStale() {
        guard pivot.shows else { return }
        let pending = pivot.request ?? pivot.reading?.request
        if pivot.answer?.filter == shownFilter {
            if pending != nil { (pivot.generation, pivot.request, pivot.reading) = (pivot.generation + 1, nil, nil) }
            return
        }
        guard pending?.filter != shownFilter else { return }
        pivot.generation += 1
        let request = CableListRequest(
            filter: shownFilter, order: order, generation: pivot.generation, waitsForPause: false)
        pivot.request = request
        pivot.reading = (request, LibraryPivot.Progress(read: 0, total: list.count))
    }

    /// Hands the reading waiting to run to the event loop, which reports with `receivePivotProgress` and answers
    /// with `receivePivot`.
    public mutating func takePivotRequest() -> CableListRequest? {
        defer { pivot.request = nil }
        return pivot.request
    }

    /// How far a reading has got: shown while it is the latest asked for, else dropped.
    public mutating func receivePivotProgress(read: Int, of total: Int, for request: CableListRequest) -> Reaction {
        guard request.generation == pivot.generation else { return .none }
        pivot.reading = (request, LibraryPivot.Progress(read: read, total: total))
        return pivot.shows && cable == nil ? .redraw : .none
    }

    /// The pivot a reading gives: shown (the selection kept within it) unless a newer reading was asked for since,
    /// in which case it is dropped. A list that cannot be read says why.
    public mutating func receivePivot(_ answer: Result<ReportPivot, CableListError>, for request: CableListRequest)
        -> Reaction
    {
        guard request.generation == pivot.generation else { return .none }
        pivot.reading = nil
        switch answer {
        case .success(let value):
            pivot.answer = (request.filter, value)
            pivot.select(row: pivot.row, height: listHeight)
        case .failure(let error):
            message = StatusMessage(error.message, kind: .warning)
        }
        return cable == nil ? .redraw : .none
    }

    /// Runs the waiting reading here and now, as the event loop would in the background.
    @discardableResult
    public mutating func answerPivotRequest() -> Reaction {
        guard let asked = takePivotRequest() else { return .none }
        let answer = Result { () throws(CableListError) -> ReportPivot in
            let source = try allCables.answer(asked.filter, order: asked.order)
            let pivot = try PivotReading.pivot(of: source, knowledge: knowledge) { _, _ in true }
            return pivot ?? ReportPivot(cables: [])
        }
        return receivePivot(answer, for: asked)
    }
}
