import Foundation
/// A bar chart drawn on the server as inline SVG, so the dashboard needs no charting script.
/// Bars may be stacked (one series per layer, e.g. alert severities); colours come from CSS classes.
struct BarChart {
    struct Series {
        var name: String
        /// CSS class of the series' bars (`sev-high`, `events`, ...).
        var cssClass: String
        var values: [Int]
    }

    var labels: [String]
    var series: [Series]
    var width = 720.0
    var height = 180.0
    /// Label every n-th bar (axis labels would collide otherwise).
    var labelEvery = 1
    var title: String

    var svg: String {
        let count = max(1, labels.count)
        let totals = (0..<labels.count).map { i in series.reduce(0) { $0 + ($1.values.indices.contains(i) ? $1.values[i] : 0) } }
        let top = Self.niceCeiling(totals.max() ?? 0)
        let left = 40.0, bottom = 22.0, plotHeight = height - bottom - 8, plotWidth = width - left - 4
        let slot = plotWidth / Double(count), bar = max(1, slot * 0.8)
        var out = "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(Self.escape(title))\">"
        out += "<title>\(Self.escape(title))</title>"
        for fraction in [0.0, 0.5, 1.0] {
            let y = 8 + plotHeight * (1 - fraction)
            out += "<line class=\"grid\" x1=\"\(left)\" x2=\"\(width - 4)\" y1=\"\(Self.f(y))\" y2=\"\(Self.f(y))\"/>"
            out += "<text class=\"axis\" x=\"\(left - 4)\" y=\"\(Self.f(y + 4))\" text-anchor=\"end\">\(Int(Double(top) * fraction))</text>"
        }
        for i in 0..<labels.count {
            var base = 8 + plotHeight
            let x = left + Double(i) * slot + (slot - bar) / 2
            for s in series where s.values.indices.contains(i) && s.values[i] > 0 {
                let h = plotHeight * Double(s.values[i]) / Double(max(1, top))
                base -= h
                out += "<rect class=\"\(s.cssClass)\" x=\"\(Self.f(x))\" y=\"\(Self.f(base))\" width=\"\(Self.f(bar))\" height=\"\(Self.f(h))\">"
                out += "<title>\(Self.escape(labels[i])): \(s.values[i]) \(Self.escape(s.name))</title></rect>"
            }
            if i % max(1, labelEvery) == 0 {
                out += "<text class=\"axis\" x=\"\(Self.f(x + bar / 2))\" y=\"\(Self.f(height - 6))\" text-anchor=\"middle\">\(Self.escape(labels[i]))</text>"
            }
        }
        return out + "</svg>"
    }

    /// 1, 2 or 5 times a power of ten, at least `n` (and at least 1).
    static func niceCeiling(_ n: Int) -> Int {
        var step = 1
        while true {
            for m in [1, 2, 5] where m * step >= n { return max(1, m * step) }
            step *= 10
        }
    }

    static func f(_ v: Double) -> String { String(Double(Int(v * 10)) / 10) }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
