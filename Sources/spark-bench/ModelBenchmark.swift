import SparkModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `spark-bench model [N]`: builds Worlds of N and 10N posts (N = 100,000 by default, so the larger
/// World is the full scale of 1,000,000 posts, 500,000 codes and 250,000 redemptions), prints the
/// build time per operation kind and the ratio 10N/N, then times `list codes expiring within 7d`
/// against a scan of every code: the index answers in time that follows the codes in the window,
/// not the number of codes.
///
/// `spark-bench model memory [wide]`: the peak resident set size (getrusage's ru_maxrss) of one
/// long `advance`: five running campaigns scheduled to 9999-12-31 and `advance to 9999-12-31`, or
/// with `wide` 4,000 running campaigns and `advance 400d`. The undo log keeps one prior value per
/// touched record, so both stay far below 100 MB.
enum ModelBenchmark {
    static func run(_ arguments: [String]) {
        if arguments.first == "memory" {
            AdvanceMemory.run(wide: arguments.dropFirst().first == "wide")
            return
        }
        let base = arguments.first.flatMap { Int($0) }.map { max($0, 1_000) } ?? 100_000
        print("model benchmark: worlds of N = \(base) and 10N = \(base * 10) posts")
        print("  each: 1 creator per 10 posts, a code for every other post, every other code redeemed")
        let small = measure(posts: base)
        let large = measure(posts: base * 10)
        print("")
        print(
            BenchText.pad("operation", 20) + BenchText.pad("N: ns/op", 14) + BenchText.pad("10N: ns/op", 14)
                + "total 10N/N")
        for (index, row) in small.rows.enumerated() {
            let other = large.rows[index]
            print(
                BenchText.pad(row.name, 20) + BenchText.pad(BenchText.fixed(row.perOp, 0), 14)
                    + BenchText.pad(BenchText.fixed(other.perOp, 0), 14)
                    + BenchText.fixed(other.seconds / max(row.seconds, 1e-9), 2))
        }
        print("")
        print(BenchText.pad("query", 34) + BenchText.pad("N", 24) + "10N")
        print(
            BenchText.pad("codes(expiringWithin: 7d)", 34) + BenchText.pad(small.indexed, 24) + large.indexed)
        print(
            BenchText.pad("scan of allCodes() for comparison", 34) + BenchText.pad(small.scanned, 24)
                + large.scanned)
    }

    private struct Row {
        let name: String
        let count: Int
        let seconds: Double
        var perOp: Double { seconds * 1e9 / Double(max(count, 1)) }
    }

    private struct Figures {
        var rows: [Row] = []
        var indexed = ""
        var scanned = ""
    }

    /// Builds one World and times each kind of operation. The 1,000 codes generated last last 7 days,
    /// all others 365, so the 7-day window holds the same 1,000 codes at every scale.
    private static func measure(posts: Int) -> Figures {
        let world = World(generator: SeededCodeGenerator(seed: 2026))
        let creators = max(posts / 10, 1)
        var figures = Figures()
        do {
            figures.rows.append(
                try time("create account", creators) {
                    for index in 0..<creators {
                        let handle = Handle("creator\(index)")
                        try world.createAccount(handle, type: .creator)
                        try world.enableAdAuthorization(for: handle)
                    }
                })
            figures.rows.append(
                try time("post video", posts) {
                    for index in 0..<posts {
                        let owner = Handle("creator\(index % creators)")
                        try world.post(.video, id: UInt64(index + 1), by: owner, caption: "clip \(index)")
                    }
                })
            var texts: [String] = []
            texts.reserveCapacity(posts / 2)
            let codeCount = posts / 2
            figures.rows.append(
                try time("authorize video", codeCount) {
                    for index in 0..<codeCount {
                        let days = index >= codeCount - 1_000 ? 7 : 365
                        texts.append(try world.authorizeVideo(UInt64(index * 2 + 1), days: days).code.text)
                        if index % 10_000 == 9_999 {
                            try world.advance(by: 3_600)
                        }
                    }
                })
            let redemptions = codeCount / 2
            let brandCount = redemptions / Brand.libraryLimit + 1
            for index in 0..<brandCount {
                try world.createBrand("brand\(index)", displayName: "Brand \(index)")
            }
            figures.rows.append(
                try time("redeem", redemptions) {
                    for index in 0..<redemptions {
                        try world.redeem(texts[index * 2], as: "brand\(index % brandCount)")
                    }
                })
        } catch {
            print("benchmark failed: \((error as? DomainError)?.message ?? "\(error)")")
            return figures
        }
        let repeats = 20
        var found = 0
        let indexed = seconds {
            for _ in 0..<repeats { found = world.codes(expiringWithin: 7 * 86_400).count }
        }
        var scanned = 0
        let scan = seconds {
            let limit = world.now.seconds + 7 * 86_400
            scanned =
                world.allCodes().filter {
                    !$0.isDeleted && $0.expiry > world.now && $0.expiry.seconds <= limit
                }
                .count
        }
        figures.indexed = "\(BenchText.fixed(indexed * 1e3 / Double(repeats), 3)) ms (\(found) codes)"
        figures.scanned = "\(BenchText.fixed(scan * 1e3, 1)) ms (\(scanned) codes)"
        print(
            "  built \(posts) posts, \(world.codeCount) codes in \(BenchText.fixed(figures.rows.reduce(0) { $0 + $1.seconds }, 2)) s"
        )
        return figures
    }

    private static func time(_ name: String, _ count: Int, _ body: () throws -> Void) throws -> Row {
        var failure: (any Error)?
        let elapsed = seconds {
            do { try body() } catch { failure = error }
        }
        if let failure { throw failure }
        return Row(name: name, count: count, seconds: elapsed)
    }

    private static func seconds(_ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        body()
        let elapsed = clock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}

/// The memory figure of one long advance (see `ModelBenchmark`).
private enum AdvanceMemory {
    static func run(wide: Bool) {
        let world = World(generator: SeededCodeGenerator(seed: 2026))
        let campaigns = wide ? 4_000 : 5
        let end = wide ? Instant(year: 2027, month: 2, day: 5) : Instant(year: 9999, month: 12, day: 31)
        guard let end, let start = world.now.adding(days: 1) else { return }
        let before = peakKilobytes()
        let clock = ContinuousClock()
        let began = clock.now
        do {
            try world.createBrand("acme", displayName: "Acme")
            for index in 0..<campaigns {
                try world.createCampaign(
                    "house \(index)", by: "acme",
                    CampaignDraft(
                        format: .inFeed, budget: .daily(Money(dollars: 50)),
                        schedule: Schedule(start: start, end: end),
                        url: "https://acme.example", callToAction: "Shop now"))
                try world.publish("house \(index)")
            }
            if wide {
                try world.advance(by: 400 * 86_400)
            } else {
                try world.advance(to: end)
            }
        } catch {
            print("benchmark failed: \(error.message)")
            return
        }
        let elapsed = clock.now - began
        let what = wide ? "\(campaigns) campaigns, advance 400d" : "\(campaigns) campaigns, advance to \(end)"
        print("advance memory: \(what)")
        print("  peak RSS before: \(BenchText.fixed(Double(before) / 1024, 1)) MB")
        print("  peak RSS after:  \(BenchText.fixed(Double(peakKilobytes()) / 1024, 1)) MB")
        print("  time: \(elapsed)")
        print("  spend of house 0: \(world.campaign(named: "house 0")?.spend ?? .zero)")
    }

    /// ru_maxrss: kilobytes on Linux (bytes on Darwin, converted).
    private static func peakKilobytes() -> Int {
        var usage = rusage()
        #if canImport(Glibc)
            let who = RUSAGE_SELF.rawValue
        #else
            let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return 0 }
        #if canImport(Darwin)
            return Int(usage.ru_maxrss) / 1024
        #else
            return Int(usage.ru_maxrss)
        #endif
    }
}
