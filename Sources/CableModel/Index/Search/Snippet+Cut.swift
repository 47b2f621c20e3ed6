extension Snippet {
    /// Cuts about `width` scalars of `scalars` around `match`, at word boundaries, with `…` where text is left out.
    static func cut(_ scalars: [Unicode.Scalar], around match: Range<Int>, width: Int) -> Snippet {
        let width = max(width, 8)
        let count = scalars.count
        let match = match.clamped(to: 0..<count)
        var start = max(0, match.lowerBound - max(0, width - match.count) / 3)
        if start > 0 {
            var forward = start
            while forward < match.lowerBound, !isSpace(scalars[forward - 1]) { forward += 1 }
            start = forward
        }
        var end = min(count, start + width - (start > 0 ? 1 : 0))
        if end < count {
            var backward = end
            while backward > match.upperBound, !isSpace(scalars[backward]) { backward -= 1 }
            end = max(backward, min(match.upperBound, end))
            while end > start, isSpace(scalars[end - 1]) { end -= 1 }
        }
        var text = start > 0 ? "…" : ""
        let offset = start > 0 ? 1 - start : -start
        for scalar in scalars[start..<end] { text.unicodeScalars.append(isSpace(scalar) ? " " : scalar) }
        if end < count { text += "…" }
        let lower = max(match.lowerBound, start) + offset
        let upper = min(match.upperBound, end) + offset
        return Snippet(text: text, highlight: lower..<max(lower, upper))
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\n" || scalar == "\t"
    }
}
