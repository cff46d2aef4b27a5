import Autograd

/// The strings a str array's codes stand for; views of one array share it (so a write through
/// a view shows in the array it views).
final class StrTable {
    var strings: [String]
    /// `np.str_` (the bundled numpy/_core/_str_scalar.py), which one element is given as; set when
    /// an interpreter made the array.
    var scalarClass: ClassObject?
    init(_ strings: [String], scalarClass: ClassObject? = nil) {
        self.strings = strings
        self.scalarClass = scalarClass
    }

    /// `np.str_(s)`, or `s` itself without the class.
    func scalar(_ s: String) -> Value {
        guard let c = scalarClass, let interp = c.interpreter else { return .string(s) }
        var args = CallArgs([.string(s)], name: "str_")
        return (try? interp.instantiate(c, &args)) ?? .string(s)
    }

    /// `np.str_` in `interp` (loaded on first use).
    static func scalarClass(_ interp: Interpreter) -> ClassObject? {
        guard let mod = try? interp.library.load("numpy._core._str_scalar", interp),
              case .object(let c as ClassObject)? = mod.members["str_"] else { return nil }
        return c
    }

    /// The code of `s`, added to the table.
    func code(_ s: String) -> Int64 {
        strings.append(s)
        return Int64(strings.count - 1)
    }
}

/// A numpy array of str (`dtype('<U5')`), as course code keeps class labels: creation from
/// lists, printing, indexing and assignment, comparisons, `np.unique`, `np.where`, `np.sort`.
/// The elements are int64 codes into a `StrTable` held in a tensor, so numpy's indexing, views,
/// reshaping and broadcasting work on them as on numbers; comparisons and sorting rank the strings
/// by code point, as numpy does.
final class NumpyStrArray: PyStrConvertible, PyNumeric, PySubscriptable, PyCollection {
    let codes: Tensor
    let table: StrTable
    /// The `<U` width: the longest string when made; longer strings assigned later are cut to it.
    let width: Int

    init(codes: Tensor, table: StrTable, width: Int) {
        self.codes = codes
        self.table = table
        self.width = width
        NDArray.leaveCompiledLoops()
    }

    /// A new array of `strings` laid out as `shape`.
    convenience init(_ strings: [String], shape: [Int], width: Int? = nil) {
        let w = width ?? max(strings.map(\.count).max() ?? 1, 1)
        self.init(codes: Tensor(ints: (0..<strings.count).map(Int64.init), shape: shape), table: StrTable(strings), width: w)
    }

    /// The strings in logical order.
    var strings: [String] { codes.intValues().map { table.strings[Int($0)] } }

    var dtypeName: String { "<U\(width)" }
    var typeName: String { "numpy.ndarray" }

    // MARK: - Creation

    /// The array `np.array(v)` makes when `v` is strings (a str, or nested lists/tuples of them);
    /// nil when `v` holds no strings. Mixing strings and numbers is refused by name.
    static func from(_ value: Value) throws -> NumpyStrArray? {
        // np.str_ elements are str subclass instances: their payload is the str.
        let v = BuiltinSubclass.unwrap(value)
        switch v {
        case .object(let a as NumpyStrArray):
            let copy = NumpyStrArray(a.strings, shape: a.codes.shape, width: a.width)
            copy.table.scalarClass = a.table.scalarClass
            return copy
        case .string(let s): return NumpyStrArray([s], shape: [])
        case .list, .tuple: break
        default: return nil
        }
        var hasString = false, hasOther = false
        func scan(_ v: Value) {
            switch BuiltinSubclass.unwrap(v) {
            case .list(let l): l.items.forEach(scan)
            case .tuple(let t): t.forEach(scan)
            case .string: hasString = true
            default: hasOther = true
            }
        }
        scan(v)
        guard hasString else { return nil }
        if hasOther {
            throw PyError(.notImplemented, "numpy arrays mixing str and other values are not supported by gradstep (numpy would turn every element into a str)")
        }
        var shape: [Int] = []
        var flat: [String] = []
        func walk(_ v: Value, _ depth: Int) throws {
            let items: [Value]
            switch BuiltinSubclass.unwrap(v) {
            case .list(let l): items = l.items
            case .tuple(let t): items = t
            case .string(let s):
                guard depth == shape.count else { throw ragged(depth) }
                flat.append(s)
                return
            default: return
            }
            if depth == shape.count { shape.append(items.count) } else if depth > shape.count || shape[depth] != items.count { throw ragged(depth) }
            for item in items { try walk(item, depth + 1) }
        }
        func ragged(_ depth: Int) -> PyError {
            PyError(.value, "setting an array element with a sequence. The requested array has an inhomogeneous shape after \(depth) dimensions. The detected shape was \(NumpyIndexing.shapeText(Array(shape.prefix(depth)))) + inhomogeneous part.")
        }
        try walk(v, 0)
        return NumpyStrArray(flat, shape: shape)
    }

