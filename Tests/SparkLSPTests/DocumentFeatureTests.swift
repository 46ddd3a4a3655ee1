import Foundation
import Testing

@testable import SparkLSP

/// Diagnostics, completion, hover, definition, symbols and formatting over open documents.
@Suite struct DocumentFeatureTests {
    static let script = """
        creator @alice
        enable ad authorization for @alice
        post video 42 by @alice "Winter haul"
        let c = authorize video 42 for 60d
        brand acme "Acme Outdoor"
        redeem c as acme
        campaign "winter" by acme { video 42 }
        include "common/setup.spark"

        """

    @Test func aMisspelledStatementGetsOneErrorAtItsPlaceAndAFixClearsIt() throws {
        let client = try LSPClient.initialized()
        let diagnostics = try client.open("creator @alice\nautorize video 42\n")
        #expect(diagnostics.count == 1)
        let diagnostic = try #require(diagnostics.first)
        #expect(start(of: diagnostic)! == (1, 0))
        #expect(end(of: diagnostic)! == (1, 8))
        #expect(diagnostic["severity"] as? Int == 1)
        #expect((diagnostic["message"] as? String)?.contains("did you mean `authorize`?") == true)
        #expect(try client.change("creator @alice\nauthorize video 42\n").isEmpty)
    }

    @Test func columnsAreUTF16CodeUnits() throws {
        let client = try LSPClient.initialized()
        // "é" is one UTF-16 unit (two bytes), "😀" two units (four bytes).
        let diagnostics = try client.open("post video 1 by @a \"é😀\" blue\n")
        let diagnostic = try #require(diagnostics.first)
        #expect(start(of: diagnostic)! == (0, 25))
    }

    @Test func anUnboundNameIsAWarning() throws {
        let client = try LSPClient.initialized()
        let diagnostics = try client.open("show c\n")
        #expect(diagnostics.first?["severity"] as? Int == 2)
    }

    @Test func completionAfterLetOffersTheStatementThatFollows() throws {
        let client = try LSPClient.initialized()
        _ = try client.open("creator @alice\nlet c = auth")
        let reply = try client.request("textDocument/completion", client.at(1, 12))
        let items = try #require(reply["result"] as? [[String: Any]])
        #expect(items.compactMap { $0["label"] as? String } == ["authorize"])
        let edit = try #require(items.first?["textEdit"] as? [String: Any])
        #expect(start(of: edit)! == (1, 8))
    }

    @Test func completionOffersNamesBoundEarlierInTheFile() throws {
        let client = try LSPClient.initialized()
        _ = try client.open(Self.script + "redeem ")
        let line = Self.script.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let reply = try client.request("textDocument/completion", client.at(line, 7))
        let labels = (reply["result"] as? [[String: Any]])?.compactMap { $0["label"] as? String }
        #expect(labels == ["c"])
        _ = try client.change(Self.script + "redeem c as ")
        let asBrand = try client.request("textDocument/completion", client.at(line, 12))
        #expect((asBrand["result"] as? [[String: Any]])?.compactMap { $0["label"] as? String } == ["acme"])
    }

    @Test func completionInsideACampaignBlockOffersItsFields() throws {
        let client = try LSPClient.initialized()
        _ = try client.open("brand acme\ncampaign \"w\" by acme {\n  bud")
        let reply = try client.request("textDocument/completion", client.at(2, 5))
        #expect((reply["result"] as? [[String: Any]])?.compactMap { $0["label"] as? String } == ["budget"])
    }

    @Test func hoverOnAStatementWordShowsItsHelp() throws {
        let client = try LSPClient.initialized()
        _ = try client.open(Self.script)
        let reply = try client.request("textDocument/hover", client.at(5, 2))
        let result = try #require(reply["result"] as? [String: Any])
        let contents = try #require(result["contents"] as? [String: Any])
        let value = try #require(contents["value"] as? String)
        #expect(value.contains("redeem CODE as BRAND"))
        #expect(value.contains("the code binds to this brand"))
        #expect(value.contains("Ads Manager > Assets > Creative > Spark Ads"))
        #expect(start(of: result)! == (5, 0))
    }

