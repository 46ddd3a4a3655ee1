import SparkModel
import SparkRuntime
import SparkSyntax
import Testing

/// "did you mean" for the user's own names (issue 11).
@Suite struct DidYouMeanTests {
    static func error(_ script: String) -> Diagnostic? {
        ScriptHarness().run(setUp + script).errors.first
    }

    @Test func redeemAsAMisspelledBrandSuggestsTheBrand() {
        let error = Self.error("let c = authorize video 42\nredeem c as acmee")
        #expect(error?.message == "no brand acmee")
        #expect(error?.help?.hasPrefix("did you mean `acme`?") == true)
    }

    @Test func anAccountWrittenWithoutItsAtSuggestsTheHandle() {
        let error = Self.error("creator @sam\nenable ad authorization for sam")
        #expect(error?.message == "`sam` is used before it is bound")
        #expect(error?.help == "did you mean `@sam`?")
    }

    @Test func aMisspelledHandleAndCampaignSuggestTheirs() {
        #expect(Self.error("show @alise")?.help?.hasPrefix("did you mean `@alice`?") == true)
        let campaign = "campaign \"winter\" by acme { video 42 }\npublish \"wintr\""
        #expect(Self.error(campaign)?.help?.hasPrefix("did you mean `\"winter\"`?") == true)
    }

    @Test func nothingCloseKeepsTheDomainsHelp() {
        let error = Self.error("show brand zzzzzzzz")
        #expect(error?.help == DomainError.brandNotFound("zzzzzzzz").help)
    }
}
