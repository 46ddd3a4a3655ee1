/// Codes that have yet to expire, bucketed by the day of their expiry, so that "expiring within 7
/// days" and `advance` look at a handful of buckets instead of every code. Kept exact under extend
/// (a move between buckets), delete and expiry (removals) by `World.replaceCode`.
struct ExpiryIndex {
    private var buckets: [Int64: Set<Int32>] = [:]
    private(set) var count = 0

    mutating func insert(_ code: Int32, expiry: Instant) {
        if buckets[expiry.dayNumber, default: []].insert(code).inserted {
            count += 1
        }
    }

    mutating func remove(_ code: Int32, expiry: Instant) {
        let day = expiry.dayNumber
        guard buckets[day]?.remove(code) != nil else { return }
        count -= 1
        if buckets[day]?.isEmpty == true {
            buckets[day] = nil
        }
    }

    /// Codes whose expiry lies in `lower...upper`, in no particular order. Visits one bucket per day
    /// of the range, or every bucket when there are fewer buckets than days.
    func codes(expiringIn lower: Instant, _ upper: Instant, expiry: (Int32) -> Instant) -> [Int32] {
        guard lower <= upper else { return [] }
        let firstDay = lower.dayNumber
        let lastDay = upper.dayNumber
        var result: [Int32] = []
        func collect(_ bucket: Set<Int32>) {
            for code in bucket {
                let at = expiry(code)
                if at >= lower && at <= upper {
                    result.append(code)
                }
            }
        }
        let (span, overflow) = lastDay.subtractingReportingOverflow(firstDay)
        if overflow || span >= Int64(buckets.count) {
            for (day, bucket) in buckets where day >= firstDay && day <= lastDay {
                collect(bucket)
            }
        } else {
            var day = firstDay
            while day <= lastDay {
                if let bucket = buckets[day] {
                    collect(bucket)
                }
                day += 1
            }
        }
        return result
    }
}
