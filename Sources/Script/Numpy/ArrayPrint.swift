import Autograd

/// numpy's arrayprint.py (`array_str`, `array_repr`, `array2string`, `_formatArray`) for ndarrays of
/// gradstep's five element types, with numpy 2's defaults (`legacy=False`).
enum ArrayPrint {
    /// The elements of an array in logical order, as the formatters read them.
    struct Elements {
        let shape: [Int]
        let dtype: DType
        let doubles: [Double]
        let ints: [Int64]

        init(_ t: Tensor) {
            shape = t.shape
            dtype = t.dtype
            doubles = t.dtype.isFloatingPoint ? t.doubleValues() : []
            ints = t.dtype.isFloatingPoint ? [] : t.intValues()
            // uint64 elements are bit patterns; their values print through `NumpyDType.intText`.
        }

        var count: Int { dtype.isFloatingPoint ? doubles.count : ints.count }

        func flatIndex(_ index: [Int]) -> Int {
            var flat = 0
            for (d, i) in index.enumerated() { flat = flat * shape[d] + (i < 0 ? i + shape[d] : i) }
            return flat
        }

        /// The flat positions `_leading_trailing` keeps when summarising (the corners of each axis).
        func leadingTrailing(_ edge: Int) -> [Int] {
            var out: [Int] = []
            func walk(_ index: [Int]) {
                let axis = index.count
                if axis == shape.count { out.append(flatIndex(index)); return }
                let n = shape[axis]
                if n > 2 * edge {
                    for i in 0..<edge { walk(index + [i]) }
                    for i in (n - edge)..<n { walk(index + [i]) }
                } else {
                    for i in 0..<n { walk(index + [i]) }
                }
            }
            walk([])
            return out
        }
    }

    /// `str(a)` (`array_str`): a 0-d array prints as its scalar.
    static func str(_ t: Tensor) -> String {
        if t.dim == 0 { return NumpyScalar(tensor: t).str() }
        return array2string(t, separator: " ", prefix: "", suffix: "")
    }

    /// `repr(a)` (`array_repr`): `array([...], dtype=float32)` with numpy's rules for the extras.
    static func repr(_ t: Tensor) -> String {
        let options = TorchSettings.arrayPrintOptions
        let prefix = "array("
        let body = array2string(t, separator: ", ", prefix: prefix, suffix: ")")
        var extras: [String] = []
        if (t.numel == 0 && t.shape != [0]) || t.numel > options.threshold {
            extras.append("shape=" + Repr.repr(.tuple(t.shape.map { .int($0) })))
        }
        let implied = t.dtype == .float64 || t.dtype == .int64 || t.dtype == .bool
        if !implied || t.numel == 0 { extras.append("dtype=" + NumpyDType.name(t.dtype)) }
        if extras.isEmpty { return prefix + body + ")" }
        let arrStr = prefix + body + ","
        let extraStr = extras.joined(separator: ", ") + ")"
        let lastLineLength = arrStr.count - ((arrStr.lastIndex(of: "\n").map { arrStr.distance(from: arrStr.startIndex, to: $0) + 1 }) ?? 0)
        let spacer = lastLineLength + extraStr.count + 1 > options.lineWidth ? "\n" + String(repeating: " ", count: prefix.count) : " "
        return arrStr + spacer + extraStr
    }

    /// `np.array2string(a, separator=, prefix=, suffix=)`.
    static func array2string(_ t: Tensor, separator: String, prefix: String, suffix: String) -> String {
        let options = TorchSettings.arrayPrintOptions
        let lineWidth = options.lineWidth - suffix.count
        if t.numel == 0 { return "[]" }
        let data = Elements(t)
        let summarise = t.numel > options.threshold
        let formatData = summarise ? data.leadingTrailing(options.edgeItems) : Array(0..<data.count)
        let format = formatter(data, formatData, options)
        let nextLinePrefix = " " + String(repeating: " ", count: prefix.count)
        return formatArray(data, format, lineWidth: lineWidth, nextLinePrefix: nextLinePrefix, separator: separator,
                           edgeItems: options.edgeItems, summaryInsert: summarise ? "..." : "")
    }

