/// A port of PyTorch's `_Formatter`: decides, from the (possibly summarized) elements,
/// between integer mode (`1.`), fixed (`0.5000`) and scientific (`1.0000e-05`) notation,
/// and the common width every element is right-aligned to.
struct TensorElementFormatter: Sendable {
    enum Kind: Sendable { case floating, integer, boolean }

    let kind: Kind
    private(set) var intMode = true
    private(set) var sciMode = false
    private(set) var maxWidth = 1
    let precision: Int

    /// Builds the formatter from the elements PyTorch inspects (all of them, or the
    /// summarized ones when the tensor is summarized).
    init(values: TensorValues, indices: [Int], options: TensorPrintOptions) {
        precision = Swift.max(0, options.precision)
        switch values {
        case .int(let elements):
            kind = .integer
            for index in indices where elements.indices.contains(index) {
                maxWidth = Swift.max(maxWidth, String(elements[index]).count)
            }
        case .bool(let elements):
            kind = .boolean
            for index in indices where elements.indices.contains(index) {
                maxWidth = Swift.max(maxWidth, elements[index] ? 4 : 5)
            }
        case .float(let elements):
            kind = .floating
            var nonzeroFinite: [Double] = []
            for index in indices where elements.indices.contains(index) {
                let value = elements[index]
                if value.isFinite && value != 0 { nonzeroFinite.append(Double(value)) }
            }
            if !nonzeroFinite.isEmpty {
                configure(nonzeroFinite)
            }
        case .double(let elements):
            kind = .floating
            var nonzeroFinite: [Double] = []
            for index in indices where elements.indices.contains(index) {
                let value = elements[index]
                if value.isFinite && value != 0 { nonzeroFinite.append(value) }
            }
            if !nonzeroFinite.isEmpty {
                configure(nonzeroFinite)
            }
        }
        if let forced = options.sciMode, kind == .floating {
            sciMode = forced
        }
    }

    private mutating func configure(_ values: [Double]) {
        var minimum = Double.infinity
        var maximum = 0.0
        for value in values {
            let magnitude = Swift.abs(value)
            minimum = Swift.min(minimum, magnitude)
            maximum = Swift.max(maximum, magnitude)
            if value != value.rounded(.up) { intMode = false }
        }
        let ratioOrSize = maximum / minimum > 1000.0 || maximum > 1.0e8
        let digits = precision
        let widest: Int
        if intMode {
            if ratioOrSize {
                sciMode = true
                widest = Self.widest(values) { Self.exponentText($0, digits) }
            } else {
                widest = Self.widest(values) { Self.fixedText($0, places: 0) + "." }
            }
        } else if ratioOrSize || minimum < 1.0e-4 {
            sciMode = true
            widest = Self.widest(values) { Self.exponentText($0, digits) }
        } else {
            widest = Self.widest(values) { Self.fixedText($0, places: digits) }
        }
        maxWidth = Swift.max(maxWidth, widest)
    }

    private static func widest(_ values: [Double], _ text: (Double) -> String) -> Int {
        values.reduce(0) { Swift.max($0, text($1).count) }
    }

    private static func exponentText(_ value: Double, _ precision: Int) -> String {
        FloatLayout.layout(value, conversion: .exponent, precision: precision)
    }

    private static func fixedText(_ value: Double, places: Int) -> String {
        FloatLayout.layout(value, conversion: .fixed, precision: places)
    }

    /// The common element width.
    var width: Int { maxWidth }

    /// One element, right-aligned to `width` (longer texts are left as they are).
    func format(_ values: TensorValues, at index: Int) -> String {
        let text: String
        switch values {
        case .int(let elements):
            text = elements.indices.contains(index) ? String(elements[index]) : "?"
        case .bool(let elements):
            text = elements.indices.contains(index) ? (elements[index] ? "True" : "False") : "?"
        case .float(let elements):
            guard elements.indices.contains(index) else { return "?" }
            text = formatFloat(Double(elements[index]))
        case .double(let elements):
            guard elements.indices.contains(index) else { return "?" }
            text = formatFloat(elements[index])
        }
        return padded(text)
    }

    private func formatFloat(_ value: Double) -> String {
        if sciMode {
            return padded(Self.exponentText(value, precision))
        }
        if intMode {
            let text = Self.fixedText(value, places: 0)
            return value.isFinite ? text + "." : text
        }
        return Self.fixedText(value, places: precision)
    }

    private func padded(_ text: String) -> String {
        let padding = maxWidth - text.count
        return padding > 0 ? String(repeating: " ", count: padding) + text : text
    }
}
