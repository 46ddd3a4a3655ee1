import SparkModel

/// 2026-01-01 00:00 UTC, where scripts start.
let newYear = World.defaultStart
let day: Int64 = 86_400
let alice = Handle("alice")
let bob = Handle("bob")

/// A date that is known to be valid (tests only build real dates).
func date(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0) -> Instant {
    Instant(year: year, month: month, day: day, hour: hour, minute: minute) ?? .epoch
}

func at(days: Int64, from start: Instant = newYear) -> Instant {
    Instant(seconds: start.seconds + days * day)
}

/// The error an operation throws, or nil when it succeeds.
/// (Every World operation throws `DomainError`; anything else would show up as `nil`, failing the test.)
func failure<T>(_ body: () throws -> T) -> DomainError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error as? DomainError ?? .noOpenTransaction
    }
}

/// A World with @alice (ads enabled) and @bob, video 42 and story 43 by @alice, video 7 by @bob,
/// and brands acme and beta. Codes come from a seeded generator, so runs are reproducible.
func makeWorld(policy: DeletionPolicy = .guide, seed: UInt64 = 7) throws -> World {
    let world = World(start: newYear, generator: SeededCodeGenerator(seed: seed), deletionPolicy: policy)
    try world.createAccount(alice, type: .creator)
    try world.createAccount(bob)
    try world.enableAdAuthorization(for: alice)
    try world.enableAdAuthorization(for: bob)
    try world.post(.video, id: 42, by: alice, caption: "Winter haul")
    try world.post(.story, id: 43, by: alice, caption: "Behind the scenes")
    try world.post(.video, id: 7, by: bob, caption: "Skate day")
    try world.createBrand("acme", displayName: "Acme Outdoor")
    try world.createBrand("beta", displayName: "Beta Gear")
    return world
}

/// A complete Spark Ads draft for `video`, starting tomorrow for `days` days at $50 a day.
func sparkDraft(
    video: UInt64 = 42, budget: Budget = .daily(Money(dollars: 50)), startingIn startDays: Int64 = 1,
    days: Int64 = 30, now: Instant = newYear
) -> CampaignDraft {
    CampaignDraft(
        format: .spark, videoID: video, budget: budget,
        schedule: Schedule(start: at(days: startDays, from: now), end: at(days: startDays + days, from: now)),
        targeting: Targeting(regions: ["US", "CA"], ages: 18...34),
        url: "https://acme.example/winter", callToAction: "Shop now")
}

/// Authorizes video 42, redeems the code as `brand` and publishes a campaign on it.
@discardableResult
func runningCampaign(
    _ world: World, name: String = "winter", brand: String = "acme", codeDays: Int = 30,
    campaignDays: Int64 = 30, startingIn: Int64 = 0
) throws -> String {
    let code = try world.authorizeVideo(42, days: codeDays).code.text
    try world.redeem(code, as: brand)
    try world.createCampaign(
        name, by: brand, sparkDraft(startingIn: startingIn, days: campaignDays, now: world.now))
    try world.publish(name)
    return code
}