    /// `_get_format_function`: the element formatter for the dtype, sized from `positions`.
    static func formatter(_ data: Elements, _ positions: [Int], _ options: ArrayPrintOptions) -> (Int) -> String {
        switch data.dtype {
        case .bool:
            let trueText = data.shape.isEmpty ? "True" : " True"
            return { data.ints[$0] != 0 ? trueText : "False" }
        case .float32, .float64, .float16:
            let f = FloatingFormat(positions.map { data.doubles[$0] }, isFloat32: data.dtype == .float32, options, isHalf: data.dtype == .float16)
            return { f.format(data.doubles[$0]) }
        default:
            let dtype = data.dtype
            // Widths come from the extremes' texts (uint64 compares unsigned).
            let values = positions.map { data.ints[$0] }
            var width = 0
            let (mx, mn) = dtype == .uint64 ? (values.max { UInt64(bitPattern: $0) < UInt64(bitPattern: $1) }, values.min { UInt64(bitPattern: $0) < UInt64(bitPattern: $1) }) : (values.max(), values.min())
            if let mx, let mn {
                var maxLength = NumpyDType.intText(mx, dtype).count
                if (mx >= 0 || dtype == .uint64) && (options.sign == "+" || options.sign == " ") { maxLength += 1 }
                width = max(maxLength, NumpyDType.intText(mn, dtype).count)
            }
            let sign = options.sign
            return { i in
                let v = data.ints[i]
                var s = NumpyDType.intText(v, dtype)
                let nonNegative = v >= 0 || dtype == .uint64
                if nonNegative && sign == "+" { s = "+" + s } else if nonNegative && sign == " " { s = " " + s }
                return s.count < width ? String(repeating: " ", count: width - s.count) + s : s
            }
        }
    }

    private static func extendLine(_ s: inout String, _ line: inout String, _ word: String, _ lineWidth: Int, _ nextLinePrefix: String) {
        var needsWrap = line.count + word.count > lineWidth
        if line.count <= nextLinePrefix.count { needsWrap = false }
        if needsWrap {
            s += rstrip(line) + "\n"
            line = nextLinePrefix
        }
        line += word
    }

    private static func rstrip(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }

    /// `_formatArray` with `legacy=False`.
    static func formatArray(_ a: Elements, _ format: (Int) -> String, lineWidth: Int, nextLinePrefix: String,
                            separator: String, edgeItems: Int, summaryInsert: String) -> String {
        let sepStripped = rstrip(separator)
        func recurse(_ index: [Int], _ hangingIndent: String, _ currentWidth: Int) -> String {
            let axis = index.count
            let axesLeft = a.shape.count - axis
            if axesLeft == 0 { return format(a.flatIndex(index)) }
            let nextHangingIndent = hangingIndent + " "
            let nextWidth = currentWidth - 1
            let length = a.shape[axis]
            let showSummary = !summaryInsert.isEmpty && 2 * edgeItems < length
            let leading = showSummary ? edgeItems : 0
            let trailing = showSummary ? edgeItems : length
            var s = ""
            if axesLeft == 1 {
                let elemWidth = currentWidth - max(sepStripped.count, 1)
                var line = hangingIndent
                for i in 0..<leading {
                    extendLine(&s, &line, recurse(index + [i], nextHangingIndent, nextWidth), elemWidth, hangingIndent)
                    line += separator
                }
                if showSummary {
                    extendLine(&s, &line, summaryInsert, elemWidth, hangingIndent)
                    line += separator
                }
                var i = trailing
                while i > 1 {
                    extendLine(&s, &line, recurse(index + [-i], nextHangingIndent, nextWidth), elemWidth, hangingIndent)
                    line += separator
                    i -= 1
                }
                extendLine(&s, &line, recurse(index + [-1], nextHangingIndent, nextWidth), elemWidth, hangingIndent)
                s += line
            } else {
                let lineSep = sepStripped + String(repeating: "\n", count: axesLeft - 1)
                for i in 0..<leading { s += hangingIndent + recurse(index + [i], nextHangingIndent, nextWidth) + lineSep }
                if showSummary { s += hangingIndent + summaryInsert + lineSep }
                var i = trailing
                while i > 1 {
                    s += hangingIndent + recurse(index + [-i], nextHangingIndent, nextWidth) + lineSep
                    i -= 1
                }
                s += hangingIndent + recurse(index + [-1], nextHangingIndent, nextWidth)
            }
            return "[" + String(s.dropFirst(hangingIndent.count)) + "]"
        }
        return recurse([], nextLinePrefix, lineWidth)
    }
}

/// arrayprint's `FloatingFormat` (floatmode `maxprec` by default): decides positional or
/// scientific layout and the paddings from every (shown) value, then formats each value alike.
struct FloatingFormat {
    var precision: Int?
    let floatMode: String
    let sign: Character
    var expFormat = false
    var padLeft = 0
    var padRight = 0
    var trim: Dragon4.Trim = .point
    var expSize = -1
    var minDigits = 0
    var unique = true
    let isFloat32: Bool
    let isHalf: Bool

