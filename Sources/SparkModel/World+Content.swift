/// What brands cannot do, and what the World records without enforcing (rules 16 and 20).
extension World {
    /// `edit video 42 caption "…" as acme`: always refused. Brands cannot edit the content, caption,
    /// audio, hashtags or the creator's profile (rule 16).
    public func editContent(of id: UInt64, _ attribute: ContentAttribute, as brand: String)
        throws(DomainError)
    {
        _ = try brandNumber(brand)
        _ = try postNumber(id)
        exercise(.brandsCannotEdit)
        throw .brandCannotEdit(video: id, attribute: attribute, brand: brand)
    }

    /// Records a payment agreed between a creator and a brand. Nothing checks it: payment is not
    /// part of a code, and a campaign publishes with or without a deal (rule 20).
    @discardableResult
    public func recordDeal(creator: Handle, brand: String, amount: Money, note: String = "")
        throws(DomainError) -> Deal
    {
        _ = try accountNumber(creator)
        _ = try brandNumber(brand)
        guard amount >= .zero else { throw .invalidAmount(amount) }
        exercise(.paymentOutsideCode)
        let deal = Deal(creator: creator, brand: brand, amount: amount, note: note, recordedAt: clock)
        try atomically { () throws(DomainError) in addDeal(deal) }
        return deal
    }
}
