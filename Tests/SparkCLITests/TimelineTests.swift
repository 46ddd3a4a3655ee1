import Foundation
import Testing

/// `spark run --timeline FILE.svg`: valid, deterministic, accessible SVG that renders.
@Suite struct TimelineTests {
    static let script = """
        creator @alice
        enable ad authorization for @alice
        post video 42 by @alice "Winter haul"
        let c = authorize video 42 for 7d
        brand acme
        redeem c as acme
        extend c by 30d
        campaign "winter" by acme {
          video 42
          budget $100 daily
          schedule 2026-01-02 to 2026-01-20
          url "https://acme.example"
          cta "Shop now"
        }
        publish "winter"
        advance 3d
        pause "winter"
        advance 1d
        resume "winter"
        let d = authorize video 42 for 7d
        advance to 2026-01-25
        turn off ad authorization for video 42
        advance 40d

        """

    func draw(_ directory: ScratchDirectory, name: String = "timeline.svg") throws -> String {
        let script = try directory.write("story.spark", Self.script)
        let svg = directory.url.appendingPathComponent(name)
        let result = try SparkBinary.run(["run", "--quiet", "--timeline", svg.path, script.path])
        #expect(result.status == 0, "\(result.stderr)")
        return try String(contentsOf: svg, encoding: .utf8)
    }

    @Test func drawsALanePerCodeAndCampaignWithTheirMarks() throws {
        let directory = try ScratchDirectory()
        let svg = try draw(directory)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("<title id=\"timeline-title\">"))
        #expect(svg.contains("2 codes and 1 campaign, 2026-01-01 to"))
        #expect(svg.contains(">campaign winter</text>"))
        #expect(svg.contains("acme redeemed code"))
        #expect(svg.contains("extended by 30 days"))
        #expect(svg.contains("campaign winter paused"))
        #expect(svg.contains("campaign winter resumed"))
        #expect(svg.contains("Ad authorization off: the code does not work"))
        #expect(svg.contains("campaign winter completed its schedule"))
        #expect(svg.contains("2026-01-01</text>"))
        // No code is printed whole: they are secrets.
        #expect(svg.components(separatedBy: "code #").dropFirst().allSatisfy { $0.prefix(12).contains("…") })
        #expect(!svg.lowercased().contains("<script"))
        #expect(!svg.contains("javascript"))
    }

    @Test func everyMarkAndStretchHasATitle() throws {
        let directory = try ScratchDirectory()
        let svg = try draw(directory)
        let lines = svg.split(separator: "\n")
        for (index, line) in lines.enumerated() where line.hasPrefix("<circle") || line.hasPrefix("<path") {
            // A mark's `<g>` opens with its `<title>` just before the shape; the legend's are not marks.
            if lines[index - 1].hasPrefix("<title>") { continue }
            #expect(
                lines[index - 1].hasPrefix("<g aria-label=\"legend\">") || lines[index - 1].hasPrefix("<text")
            )
        }
        let bars = lines.filter { $0.hasPrefix("<rect") && $0.contains("height=\"16\"") }
        #expect(!bars.isEmpty)
        #expect(bars.allSatisfy { $0.contains("<title>") })
        let marks = lines.indices.filter {
            lines[$0].hasPrefix("<circle") && lines[$0 - 1].hasPrefix("<title>")
        }
        #expect(marks.count >= 8)
    }

    @Test func theSameScriptGivesTheSameBytes() throws {
        let directory = try ScratchDirectory()
        #expect(try draw(directory, name: "one.svg") == draw(directory, name: "two.svg"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint"), "needs xmllint"))
    func isWellFormedXML() throws {
        let directory = try ScratchDirectory()
        _ = try draw(directory)
        let lint = try TestReportTests.tool(
            "/usr/bin/xmllint", ["--noout", directory.url.appendingPathComponent("timeline.svg").path])
        #expect(lint.status == 0, "\(lint.output)")
    }

    @Test(
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: "/usr/bin/rsvg-convert"), "needs rsvg-convert"))
    func rendersToPNG() throws {
        let directory = try ScratchDirectory()
        _ = try draw(directory)
        let png = directory.url.appendingPathComponent("timeline.png")
        let render = try TestReportTests.tool(
            "/usr/bin/rsvg-convert",
            [directory.url.appendingPathComponent("timeline.svg").path, "-o", png.path])
        #expect(render.status == 0, "\(render.output)")
        let bytes = try Data(contentsOf: png)
        #expect(bytes.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(bytes.count > 10_000)
    }

    @Test func anUnwritablePathIsAnIOError() throws {
        let directory = try ScratchDirectory()
        let script = try directory.write("story.spark", "creator @alice\n")
        let result = try SparkBinary.run(["run", "--timeline", "/nonexistent/dir/t.svg", script.path])
        #expect(result.status == 74)
        #expect(result.stderr.contains("cannot write `/nonexistent/dir/t.svg`"))
    }
}
