/// Number and column formatting shared by the benchmarks, without Foundation.
enum BenchText {
    /// `value` with `decimals` digits after the point.
    static func fixed(_ value: Double, _ decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int64(max(value, 0) * scale + 0.5)
        let whole = scaled / Int64(scale)
        guard decimals > 0 else { return "\(whole)" }
        let fraction = String(scaled % Int64(scale))
        return "\(whole)." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }

    /// `text` padded with spaces to `width`, and at least one space after it.
    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
