import SparkModel

/// The campaign lanes: draft, scheduled, running, paused, then stopped (with the reason) or
/// completed; what is still scheduled after the script is drawn ahead.
struct CampaignLanes {
    private struct Campaign {
        var name: String
        var brand: String
        var code: String?
        var schedule: Schedule?
        var changes: [(Instant, TimelineChart.Style)]
        var ended: Instant?
        var marks: [TimelineChart.Mark] = []
    }

    private var campaigns: [Campaign] = []

    mutating func add(_ entry: TimelineEntry) {
        let at = entry.at
        switch entry.kind {
        case .campaignDrafted(let name, let brand):
            var campaign = Campaign(name: name, brand: brand, changes: [(at, .draft)])
            campaign.marks.append(
                Self.mark(at, .start, "draft", "\(brand) created the campaign \(name), a draft"))
            campaigns.append(campaign)
        case .campaignPublished(let name, let code, let schedule):
            update(name) { campaign in
                campaign.code = code
                campaign.schedule = schedule
                let on = code.map { " on code \(CodeText.masked($0))" } ?? " (in-feed)"
                campaign.marks.append(
                    Self.mark(
                        at, .change, "published",
                        "campaign \(name) published\(on), from \(schedule.start) to \(schedule.end)"))
            }
        case .campaignRescheduled(let name, let schedule):
            update(name) { campaign in
                campaign.schedule = schedule
                campaign.marks.append(
                    Self.mark(at, .change, "new end", "campaign \(name) now ends \(schedule.end)"))
            }
        case .campaignDeleted(let name):
            update(name) { campaign in
                if campaign.ended == nil { campaign.ended = at }
                campaign.marks.append(Self.mark(at, .end, "deleted", "campaign \(name) deleted"))
            }
        case .event(let kind):
            event(kind, at: at)
        default:
            break
        }
    }

    private mutating func event(_ kind: WorldEvent.Kind, at: Instant) {
        switch kind {
        case .campaignScheduled(let name, _):
            update(name) { $0.changes.append((at, .scheduled)) }
        case .campaignStarted(let name):
            update(name) { campaign in
                campaign.changes.append((at, .running))
                campaign.marks.append(Self.mark(at, .change, "started", "campaign \(name) started running"))
            }
        case .campaignPaused(let name):
            update(name) { campaign in
                campaign.changes.append((at, .paused))
                campaign.marks.append(Self.mark(at, .change, "paused", "campaign \(name) paused"))
            }
        case .campaignResumed(let name):
            update(name) { campaign in
                let started = campaign.schedule.map { $0.start <= at } ?? true
                campaign.changes.append((at, started ? .running : .scheduled))
                campaign.marks.append(Self.mark(at, .change, "resumed", "campaign \(name) resumed"))
            }
        case .campaignStopped(let name, let reason):
            update(name) { campaign in
                campaign.ended = at
                campaign.marks.append(
                    Self.mark(at, .end, "stopped: \(reason)", "campaign \(name) stopped: \(reason)"))
            }
        case .campaignCompleted(let name):
            update(name) { campaign in
                campaign.ended = at
                campaign.marks.append(
                    Self.mark(at, .end, "completed", "campaign \(name) completed its schedule"))
            }
        case .codeExpired, .videoMadePublic:
            break
        }
    }

    func lanes(now: Instant) -> [TimelineChart.Lane] {
        campaigns.map { campaign in
            var subtitle = campaign.brand
            if let code = campaign.code { subtitle += ", code \(CodeText.masked(code))" }
            var lane = TimelineChart.Lane(title: "campaign \(campaign.name)", subtitle: subtitle)
            let stop = campaign.ended ?? now
            for (index, change) in campaign.changes.enumerated() {
                let from = change.0
                let to = index + 1 < campaign.changes.count ? campaign.changes[index + 1].0 : stop
                guard to > from else { continue }
                lane.segments.append(
                    TimelineChart.Segment(
                        from: from, to: to, style: change.1,
                        title: "campaign \(campaign.name) \(change.1.rawValue), \(from) to \(to)"))
            }
            if campaign.ended == nil, let schedule = campaign.schedule, schedule.end > now,
                campaign.changes.last?.1 != .draft
            {
                lane.segments.append(
                    TimelineChart.Segment(
                        from: now, to: schedule.end, style: .ahead,
                        title: "campaign \(campaign.name) scheduled after the script, until \(schedule.end)"))
                lane.marks.append(
                    Self.mark(schedule.end, .end, "ends", "campaign \(campaign.name) is scheduled to end"))
            }
            lane.marks += campaign.marks
            return lane
        }
    }

    private static func mark(_ at: Instant, _ shape: TimelineChart.MarkShape, _ label: String, _ text: String)
        -> TimelineChart.Mark
    {
        TimelineChart.Mark(at: at, shape: shape, label: label, title: TimelineChart.dated(at, text))
    }

    private mutating func update(_ name: String, _ change: (inout Campaign) -> Void) {
        guard
            let index = campaigns.lastIndex(where: { $0.name == name && $0.ended == nil })
                ?? campaigns.lastIndex(where: { $0.name == name })
        else { return }
        change(&campaigns[index])
    }
}
