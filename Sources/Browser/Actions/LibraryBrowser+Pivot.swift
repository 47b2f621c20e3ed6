import CableModel

extension LibraryBrowser {
    /// Tab: the pivot of the listed cables in place of the list (read in the background when the list changed
    /// since it was last read), or the list again, which stops a reading under way.
    mutating func togglePivot() -> Reaction {
        guard !pivot.shows else { return leavePivot() }
        pivot.shows = true
        askPivotIfStale()
        return .repaint
    }

    /// Tab, Esc or Backspace on the pivot (or `n` at its question): the list again; a reading under way stops and
    /// its answer, should it still come, is dropped.
    mutating func leavePivot() -> Reaction {
        pivot.shows = false
        dropPivotReading()
        return .repaint
    }

    /// Asks for the pivot of the list shown when the pane shows and neither its answer nor the reading under way
    /// is for that list; a reading of another list is then dropped when it answers (also when the answer shown is
    /// for the list again, as after Esc). A list longer than `readsWithoutAsking` is read only once the user says
    /// yes to the pane's question.
    mutating func askPivotIfStale() {
        guard pivot.shows else { return }
        guard pivot.answer?.filter != shownFilter else { return dropPivotReading() }
        let pending = pivot.request ?? pivot.reading?.request
        guard pending?.filter != shownFilter, pivot.question?.filter != shownFilter else { return }
        dropPivotReading()
        guard list.count <= pivot.readsWithoutAsking else {
            pivot.question = (shownFilter, list.count)
            return
        }
        readPivot()
    }

    /// The longest list whose pivot is read without asking first (at least none).
    public var pivotReadsWithoutAsking: Int {
        get { pivot.readsWithoutAsking }
        set { pivot.readsWithoutAsking = max(0, newValue) }
    }

    /// Asks the event loop to read the pivot of the list shown.
    mutating func readPivot() {
        pivot.question = nil
        pivot.generation += 1
        let request = CableListRequest(
            filter: shownFilter, order: order, generation: pivot.generation, waitsForPause: false)
        pivot.request = request
        pivot.reading = (request, LibraryPivot.Progress(read: 0, total: list.count))
    }

    /// Forgets the reading asked for or under way (the loop then tells the worker to stop it, `readingWanted`) and
    /// the question before one.
    mutating func dropPivotReading() {
        pivot.question = nil
        guard pivot.request != nil || pivot.reading != nil else { return }
        (pivot.generation, pivot.request, pivot.reading) = (pivot.generation + 1, nil, nil)
    }

    /// The reading the list still wants, by number: the event loop stops any other the worker runs.
    public var readingWanted: Int? { pivot.reading?.request.generation }

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