    @Test func hoverOnAnotherWordShowsTheHelpOfItsStatement() throws {
        let client = try LSPClient.initialized()
        _ = try client.open(Self.script)
        let reply = try client.request("textDocument/hover", client.at(1, 10))  // "authorization"
        let value = ((reply["result"] as? [String: Any])?["contents"] as? [String: Any])?["value"] as? String
        #expect(value?.contains("enable ad authorization for @HANDLE") == true)
    }

    @Test func hoverOverNothingIsNull() throws {
        let client = try LSPClient.initialized()
        _ = try client.open("now\n\n")
        #expect(try client.request("textDocument/hover", client.at(1, 0))["result"] is NSNull)
    }

    @Test func definitionOfABindingIsItsLet() throws {
        let client = try LSPClient.initialized()
        _ = try client.open(Self.script)
        let reply = try client.request("textDocument/definition", client.at(5, 7))  // redeem c
        let location = try #require(reply["result"] as? [String: Any])
        #expect(location["uri"] as? String == client.uri)
        #expect(start(of: location)! == (3, 4))
        #expect(end(of: location)! == (3, 5))
    }

    @Test func definitionOfABrandIsItsDeclaration() throws {
        let client = try LSPClient.initialized()
        _ = try client.open(Self.script)
        let reply = try client.request("textDocument/definition", client.at(5, 13))  // as acme
        #expect(start(of: try #require(reply["result"] as? [String: Any]))! == (4, 6))
    }

    @Test func definitionOfAnIncludeIsTheFile() throws {
        let client = try LSPClient.initialized()
        _ = try client.open(Self.script)
        let reply = try client.request("textDocument/definition", client.at(7, 12))
        let location = try #require(reply["result"] as? [String: Any])
        #expect(location["uri"] as? String == "file:///work/project/common/setup.spark")
    }

    @Test func documentSymbolsAreWhatTheFileDeclares() throws {
        let client = try LSPClient.initialized()
        _ = try client.open(Self.script)
        let reply = try client.request("textDocument/documentSymbol", client.document)
        let symbols = try #require(reply["result"] as? [[String: Any]])
        #expect(
            symbols.compactMap { $0["name"] as? String } == ["@alice", "video 42", "c", "acme", "winter"])
        #expect(symbols.compactMap { $0["kind"] as? Int } == [19, 14, 13, 23, 24])
    }

    @Test func formattingIsOneEditWithSparkFmtsLayout() throws {
        let client = try LSPClient.initialized()
        _ = try client.open("let x=42\ncampaign \"w\" by acme {\nvideo 1\n}")
        let reply = try client.request(
            "textDocument/formatting",
            client.document.merging(["options": ["tabSize": 2, "insertSpaces": true]]) { $1 })
        let edits = try #require(reply["result"] as? [[String: Any]])
        #expect(edits.count == 1)
        #expect(edits.first?["newText"] as? String == "let x = 42\ncampaign \"w\" by acme {\n  video 1\n}\n")
        #expect(end(of: try #require(edits.first))! == (3, 1))
    }

    @Test func formattingAFormattedOrBrokenDocumentChangesNothing() throws {
        let client = try LSPClient.initialized()
        _ = try client.open("now\n")
        #expect(
            (try client.request("textDocument/formatting", client.document)["result"] as? [Any])?.isEmpty
                == true)
        _ = try client.change("autorize  video 42\n")
        #expect(
            (try client.request("textDocument/formatting", client.document)["result"] as? [Any])?.isEmpty
                == true)
    }

    @Test func closingADocumentClearsItsDiagnostics() throws {
        let client = try LSPClient.initialized()
        _ = try client.open("autorize\n")
        let replies = try client.notify("textDocument/didClose", client.document)
        #expect(try LSPClient.diagnostics(in: replies).isEmpty)
        #expect(try client.request("textDocument/documentSymbol", client.document)["error"] != nil)
    }
}
