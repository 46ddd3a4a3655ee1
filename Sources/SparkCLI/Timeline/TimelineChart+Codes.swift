import SparkModel

/// The code lanes: from generation to expiry or deletion, bound to a brand at redemption, moved
/// by extensions, inactive while a toggle is off.
struct CodeLanes {
    private struct Code {
        var text: String
        var video: UInt64
        var creator: Handle
        var created: Instant
        var expiry: Instant
        /// When the code stopped: deleted or expired.
        var ended: Instant?
        var brand: String?
        /// Where the style changes: (from, style).
        var changes: [(Instant, TimelineChart.Style)]
        var marks: [TimelineChart.Mark] = []
        var toggleOn = true

        var masked: String { CodeText.masked(text) }
    }

    private var codes: [Code] = []

    mutating func add(_ entry: TimelineEntry) {
        let at = entry.at
        switch entry.kind {
        case .codeGenerated(let text, let video, let creator, let expiry):
            var code = Code(
                text: text, video: video, creator: creator, created: at, expiry: expiry,
                changes: [(at, .unused)])
            code.marks.append(
                Self.mark(
                    at, .start, "generated", "code \(CodeText.masked(text)) generated, valid until \(expiry)")
            )
            codes.append(code)
        case .codeRedeemed(let text, let brand):
            update(text) { code in
                code.brand = brand
                if code.toggleOn { code.changes.append((at, .bound)) }
                code.marks.append(
                    Self.mark(at, .change, brand, "\(brand) redeemed code \(code.masked): bound to \(brand)"))
            }
        case .codeExtended(let text, let expiry):
            update(text) { code in
                let days = (expiry.seconds - code.expiry.seconds) / Instant.secondsPerDay
                code.expiry = expiry
                code.marks.append(
                    Self.mark(
                        at, .change, "+\(days)d",
                        "code \(code.masked) extended by \(days) days, until \(expiry)"))
            }
        case .codeDeleted(let text):
            update(text) { code in
                code.ended = at
                code.marks.append(
                    Self.mark(at, .end, "deleted", "code \(code.masked) deleted by its creator"))
            }
        case .videoToggle(let video, let on):
            for index in codes.indices where codes[index].video == video && codes[index].ended == nil {
                guard codes[index].toggleOn != on else { continue }
                codes[index].toggleOn = on
                let style: TimelineChart.Style =
                    on ? (codes[index].brand == nil ? .unused : .bound) : .inactive
                codes[index].changes.append((at, style))
                let words = on ? "toggle on" : "toggle off"
                let why =
                    on
                    ? "Ad authorization back on: the code works again"
                    : "Ad authorization off: the code does not work"
                codes[index].marks.append(Self.mark(at, .change, words, "video \(video): \(why)"))
            }
        case .event(.codeExpired(let text)):
            update(text) { code in
                code.ended = at
                code.marks.append(Self.mark(at, .end, "expired", "code \(code.masked) expired"))
            }
        default:
            break
        }
    }

    func lanes(now: Instant) -> [TimelineChart.Lane] {
        codes.map { code in
            var lane = TimelineChart.Lane(
                title: "code \(code.masked)",
                subtitle: "video \(code.video), \(code.creator)"
                    + (code.brand.map { ", bound to \($0)" } ?? ""))
            let stop = code.ended ?? min(now, code.expiry)
            for (index, change) in code.changes.enumerated() {
                let from = change.0
                let to = index + 1 < code.changes.count ? code.changes[index + 1].0 : stop
                guard to > from else { continue }
                lane.segments.append(
                    TimelineChart.Segment(
                        from: from, to: to, style: change.1, title: title(change.1, code, from, to)))
            }
            if code.ended == nil && code.expiry > now {
                lane.segments.append(
                    TimelineChart.Segment(
                        from: now, to: code.expiry, style: .ahead,
                        title: "code \(code.masked) still valid after the script, until \(code.expiry)"))
                lane.marks.append(Self.mark(code.expiry, .end, "expires", "code \(code.masked) will expire"))
            }
            lane.marks = code.marks.filter { $0.at <= code.expiry || $0.shape != .end } + lane.marks
            return lane
        }
    }

    private func title(_ style: TimelineChart.Style, _ code: Code, _ from: Instant, _ to: Instant) -> String {
        let what: String =
            switch style {
            case .bound: "bound to \(code.brand ?? "a brand")"
            case .inactive: "not working: a toggle is off"
            default: "not used yet"
            }
        return "code \(code.masked) \(what), \(from) to \(to)"
    }

    private static func mark(_ at: Instant, _ shape: TimelineChart.MarkShape, _ label: String, _ text: String)
        -> TimelineChart.Mark
    {
        TimelineChart.Mark(at: at, shape: shape, label: label, title: TimelineChart.dated(at, text))
    }

    private mutating func update(_ text: String, _ change: (inout Code) -> Void) {
        guard let index = codes.lastIndex(where: { $0.text == text }) else { return }
        change(&codes[index])
    }
}
