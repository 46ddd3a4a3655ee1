import SparkModel
import Testing

/// Random operations, valid and invalid, against one World: a failing operation and a rolled-back
/// transaction must leave `snapshot()` byte-identical.
@Suite("Property: failures and rollbacks change nothing")
struct PropertyTests {
    /// Test-side randomness from the same documented generator.
    private struct Dice {
        var source: SeededCodeGenerator

        mutating func below(_ bound: Int) -> Int {
            Int(source.next() % UInt64(bound))
        }

        mutating func pick<T>(_ items: [T]) -> T? {
            items.isEmpty ? nil : items[below(items.count)]
        }

        mutating func chance(_ percent: Int) -> Bool {
            below(100) < percent
        }
    }

    private final class Fuzzer {
        let world: World
        var dice: Dice
        var codes: [String] = []
        let handles = ["alice", "bob", "carol", "bad handle"].map(Handle.init)
        let brands = ["acme", "beta", ""]
        let campaignNames = ["winter", "spring", "summer"]

        init(seed: UInt64) {
            world = World(start: newYear, generator: SeededCodeGenerator(seed: seed))
            dice = Dice(source: SeededCodeGenerator(seed: seed &+ 1))
        }

        var handle: Handle { dice.pick(handles) ?? alice }
        var brand: String { dice.pick(brands) ?? "acme" }
        var videoID: UInt64 { UInt64(dice.below(8)) }
        var days: Int { dice.pick([7, 30, 60, 365, 45]) ?? 30 }
        var codeText: String {
            if dice.chance(10) {
                return dice.pick([
                    "#short", "#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=",
                ]) ?? ""
            }
            return dice.pick(codes) ?? "#none"
        }

        var draft: CampaignDraft {
            var draft = sparkDraft(
                video: videoID,
                budget: dice.chance(50) ? .daily(Money(dollars: 20)) : .total(Money(cents: 9_999)),
                startingIn: Int64(dice.below(3)), days: Int64(1 + dice.below(20)), now: world.now)
            if dice.chance(20) { draft.url = nil }
            if dice.chance(10) { draft.format = .inFeed }
            if dice.chance(10) { draft.callToAction = nil }
            return draft
        }

        /// One random operation; true when it succeeded.
        func step() -> Bool {
            let w = world
            let op = dice.below(20)
            let error: DomainError?
            switch op {
            case 0: error = failure { try w.createAccount(handle, type: .creator) }
            case 1: error = failure { try w.enableAdAuthorization(for: handle) }
            case 2: error = failure { try w.disableAdAuthorization(for: handle) }
            case 3:
                let kind: PostKind = dice.chance(80) ? .video : .story
                error = failure { try w.post(kind, id: videoID, by: handle, caption: "c") }
            case 4:
                let visibility = dice.pick(Visibility.allCases) ?? .public
                error = failure { try w.setVisibility(videoID, to: visibility) }
            case 5: error = failure { try w.setVideoAuthorization(videoID, on: dice.chance(50)) }
            case 6, 7:
                let actor: Handle? = dice.chance(20) ? handle : nil
                do throws(DomainError) {
                    codes.append(try w.authorizeVideo(videoID, days: days, as: actor).code.text)
                    error = nil
                } catch let caught {
                    error = caught
                }
            case 8: error = failure { try w.extendCode(codeText, by: days) }
            case 9: error = failure { try w.deleteCode(codeText) }
            case 10: error = failure { try w.deleteVideo(videoID) }
            case 11: error = failure { try w.createBrand(brand, displayName: "B") }
            case 12, 13: error = failure { try w.redeem(codeText, as: brand) }
            case 14:
                let batch = (0..<dice.below(23)).map { _ in codeText }
                error = failure { try w.batchRedeem(batch, as: brand) }
            case 15:
                let name = dice.pick(campaignNames) ?? "winter"
                error = failure { try w.createCampaign(name, by: brand, draft) }
            case 16:
                let name = dice.pick(campaignNames) ?? "winter"
                switch dice.below(4) {
                case 0: error = failure { try w.publish(name) }
                case 1: error = failure { try w.pause(name) }
                case 2: error = failure { try w.resume(name) }
                default: error = failure { try w.stop(name) }
                }
            case 17:
                let attribute = dice.pick(ContentAttribute.allCases) ?? .caption
                error = failure { try w.editContent(of: videoID, attribute, as: brand) }
            case 18:
                error = failure {
                    try w.recordDeal(
                        creator: handle, brand: brand, amount: Money(cents: Int64(dice.below(3))))
                }
            default:
                let seconds = Int64(dice.below(10 * 24)) * 3600 - (dice.chance(5) ? 100 * day : 0)
                error = failure { try w.advance(to: Instant(seconds: w.now.seconds + seconds)) }
            }
            return error == nil
        }
    }

    @Test(
        "random operations: failures and rolled-back transactions leave the snapshot unchanged",
        arguments: [1, 2])
    func fuzz(seed: UInt64) throws {
        let fuzzer = Fuzzer(seed: seed)
        var successes = 0
        var failures = 0
        for round in 0..<1_500 {
            let before = fuzzer.world.snapshot()
            if round % 40 == 0 {
                fuzzer.world.beginTransaction()
                for _ in 0..<8 { _ = fuzzer.step() }
                fuzzer.world.beginTransaction()
                for _ in 0..<4 { _ = fuzzer.step() }
                try fuzzer.world.commitTransaction()
                try fuzzer.world.rollbackTransaction()
                #expect(fuzzer.world.snapshot() == before, "round \(round): rollback")
                continue
            }
            if fuzzer.step() {
                successes += 1
            } else {
                failures += 1
                let after = fuzzer.world.snapshot()
                #expect(after == before, "round \(round): failed operation changed the world")
                if after != before { return }
            }
        }
        #expect(successes > 200 && failures > 200)
        #expect(fuzzer.world.transactionDepth == 0)
    }
}
