import SparkBase
import SparkModel
import SparkSyntax

/// How values read in result lines.
enum Format {
    static func instant(_ instant: Instant) -> String { instant.description }

    /// `2026-12-01`, for suggestions in messages.
    static func date(_ seconds: Int64) -> String {
        String(Instant(seconds: seconds).description.prefix(10))
    }

    static func value(_ value: Value, in world: World) -> String {
        switch value {
        case .code(let text): world.code(text).map { "code \($0.masked)" } ?? "code \(CodeText.masked(text))"
        case .account(let handle): Handle(handle).description
        case .video(let id): "video \(id)"
        case .brand(let name): "brand \(name)"
        case .campaign(let name): "campaign \"\(name)\""
        case .integer(let number): String(number)
        case .money(let cents): Money(cents: cents).description
        case .timeSpan(let span): "\(span.amount)\(span.unit.rawValue)"
        case .instant(let seconds): Instant(seconds: seconds).description
        case .string(let text): "\"\(text)\""
        case .list(let values): "[" + values.map { Format.value($0, in: world) }.joined(separator: ", ") + "]"
        case .nothing: "nothing"
        }
    }

    /// `12 days 4 hours`, `3 hours`, `expired`.
    static func remaining(from now: Instant, to end: Instant) -> String {
        let seconds = end.seconds - now.seconds
        guard seconds > 0 else { return "none left" }
        let days = seconds / 86_400
        let hours = seconds % 86_400 / 3_600
        if days > 0 { return hours > 0 ? "\(days)d \(hours)h left" : "\(days)d left" }
        let minutes = seconds % 3_600 / 60
        return hours > 0 ? "\(hours)h \(minutes)m left" : "\(minutes)m left"
    }

    /// 12345 → `12,345`.
    static func count(_ number: Int64) -> String { DigitGrouping.grouped(number) }
}

/// A plain text table: columns padded to their widest cell, two spaces apart.
struct TextTable {
    private var rows: [[String]]

    init(_ headers: [String]) { rows = [headers] }

    mutating func add(_ cells: [String]) { rows.append(cells) }

    var isEmpty: Bool { rows.count <= 1 }

    var text: String {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        return rows.map { row in
            var line = ""
            for (index, cell) in row.enumerated() {
                line += cell
                if index < row.count - 1 {
                    line += String(repeating: " ", count: widths[index] - cell.count + 2)
                }
            }
            return line
        }.joined(separator: "\n")
    }
}
