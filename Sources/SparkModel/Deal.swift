/// A payment agreed between a creator and a brand, recorded for the record only: a Spark Code
/// carries no payment and nothing in the World checks deals (rule 20).
public struct Deal: Hashable, Sendable {
    public let creator: Handle
    public let brand: String
    public let amount: Money
    public let note: String
    public let recordedAt: Instant
}