    /// The array for a result tensor of codes (a numpy scalar of a code is the string itself).
    func wrap(_ result: Value) -> Value {
        switch result {
        case .object(let s as NumpyScalar): return table.scalar(table.strings[Int(s.tensor.intValues()[0])])
        case .object(let a as NDArray): return .object(NumpyStrArray(codes: a.tensor, table: table, width: width))
        default: return result
        }
    }

    // MARK: - Printing

    func str() -> String {
        if codes.dim == 0 { return strings.first ?? "" }
        return array2string(separator: " ", prefix: "")
    }

    func repr() -> String {
        let prefix = "array("
        let body = codes.numel == 0 ? "[]" : array2string(separator: ", ", prefix: prefix)
        var extras: [String] = []
        if (codes.numel == 0 && codes.shape != [0]) || codes.numel > TorchSettings.arrayPrintOptions.threshold {
            extras.append("shape=" + Repr.repr(.tuple(codes.shape.map { .int($0) })))
        }
        extras.append("dtype='\(dtypeName)'")
        let arrStr = prefix + body + ","
        let extraStr = extras.joined(separator: ", ") + ")"
        let lastLine = arrStr.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? arrStr
        let spacer = lastLine.count + extraStr.count + 1 > TorchSettings.arrayPrintOptions.lineWidth ? "\n" + String(repeating: " ", count: prefix.count) : " "
        return arrStr + spacer + extraStr
    }

    /// numpy's `array2string` for str elements: each element as its repr, no padding.
    private func array2string(separator: String, prefix: String) -> String {
        let options = TorchSettings.arrayPrintOptions
        if codes.numel == 0 { return "[]" }
        let values = strings
        let flat = ArrayPrint.Elements(Tensor(ints: (0..<values.count).map(Int64.init), shape: codes.shape))
        let summarise = codes.numel > options.threshold
        return ArrayPrint.formatArray(flat, { Repr.repr(.string(values[$0])) }, lineWidth: options.lineWidth - (prefix.isEmpty ? 0 : 1),
                                      nextLinePrefix: " " + String(repeating: " ", count: prefix.count), separator: separator,
                                      edgeItems: options.edgeItems, summaryInsert: summarise ? "..." : "")
    }

    // MARK: - Attributes

    /// Methods that only move elements: run on the codes.
    static let structural: Set<String> = ["reshape", "ravel", "flatten", "copy", "transpose", "squeeze", "swapaxes"]

