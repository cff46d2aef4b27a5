import Foundation

extension SVGRenderer {
    /// An animation's frames as one SVG document that plays them in a loop (`anim.save('x.svg')`):
    /// every frame is a group shown only during its slot of the cycle (SMIL `animate` on
    /// `visibility`, discrete), so browsers play it without scripts. `interval` is seconds per frame.
    public static func renderAnimation(_ frames: [PlotFigure], interval: Double) -> String {
        guard let first = frames.first else { return render(PlotSpec()) }
        let single = first.panels.count == 1
        let (pw, ph) = single ? (640.0, 400.0) : (480.0, 320.0)
        let columns = max(1, min(first.columns, first.panels.count))
        let rows = max(1, min(first.rows, 64), (first.panels.count + columns - 1) / columns)
        let step = interval.isFinite && interval > 0 ? min(interval, 60) : 0.2
        let n = Double(frames.count)
        let duration = num(step * n)
        var body = ""
        for (f, figure) in frames.enumerated() {
            let start = num(Double(f) / n), end = num(Double(f + 1) / n)
            body += "<g visibility=\"hidden\">\n"
            body += "<animate attributeName=\"visibility\" values=\"hidden;visible;hidden\" keyTimes=\"0;\(start);\(end)\" "
                + "dur=\"\(duration)s\" calcMode=\"discrete\" repeatCount=\"indefinite\"/>\n"
            for (k, spec) in figure.panels.enumerated() {
                let x = Double(k % columns) * pw, y = Double(k / columns) * ph
                body += "<g transform=\"translate(\(num(x)),\(num(y)))\">\n"
                // Clip-path ids must be unique in the document: one per frame and panel.
                body += panel(spec, width: pw, height: ph, id: f * 64 + k)
                body += "</g>\n"
            }
            body += "</g>\n"
        }
        return document(width: pw * Double(columns), height: ph * Double(rows), body: body)
    }
}
