import SparkModel

/// What the timeline draws, worked out from the World's timeline entries: a lane per code and a
/// lane per campaign, each a row of dated segments and marks, on one time axis.
struct TimelineChart {
    /// How a stretch of a lane looks.
    enum Style: String, CaseIterable {
        /// A code nobody redeemed yet; a code bound to a brand; a code that does not work (a
        /// toggle is off).
        case unused, bound, inactive
        case draft, scheduled, running, paused
        /// What is still to come after the end of the script: a code's validity, a campaign's
        /// schedule. Drawn dashed.
        case ahead
    }

    struct Segment {
        var from: Instant
        var to: Instant
        var style: Style
        /// Says what the stretch is, in words (the `<title>` of its rectangle).
        var title: String
    }

    enum MarkShape {
        /// A beginning: generated, drafted, published.
        case start
        /// Something happened: redeemed, extended, a toggle, paused, resumed, started.
        case change
        /// An end: expired, deleted, stopped, completed.
        case end
    }

    struct Mark {
        var at: Instant
        var shape: MarkShape
        /// A few words drawn next to the mark ("acme", "+30d", "expired").
        var label: String
        /// The full sentence, with its date (the mark's `<title>`).
        var title: String
    }

    struct Lane {
        /// "code #s63Dde…qA=", "campaign winter".
        var title: String
        /// "video 42, @alice", "acme".
        var subtitle: String
        var segments: [Segment] = []
        var marks: [Mark] = []
    }

    var lanes: [Lane]
    /// The script's end: where "what happened" stops and "ahead" begins.
    var now: Instant
    /// The axis: from the first day anything happened to the last day anything is planned.
    var start: Instant
    var end: Instant

    init(entries: [TimelineEntry], now: Instant) {
        var codes = CodeLanes()
        var campaigns = CampaignLanes()
        for entry in entries {
            codes.add(entry)
            campaigns.add(entry)
        }
        lanes = codes.lanes(now: now) + campaigns.lanes(now: now)
        self.now = now
        let times = lanes.flatMap { lane in lane.segments.flatMap { [$0.from, $0.to] } + lane.marks.map(\.at)
        }
        let first = times.min() ?? now
        let last = max(times.max() ?? now, now)
        start = Self.day(containing: first)
        let lastDay = Self.day(containing: last)
        end = lastDay == last ? last : lastDay.adding(days: 1) ?? last
        if end <= start { end = start.adding(days: 1) ?? Instant(seconds: start.seconds + 1) }
    }

    /// Midnight UTC of the day of `instant`.
    static func day(containing instant: Instant) -> Instant {
        let days =
            instant.seconds >= 0
            ? instant.seconds / Instant.secondsPerDay
            : (instant.seconds - Instant.secondsPerDay + 1) / Instant.secondsPerDay
        return Instant(seconds: days * Instant.secondsPerDay)
    }

    /// "2026-01-05 00:00 UTC: ".
    static func dated(_ instant: Instant, _ text: String) -> String { "\(instant): \(text)" }
}