    var attributeNames: [String] { (["T", "dtype", "itemsize", "nbytes", "ndim", "shape", "size", "tolist", "item"] + NumpyStrArray.structural).sorted() }

    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "shape": return NDArrayMethods.shapeValue(codes.shape)
        case "ndim": return .int(codes.dim)
        case "size": return .int(codes.numel)
        case "dtype": return .object(NumpyStrDType(width: width))
        case "itemsize": return .int(4 * width)
        case "nbytes": return .int(4 * width * codes.numel)
        case "T": return wrap(try NDArrayMethods.get(NDArray(codes), "T", interpreter) ?? .none)
        case "tolist": return .builtin(Builtin(name) { _, _ in self.toList() })
        case "item":
            return .builtin(Builtin(name) { args, interp in
                if args.positional.isEmpty {
                    guard self.codes.numel == 1 else { throw PyError(.value, "can only convert an array of size 1 to a Python scalar") }
                    return .string(self.strings[0])  // item() gives a Python str
                }
                let one = try NumpyIndexing.get(self.codes, args.positional.count == 1 ? args.positional[0] : .tuple(args.positional))
                guard case .object(let code as NumpyScalar) = one else { throw PyError(.value, "can only convert an array of size 1 to a Python scalar") }
                return .string(self.table.strings[Int(code.tensor.intValues()[0])])
            })
        default:
            guard NumpyStrArray.structural.contains(name), let m = NDArrayMethods.methods[name] else { return nil }
            return .builtin(Builtin(name) { args, interp in
                var args = args
                args.name = name
                return self.wrap(try m(self.codes, &args, interp))
            })
        }
    }

    func toList() -> Value {
        let table = table
        func map(_ v: Value) -> Value {
            switch v {
            case .list(let l): return .list(ListBox(l.items.map(map)))
            case .int(let i): return .string(table.strings[i])
            default: return v
            }
        }
        return map(NDArrayMethods.toList(codes))
    }

    // MARK: - Sequence

    var items: [Value] {
        guard codes.dim > 0, let rows = try? codes.unbind(0) else { return [] }
        return rows.map { wrap(NDArray.result($0)) }
    }

    func item(_ index: Value, _ interp: Interpreter) throws -> Value {
        wrap(try NumpyIndexing.get(codes, index))
    }

    func setItem(_ index: Value, _ value: Value, _ interp: Interpreter) throws {
        let source: Value
        if case .string(let s) = BuiltinSubclass.unwrap(value) {
            source = .int(Int(table.code(String(s.prefix(width)))))
        } else if let s = try NumpyStrArray.from(value) {
            let newCodes = s.strings.map { table.code(String($0.prefix(width))) }
            source = .object(NDArray(Tensor(ints: newCodes, shape: s.codes.shape)))
        } else {
            throw PyError(.notImplemented, "assigning \(value.typeName) values into a numpy str array is not supported by gradstep")
        }
        try NumpyIndexing.set(codes, index, source, interp)
    }

    // MARK: - Comparisons

    /// `a` and `b` (str arrays or strs) as int64 arrays of the strings' ranks in code-point order,
    /// so numpy's comparisons and broadcasting apply to them; nil when either is not strings.
    static func ranked(_ a: Value, _ b: Value) throws -> (Value, Value)? {
        func parts(_ v: Value) throws -> (strings: [String], shape: [Int])? {
            if case .string(let s) = BuiltinSubclass.unwrap(v) { return ([s], []) }
            guard let arr = try from(v) else { return nil }
            return (arr.strings, arr.codes.shape)
        }
        guard let x = try parts(a), let y = try parts(b) else { return nil }
        let order = Array(Set(x.strings + y.strings)).sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, Int64($0)) })
        func array(_ p: (strings: [String], shape: [Int])) -> Value {
            let t = Tensor(ints: p.strings.map { rank[$0] ?? 0 }, shape: p.shape)
            return p.shape.isEmpty ? .object(NumpyScalar(t)) : .object(NDArray(t))
        }
        return (array(x), array(y))
    }

    func compare(_ op: ComparisonOperator, _ other: Value, reflected: Bool) throws -> Value? {
        let (l, r) = reflected ? (other, Value.object(self)) : (Value.object(self), other)
        guard let (x, y) = try NumpyStrArray.ranked(l, r) else {
            // A str array equals no number (numpy compares them elementwise as unequal).
            guard op == .equal || op == .notEqual else { return nil }
            return NDArray.result(Tensor(ints: [Int64](repeating: op == .equal ? 0 : 1, count: codes.numel), shape: codes.shape, dtype: .bool))
        }
        return try NumpyMath.compare(op, x, y)
    }

    /// A number (or numeric array) with a str array: numpy has no such loop.
    func binary(_ op: BinaryOperator, _ other: Value, reflected: Bool, _ interp: Interpreter) throws -> Value? {
        guard op != .matrixMultiply, let o = NumpyExceptions.operandDtype(other) else { return nil }
        let name = NumpyMath.ufuncName(op)
        throw NumpyExceptions.noLoop(name, reflected ? [o, dtypeName] : [dtypeName, o])
    }
    func unary(_ op: UnaryOperator) throws -> Value {
        throw PyError(.notImplemented, "arithmetic on numpy str arrays is not supported by gradstep")
    }
    func inPlace(_ op: BinaryOperator, _ other: Value, _ interp: Interpreter) throws -> Value? { nil }
    func absolute() throws -> Value {
        throw PyError(.notImplemented, "arithmetic on numpy str arrays is not supported by gradstep")
    }
    func truthy() throws -> Bool {
        if codes.numel == 1 { return !(strings.first ?? "").isEmpty }
        if codes.numel == 0 { return false }
        throw PyError(.value, "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
    }
    func number() throws -> Scalar {
        guard codes.dim == 0 else { throw PyError(.type, "only 0-dimensional arrays can be converted to Python scalars") }
        throw PyError(.value, "could not convert string to float: \(Repr.repr(.string(strings.first ?? "")))")
    }

    // MARK: - numpy functions

    /// `np.unique` of strings: sorted by code point, with `return_index`, `return_inverse`, `return_counts`.
    static func unique(_ a: NumpyStrArray, _ args: CallArgs) throws -> Value {
        let values = a.strings
        let order = values.indices.sorted {
            values[$0] == values[$1] ? $0 < $1 : values[$0].unicodeScalars.lexicographicallyPrecedes(values[$1].unicodeScalars)
        }
        var keep: [Int] = [], counts: [Int64] = []
        var inverse = [Int64](repeating: 0, count: values.count)
        for i in order {
            if let last = keep.last, values[last] == values[i] { counts[counts.count - 1] += 1 } else { keep.append(i); counts.append(1) }
            inverse[i] = Int64(keep.count - 1)
        }
        let unique = NumpyStrArray(keep.map { values[$0] }, shape: [keep.count], width: a.width)
        unique.table.scalarClass = a.table.scalarClass
        let u = Value.object(unique)
        var out = [u]
        if try args.bool(nil, "return_index", default: false) { out.append(.object(NDArray(Tensor(ints: keep.map(Int64.init), shape: [keep.count])))) }
        if try args.bool(nil, "return_inverse", default: false) { out.append(.object(NDArray(Tensor(ints: inverse, shape: a.codes.shape)))) }
        if try args.bool(nil, "return_counts", default: false) { out.append(.object(NDArray(Tensor(ints: counts, shape: [counts.count])))) }
        return out.count == 1 ? u : .tuple(out)
    }

    /// `np.sort` of strings along the last axis (1-d arrays; sorted by code point).
    static func sort(_ a: NumpyStrArray) throws -> Value {
        guard a.codes.dim == 1 else { throw PyError(.notImplemented, "np.sort of a str array with more than one dimension is not supported by gradstep") }
        let sorted = a.strings.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        let out = NumpyStrArray(sorted, shape: a.codes.shape, width: a.width)
        out.table.scalarClass = a.table.scalarClass
        return .object(out)
    }

    /// `np.concatenate(arrays, axis=)` when the arrays are strings; nil when none is.
    static func concatenate(_ v: Value, axis: Value?) throws -> Value? {
        let items: [Value]
        switch v {
        case .list(let l): items = l.items
        case .tuple(let t): items = t
        default: return nil
        }
        let parts = try items.map { try from($0) }
        guard parts.contains(where: { $0 != nil }) else { return nil }
        let arrays = parts.compactMap { $0 }
        guard arrays.count == parts.count else {
            throw PyError(.notImplemented, "np.concatenate of str arrays with other arrays is not supported by gradstep")
        }
        var strings: [String] = []
        var tensors: [Tensor] = []
        for p in arrays {
            let base = strings.count
            strings += p.strings
            tensors.append(Tensor(ints: (0..<p.codes.numel).map { Int64(base + $0) }, shape: p.codes.shape))
        }
        let codes = try NumpyFunctions.concatenate(tensors, axis: axis)
        let table = StrTable(strings, scalarClass: arrays.first?.table.scalarClass)
        return .object(NumpyStrArray(codes: codes, table: table, width: arrays.map(\.width).max() ?? 1))
    }

    /// `np.where(cond, x, y)` when `x` or `y` is strings; nil otherwise.
    static func whereSelect(_ c: Value, _ x: Value, _ y: Value, _ interp: Interpreter) throws -> Value? {
        let xs = try from(x), ys = try from(y)
        guard let xs, let ys else {
            if xs != nil || ys != nil {
                throw PyError(.notImplemented, "np.where choosing between str and other values is not supported by gradstep")
            }
            return nil
        }
        let table = StrTable(xs.strings + ys.strings, scalarClass: StrTable.scalarClass(interp))
        let xc = Value.object(NDArray(Tensor(ints: (0..<xs.codes.numel).map(Int64.init), shape: xs.codes.shape)))
        let yc = Value.object(NDArray(Tensor(ints: (0..<ys.codes.numel).map { Int64(xs.codes.numel + $0) }, shape: ys.codes.shape)))
        let r = try NumpyFunctions.whereSelect(c, xc, yc)
        guard let t = NumpyArrays.tensorOf(r) else { return nil }
        return NumpyStrArray(codes: t, table: table, width: max(xs.width, ys.width)).wrap(r)
    }
}

/// The dtype of a str array: `dtype('<U5')`, printed `<U5`.
final class NumpyStrDType: PyStrConvertible {
    let width: Int
    init(width: Int) { self.width = width }
    var typeName: String { "numpy.dtypes.StrDType" }
    var attributeNames: [String] { ["itemsize", "kind", "name"] }
    func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "itemsize": return .int(4 * width)
        case "kind": return .string("U")
        case "name": return .string("str\(32 * width)")
        default: return nil
        }
    }
    func str() -> String { "<U\(width)" }
    func repr() -> String { "dtype('<U\(width)')" }
}
