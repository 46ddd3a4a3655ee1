/// The marks of a lane: a shape at the instant, its words beside it (above the bar, or below when
/// they would run into the previous mark's words), and its full sentence as `<title>`.
struct TimelineMarks {
    let svg: TimelineSVG

    func draw(_ marks: [TimelineChart.Mark], top: Int, into text: inout SVGText) {
        let ordered = marks.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }
        var aboveEnds = Int.min
        var belowEnds = Int.min
        for (_, mark) in ordered {
            let x = svg.x(mark.at)
            let center = top + 36
            text.line("<g>")
            text.line("<title>\(SVGText.escape(mark.title))</title>")
            text.line(shape(mark.shape, x: x, y: center))
            let label = SVGText.clipped(mark.label, 40)
            let width = label.count * 6 + 8
            // Words that would run off the right edge end at the mark instead.
            let start = min(x - 3, TimelineSVG.width - 8 - width)
            if start > aboveEnds {
                text.line(
                    "<text x=\"\(start)\" y=\"\(top + 22)\" font-size=\"11\" fill=\"#212121\">"
                        + SVGText.escape(label) + "</text>")
                aboveEnds = start + width
            } else if start > belowEnds {
                text.line(
                    "<text x=\"\(start)\" y=\"\(top + 59)\" font-size=\"11\" fill=\"#212121\">"
                        + SVGText.escape(label) + "</text>")
                belowEnds = start + width
            }
            text.line("</g>")
        }
    }

    private func shape(_ shape: TimelineChart.MarkShape, x: Int, y: Int) -> String {
        switch shape {
        case .start:
            return
                "<circle cx=\"\(x)\" cy=\"\(y)\" r=\"5\" fill=\"#ffffff\" stroke=\"#212121\" stroke-width=\"2\"/>"
        case .change:
            return "<circle cx=\"\(x)\" cy=\"\(y)\" r=\"4\" fill=\"#212121\"/>"
        case .end:
            return
                "<path d=\"M\(x) \(y - 7) L\(x + 6) \(y) L\(x) \(y + 7) L\(x - 6) \(y) Z\" fill=\"#b71c1c\""
                + " stroke=\"#ffffff\"/>"
        }
    }
}
