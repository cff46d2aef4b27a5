import Autograd

/// numpy's print-option functions: `set_printoptions`, `get_printoptions`, `array2string`,
/// `array_str`, `array_repr` (the options live in the interpreter's `TorchSettings`).
extension NumpyModule {
    /// Runs `body` with the print options `array2string`/`array_str`/`array_repr` were given
    /// (`max_line_width`, `precision`, `suppress_small`) in effect.
    static func withOptions(_ a: CallArgs, _ interp: Interpreter, lineWidthIndex: Int, _ body: () throws -> String) throws -> String {
        let saved = interp.torchSettings.arrayPrintOptions
        var o = saved
        if let v = a.value(lineWidthIndex, "max_line_width"), !v.isNone { o.lineWidth = try Convert.int(v) }
        if let v = a.value(lineWidthIndex + 1, "precision"), !v.isNone { o.precision = try Convert.int(v) }
        if let v = a.value(lineWidthIndex + 2, "suppress_small"), !v.isNone { o.suppress = try v.truthy() }
        if let v = a.value(nil, "threshold"), !v.isNone { o.threshold = try Convert.int(v) }
        if o.precision < 0 || o.lineWidth < 0 || o.threshold < 0 { throw PyError(.value, "print options must be >= 0") }
        interp.torchSettings.arrayPrintOptions = o
        defer { interp.torchSettings.arrayPrintOptions = saved }
        return try interp.torchSettings.withBound { try body() }
    }

    nonisolated(unsafe) static let printFunctions: [String: Fn] = [
            "array2string": { a, interp in
                let t = try NumpyFunctions.tensor(try a.required(0, "a"), "array2string")
                let separator = a.value(nil, "separator").map(Repr.str) ?? " "
                let prefix = a.value(nil, "prefix").map(Repr.str) ?? ""
                return .string(try withOptions(a, interp, lineWidthIndex: 1) {
                    ArrayPrint.array2string(t, separator: separator, prefix: prefix, suffix: "")
                })
            },
            "array_str": { a, interp in
                let t = try NumpyFunctions.tensor(try a.required(0, "a"), "array_str")
                return .string(try withOptions(a, interp, lineWidthIndex: 1) { ArrayPrint.str(t) })
            },
            "array_repr": { a, interp in
                let t = try NumpyFunctions.tensor(try a.required(0, "arr"), "array_repr")
                return .string(try withOptions(a, interp, lineWidthIndex: 1) { ArrayPrint.repr(t) })
            },
            "set_printoptions": { a, interp in
                var o = interp.torchSettings.arrayPrintOptions
                func nonNegative(_ v: Value, _ name: String) throws -> Int {
                    let i = try Convert.int(v, name: "set_printoptions", argument: name)
                    if i < 0 { throw PyError(.value, "\(name) must be >= 0") }
                    return i
                }
                if let v = a.value(0, "precision"), !v.isNone { o.precision = try nonNegative(v, "precision") }
                if let v = a.value(1, "threshold"), !v.isNone { o.threshold = try nonNegative(v, "threshold") }
                if let v = a.value(2, "edgeitems"), !v.isNone { o.edgeItems = try nonNegative(v, "edgeitems") }
                if let v = a.value(3, "linewidth"), !v.isNone { o.lineWidth = try nonNegative(v, "linewidth") }
                if let v = a.value(4, "suppress"), !v.isNone { o.suppress = try v.truthy() }
                if let v = a.value(nil, "floatmode"), case .string(let s) = v { o.floatMode = s }
                if let v = a.value(nil, "sign"), case .string(let s) = v, let c = s.first { o.sign = c }
                interp.torchSettings.arrayPrintOptions = o
                return .none
            },
            "get_printoptions": { _, interp in
                let o = interp.torchSettings.arrayPrintOptions
                return .dict(DictBox([
                    (.string("edgeitems"), .int(o.edgeItems)), (.string("threshold"), .int(o.threshold)),
                    (.string("floatmode"), .string(o.floatMode)), (.string("precision"), .int(o.precision)),
                    (.string("suppress"), .bool(o.suppress)), (.string("linewidth"), .int(o.lineWidth)),
                    (.string("nanstr"), .string("nan")), (.string("infstr"), .string("inf")),
                    (.string("sign"), .string(String(o.sign))), (.string("formatter"), .none),
                    (.string("legacy"), .bool(false)), (.string("override_repr"), .none),
                ]))
            },
    ]
}
