/// The look of each kind of stretch, and the legend that names them all.
enum TimelineLegend {
    static func look(of style: TimelineChart.Style) -> String {
        switch style {
        case .unused: "fill=\"#a5d6a7\" stroke=\"#2e7d32\""
        case .bound: "fill=\"#2e7d32\""
        case .inactive: "fill=\"#bdbdbd\" stroke=\"#616161\""
        case .draft: "fill=\"#eeeeee\" stroke=\"#757575\""
        case .scheduled: "fill=\"#bbdefb\" stroke=\"#1565c0\""
        case .running: "fill=\"#1565c0\""
        case .paused: "fill=\"#ffcc80\" stroke=\"#e65100\""
        case .ahead: "fill=\"none\" stroke=\"#616161\" stroke-dasharray=\"5 3\""
        }
    }

    static func textColor(on style: TimelineChart.Style) -> String {
        style == .bound || style == .running ? "#ffffff" : "#212121"
    }

    /// Three rows: the code stretches and what is ahead, the campaign stretches, the marks.
    static func draw(into svg: inout SVGText, top: Int) {
        svg.line("<g aria-label=\"legend\">")
        let rows: [[TimelineChart.Style]] = [
            [.unused, .bound, .inactive, .ahead], [.draft, .scheduled, .running, .paused],
        ]
        for (row, styles) in rows.enumerated() {
            let y = top + row * 20
            for (column, style) in styles.enumerated() {
                let x = 16 + column * 300
                svg.line("<rect x=\"\(x)\" y=\"\(y)\" width=\"22\" height=\"12\" \(look(of: style))/>")
                svg.line("<text x=\"\(x + 28)\" y=\"\(y + 11)\" fill=\"#212121\">\(style.legend)</text>")
            }
        }
        let y = top + 50
        let marks: [(String, String)] = [
            (
                "<circle cx=\"21\" cy=\"\(y)\" r=\"5\" fill=\"#ffffff\" stroke=\"#212121\" stroke-width=\"2\"/>",
                "generated, drafted"
            ),
            (
                "<circle cx=\"321\" cy=\"\(y)\" r=\"4\" fill=\"#212121\"/>",
                "redeemed (by whom), extended, published, started, paused, resumed, a toggle"
            ),
            (
                "<path d=\"M921 \(y - 7) L927 \(y) L921 \(y + 7) L915 \(y) Z\" fill=\"#b71c1c\"/>",
                "expired, deleted, stopped (why), completed"
            ),
        ]
        for (index, mark) in marks.enumerated() {
            svg.line(mark.0)
            svg.line(
                "<text x=\"\([16, 316, 916][index] + 14)\" y=\"\(y + 4)\" fill=\"#212121\">\(mark.1)</text>")
        }
        svg.line("</g>")
    }
}

extension TimelineChart.Style {
    /// The word drawn on a stretch.
    var word: String {
        switch self {
        case .unused: "not used"
        case .bound: "bound"
        case .inactive: "not working"
        case .ahead: "ahead"
        default: rawValue
        }
    }

    var legend: String {
        switch self {
        case .unused: "code not used yet"
        case .bound: "code bound to a brand"
        case .inactive: "code not working (toggle off)"
        case .ahead: "after the script (planned)"
        default: "campaign " + rawValue
        }
    }
}