    init(_ data: [Double], isFloat32: Bool, _ options: ArrayPrintOptions, isHalf: Bool = false) {
        floatMode = options.floatMode
        self.isFloat32 = isFloat32
        self.isHalf = isHalf
        sign = options.sign
        precision = floatMode == "unique" ? nil : options.precision
        let finite = data.filter { $0.isFinite }
        let nonZero = finite.filter { $0 != 0 }.map { Swift.abs($0) }
        if let maxVal = nonZero.max(), let minVal = nonZero.min() {
            // numpy 2 compares in the array's own type, with float16's cutoff at 1e3.
            let cutoff = isHalf ? 1e3 : isFloat32 ? 1e6 : 1e8
            let ratio = isHalf ? Double(Float16(maxVal) / Float16(minVal)) : isFloat32 ? Double(Float(maxVal) / Float(minVal)) : maxVal / minVal
            let small = isHalf ? Float16(minVal) < Float16(0.0001) : isFloat32 ? Float(minVal) < Float(0.0001) : minVal < 0.0001
            if maxVal >= cutoff || (!options.suppress && (small || ratio > 1000)) { expFormat = true }
        }
        unique = floatMode != "fixed"
        if finite.isEmpty {
            padLeft = 0; padRight = 0; trim = .point; expSize = -1; minDigits = 0
        } else if expFormat {
            let strs = finite.map {
                Dragon4(value: $0, isFloat32: isFloat32, isHalf: isHalf).scientific(precision: precision, unique: unique, trim: unique ? .point : .keep, sign: sign == "+")
            }
            var fracMax = 0, intMax = 0, expMax = 0
            for s in strs {
                let (mant, exp) = s.partitioned(at: "e")
                let (whole, frac) = String(mant).partitioned(at: ".")
                fracMax = max(fracMax, frac.count); intMax = max(intMax, whole.count); expMax = max(expMax, exp.count)
            }
            expSize = expMax - 1
            trim = .keep
            precision = fracMax
            minDigits = fracMax
            padLeft = intMax
            padRight = expSize + 2 + fracMax
        } else {
            let strs = finite.map {
                Dragon4(value: $0, isFloat32: isFloat32, isHalf: isHalf).positional(precision: precision, unique: unique, trim: unique ? .point : .keep, sign: sign == "+")
            }
            var fracMax = 0, intMax = 0
            for s in strs {
                let (whole, frac) = s.partitioned(at: ".")
                intMax = max(intMax, whole.count); fracMax = max(fracMax, frac.count)
            }
            padLeft = intMax
            padRight = fracMax
            expSize = -1
            if floatMode == "fixed" || floatMode == "maxprec_equal" {
                precision = padRight; minDigits = padRight; trim = .keep
            } else {
                trim = .point; minDigits = 0
            }
        }
        if sign == " " && !finite.contains(where: { $0.sign == .minus }) { padLeft += 1 }
        if data.count != finite.count {
            let negInf = sign != "-" || data.contains { $0.isInfinite && $0 < 0 }
            let offset = padRight + 1
            padLeft = max(padLeft, 3 - offset, 3 + (negInf ? 1 : 0) - offset)
        }
    }

    func format(_ x: Double) -> String {
        if !x.isFinite {
            let ret: String
            if x.isNaN { ret = (sign == "+" ? "+" : "") + "nan" } else { ret = (x < 0 ? "-" : (sign == "+" ? "+" : "")) + "inf" }
            let width = padLeft + padRight + 1
            return ret.count < width ? String(repeating: " ", count: width - ret.count) + ret : ret
        }
        let d = Dragon4(value: x, isFloat32: isFloat32, isHalf: isHalf)
        if expFormat {
            return d.scientific(precision: precision, minDigits: minDigits, unique: unique, trim: trim, sign: sign == "+",
                                padLeft: padLeft, expDigits: expSize)
        }
        return d.positional(precision: precision, minDigits: minDigits, unique: unique, trim: trim, sign: sign == "+",
                            padLeft: padLeft, padRight: padRight)
    }
}

extension String {
    /// Python's `s.partition(sep)` without the separator: the text before and after its first occurrence.
    func partitioned(at separator: Character) -> (Substring, Substring) {
        guard let i = firstIndex(of: separator) else { return (self[...], ""[...]) }
        return (self[startIndex..<i], self[index(after: i)...])
    }
}
