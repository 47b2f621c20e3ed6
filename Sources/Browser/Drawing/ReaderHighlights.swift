import CableModel

/// The stretches of the reader's text drawn highlighted, with their styles; later kinds draw over earlier ones:
/// statute references, cross-references, search matches, then the cursor.
struct ReaderHighlights {
    /// A highlighted stretch of one field.
    struct Span {
        let range: Range<Int>
        let style: CellStyle
    }

    let context: PaneContext
    let cursor: ReaderCursor?

    /// The highlights of a unit's field that overlap `range`, in drawing order.
    func spans(unit: Int, field: Unit.Field, overlapping range: Range<Int>) -> [Span] {
        var found: [Span] = []
        func collect(_ spans: ArraySlice<FieldSpan>, _ style: CellStyle) {
            for span in spans where span.field == field && span.range.overlaps(range) {
                found.append(Span(range: span.range, style: style))
            }
        }
        collect(context.document.statuteSpans.spans(ofUnit: unit), .statute)
        collect(context.document.crossReferenceSpans.spans(ofUnit: unit), .crossReference)
        collect(context.search.matches.spans(ofUnit: unit), .searchHit)
        if let cursor, cursor.span.unit == unit {
            collect([cursor.span][...], .currentHit)
        }
        return found
    }
}
