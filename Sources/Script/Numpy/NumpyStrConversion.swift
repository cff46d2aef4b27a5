import Autograd

/// Numbers made into str arrays: `a.astype(str)` and `np.array(v, dtype=str)` hold numpy's `str()`
/// of each element, with the `<U` width numpy gives the source type (the longest text any value of
/// it can have: 21 for int64, 3 for uint8, 32 for every float type, 5 for bool).
enum NumpyStrConversion {
    /// Whether a `dtype=` value asks for str (`str`, `np.str_`, `'U'`, `'str'`).
    static func isStr(_ v: Value) -> Bool {
        switch v {
        case .builtin(let b): return b.name == "str"
        case .string(let s): return s == "str" || s == "U" || s == "<U" || s == "unicode"
        case .object(let c as ClassObject): return c.name == "str_"
        case .object(is NumpyStrDType): return true
        default: return false
        }
    }

    /// numpy's `<U` width for a cast from `d` to str.
    static func width(_ d: DType) -> Int {
        switch d {
        case .bool: return 5
        case .int8: return 4
        case .uint8: return 3
        case .int16: return 6
        case .uint16: return 5
        case .int32: return 11
        case .uint32: return 10
        case .int64: return 21
        case .uint64: return 20
        case .float16, .float32, .float64: return 32
        }
    }

    /// Each element's numpy `str()`, in logical order.
    static func texts(_ t: Tensor) -> [String] {
        let flat = t.contiguousCopy()
        return (0..<t.numel).map { i in
            let one = (try? flat.reshape([t.numel]).select(dim: 0, index: i)) ?? flat
            return NumpyScalar(one).str()
        }
    }

    /// `a.astype(str)` of a numeric array.
    static func fromArray(_ t: Tensor, _ interp: Interpreter) -> NumpyStrArray {
        let s = NumpyStrArray(texts(t), shape: t.shape, width: width(t.dtype))
        s.table.scalarClass = StrTable.scalarClass(interp)
        return s
    }

    /// `np.array(v, dtype=str)`: an array or tensor as `astype(str)`; Python numbers as their `str()`,
    /// the width the longest text (numpy scalars count their type's width).
    static func fromValue(_ v: Value, _ interp: Interpreter) throws -> NumpyStrArray {
        if let s = try NumpyStrArray.from(v) {
            if s.table.scalarClass == nil { s.table.scalarClass = StrTable.scalarClass(interp) }
            return s
        }
        if let t = NumpyArrays.tensorOf(v) { return fromArray(t, interp) }
        if case .tensor(let t) = v { return fromArray(try NumpyArrays.fromTensor(t), interp) }
        var shape: [Int] = []
        var flat: [String] = []
        var width = 1
        func walk(_ x: Value, _ depth: Int) throws {
            switch x {
            case .list, .tuple:
                let items: [Value]
                if case .list(let l) = x { items = l.items } else if case .tuple(let tt) = x { items = tt } else { items = [] }
                if depth == shape.count { shape.append(items.count) } else if depth > shape.count || shape[depth] != items.count {
                    throw PyError(.value, "setting an array element with a sequence. The requested array has an inhomogeneous shape after \(depth) dimensions. The detected shape was \(NumpyIndexing.shapeText(Array(shape.prefix(depth)))) + inhomogeneous part.")
                }
                for item in items { try walk(item, depth + 1) }
            case .object(let s as NumpyScalar):
                let text = s.str()
                flat.append(text)
                width = max(width, text.count, Self.width(s.dtype))
            default:
                let text = try interp.str(x)
                flat.append(text)
                width = max(width, text.count)
            }
        }
        try walk(v, 0)
        let s = NumpyStrArray(flat, shape: shape, width: width)
        s.table.scalarClass = StrTable.scalarClass(interp)
        return s
    }
}
