import SparkModel

/// Draws a `TimelineChart` as SVG: a lane per code and campaign, dated ticks on a shared axis, a
/// dashed line where the script ended, and a legend. Every mark and stretch has a `<title>` and
/// the chart a `<title>` and `<desc>`, so screen readers and hovering both say what happened.
/// Integer coordinates and no clock: the same script gives the same bytes. No script, no fonts to
/// fetch: the file renders anywhere.
struct TimelineSVG {
    let chart: TimelineChart
    /// The scripts the chart is of, for its title.
    let name: String

    static let width = 1280
    static let chartLeft = 330
    static let chartRight = 1240
    static let top = 96
    static let laneHeight = 66

    var text: String {
        let height = Self.top + max(1, chart.lanes.count) * Self.laneHeight + 116
        var svg = SVGText()
        svg.line(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Self.width)\" height=\"\(height)\""
                + " viewBox=\"0 0 \(Self.width) \(height)\" role=\"img\""
                + " aria-labelledby=\"timeline-title timeline-desc\""
                + " font-family=\"DejaVu Sans, Verdana, sans-serif\" font-size=\"12\">")
        svg.line("<title id=\"timeline-title\">\(SVGText.escape("Timeline of " + name))</title>")
        svg.line("<desc id=\"timeline-desc\">\(SVGText.escape(description))</desc>")
        svg.line("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>")
        svg.line(
            "<text x=\"16\" y=\"30\" font-size=\"18\" font-weight=\"bold\" fill=\"#212121\">"
                + SVGText.escape("Timeline of " + name) + "</text>")
        svg.line(
            "<text x=\"16\" y=\"52\" fill=\"#424242\">" + SVGText.escape(description) + "</text>")
        axis(into: &svg, bottom: height - 116)
        for (index, lane) in chart.lanes.enumerated() {
            draw(lane, top: Self.top + index * Self.laneHeight, into: &svg)
        }
        if chart.lanes.isEmpty {
            svg.line(
                "<text x=\"\(Self.chartLeft)\" y=\"\(Self.top + 36)\" fill=\"#424242\">"
                    + "No code was generated and no campaign created.</text>")
        }
        TimelineLegend.draw(into: &svg, top: height - 82)
        svg.line("</svg>")
        return svg.text
    }

    private var description: String {
        let codes = chart.lanes.filter { $0.title.hasPrefix("code") }.count
        let campaigns = chart.lanes.count - codes
        return "\(codes) \(codes == 1 ? "code" : "codes") and \(campaigns) "
            + "\(campaigns == 1 ? "campaign" : "campaigns"), \(Self.date(chart.start)) to "
            + "\(Self.date(chart.end)); the script ended \(chart.now)."
    }

    /// The x of an instant on the axis.
    func x(_ instant: Instant) -> Int {
        let span = max(1, chart.end.seconds - chart.start.seconds)
        let offset = min(max(instant.seconds - chart.start.seconds, 0), span)
        let width = Int64(Self.chartRight - Self.chartLeft)
        return Self.chartLeft + Int((offset * width + span / 2) / span)
    }

    private func axis(into svg: inout SVGText, bottom: Int) {
        let days = max(1, (chart.end.seconds - chart.start.seconds) / Instant.secondsPerDay)
        let steps = [1, 2, 7, 14, 28, 56, 91, 182, 364, 728]
        let step = steps.first(where: { days / Int64($0) <= 9 }) ?? 1456
        var tick = chart.start
        svg.line("<g aria-hidden=\"true\">")
        while tick <= chart.end {
            let position = x(tick)
            svg.line(
                "<line x1=\"\(position)\" y1=\"\(Self.top - 12)\" x2=\"\(position)\" y2=\"\(bottom)\""
                    + " stroke=\"#e0e0e0\"/>")
            svg.line(
                "<text x=\"\(position)\" y=\"\(Self.top - 18)\" text-anchor=\"middle\" fill=\"#424242\">"
                    + Self.date(tick) + "</text>")
            guard let next = tick.adding(days: Int64(step)) else { break }
            tick = next
        }
        svg.line("</g>")
        let now = x(chart.now)
        svg.line("<g>")
        svg.line("<title>\(SVGText.escape("The script ended \(chart.now)"))</title>")
        svg.line(
            "<line x1=\"\(now)\" y1=\"\(Self.top - 8)\" x2=\"\(now)\" y2=\"\(bottom)\" stroke=\"#212121\""
                + " stroke-dasharray=\"6 4\"/>")
        // Near the right edge the words end at the line rather than run off the picture.
        let anchor = now > Self.chartRight - 90 ? "x=\"\(now - 4)\" text-anchor=\"end\"" : "x=\"\(now + 4)\""
        svg.line("<text \(anchor) y=\"\(bottom + 14)\" fill=\"#212121\">end of script</text>")
        svg.line("</g>")
    }

    private func draw(_ lane: TimelineChart.Lane, top: Int, into svg: inout SVGText) {
        svg.line("<g>")
        svg.line("<title>\(SVGText.escape(lane.title + ": " + lane.subtitle))</title>")
        if (top - Self.top) / Self.laneHeight % 2 == 1 {
            svg.line(
                "<rect x=\"0\" y=\"\(top)\" width=\"\(Self.width)\" height=\"\(Self.laneHeight)\""
                    + " fill=\"#000000\" fill-opacity=\"0.03\"/>")
        }
        svg.line(
            "<text x=\"16\" y=\"\(top + 26)\" font-weight=\"bold\" fill=\"#212121\">"
                + SVGText.escape(lane.title) + "</text>")
        svg.line(
            "<text x=\"16\" y=\"\(top + 44)\" fill=\"#424242\">"
                + SVGText.escape(SVGText.clipped(lane.subtitle, 46))
                + "</text>")
        for segment in lane.segments { draw(segment, top: top, into: &svg) }
        TimelineMarks(svg: self).draw(lane.marks, top: top, into: &svg)
        svg.line("</g>")
    }

    private func draw(_ segment: TimelineChart.Segment, top: Int, into svg: inout SVGText) {
        let from = x(segment.from)
        let width = max(2, x(segment.to) - from)
        let look = TimelineLegend.look(of: segment.style)
        svg.line(
            "<rect x=\"\(from)\" y=\"\(top + 28)\" width=\"\(width)\" height=\"16\" \(look)>"
                + "<title>\(SVGText.escape(segment.title))</title></rect>")
        if width > 64 && segment.style != .ahead {
            let color = TimelineLegend.textColor(on: segment.style)
            svg.line(
                "<text x=\"\(from + 9)\" y=\"\(top + 40)\" font-size=\"11\" fill=\"\(color)\""
                    + " aria-hidden=\"true\">\(segment.style.word)</text>")
        }
    }

    /// `2026-01-05`.
    static func date(_ instant: Instant) -> String { String(instant.description.prefix(10)) }
}

/// An SVG document being written, a line at a time.
struct SVGText {
    private(set) var text = ""

    mutating func line(_ line: String) {
        text += line
        text += "\n"
    }

    /// Text for an element or an attribute: `&`, `<`, `>` and quotes escaped, control characters
    /// dropped.
    static func escape(_ text: String) -> String { JUnitReport.escape(text) }

    /// At most `count` characters, with an ellipsis when cut.
    static func clipped(_ text: String, _ count: Int) -> String {
        text.count <= count ? text : String(text.prefix(count - 1)) + "…"
    }
}
