import Autograd
import Script

/// A session file is untrusted input (someone else may have written it): before anything of it is used,
/// every field is checked against the rules the language and PyTorch apply, and the recorded statements
/// may only define the model (assignments and `def`s whose defaults, decorators and annotations run no
/// code). The first violation refuses the whole file; the session is not touched.
extension SessionFile {
    func validate() throws {
        for v in variables {
            try Self.checkName(v.name, "variable")
            try Self.checkValue(v.value, tensorCount: tensors.count)
        }
        var seen = Set<String>()
        for v in variables where !seen.insert(v.name).inserted {
            throw SessionFileError("session file: variable \(Self.quoted(v.name)) appears twice")
        }
        for name in pinned { try Self.checkName(name, "pinned name") }
        if let loss = selectedLoss { try Self.checkName(loss, "loss name") }
        for name in skipped { try Self.checkName(name, "skipped name") }
        for (i, t) in tensors.enumerated() { try checkTensor(t, i) }
        for text in statements { try Self.checkStatement(text) }
    }

    /// A name a learner could have bound: an identifier that is not a keyword nor a built-in function
    /// (so a file cannot hide `print` or write terminal escapes through a name).
    static func checkName(_ name: String, _ what: String) throws {
        guard let module = try? Parser.parse(name), module.body.count == 1,
              case .expression(let e) = module.body[0].kind, case .name(let parsed) = e.kind, parsed == name else {
            throw SessionFileError("session file: \(what) \(quoted(name)) is not a Python identifier")
        }
        if PythonBuiltinNames.contains(name) {
            throw SessionFileError("session file: \(what) \(quoted(name)) would hide Python's built-in \(name)")
        }
    }

    private static func checkValue(_ v: ValueRecord, tensorCount: Int, depth: Int = 0) throws {
        guard depth < 64 else { throw SessionFileError("session file: a value is nested more than 64 levels deep") }
        switch v {
        case .none, .bool, .int, .string, .float: return
        case .bigInt(let digits):
            // Only what does not fit in 64 bits is stored as digits.
            let body = digits.hasPrefix("-") ? digits.dropFirst() : Substring(digits)
            guard !body.isEmpty, body.allSatisfy({ $0.isASCII && $0.isNumber }), !(body.count > 1 && body.first == "0"),
                  Int(digits) == nil else {
                throw SessionFileError("session file: \(quoted(digits)) is not a big integer")
            }
        case .tensor(let i):
            guard i >= 0 && i < tensorCount else { throw SessionFileError("session file: bad tensor reference \(i)") }
        case .list(let items), .tuple(let items):
            for x in items { try checkValue(x, tensorCount: tensorCount, depth: depth + 1) }
        case .dict(let pairs):
            for p in pairs {
                guard p.count == 2 else { throw SessionFileError("session file: a dict entry is not a key and a value") }
                for x in p { try checkValue(x, tensorCount: tensorCount, depth: depth + 1) }
            }
        case .function(let name):
            try checkName(name, "function")
        }
    }

    private func checkTensor(_ t: TensorRecord, _ i: Int) throws {
        guard let dtype = DType(rawValue: t.dtype) else {
            throw SessionFileError("session file: tensor \(i) has unknown dtype \(Self.quoted(t.dtype))")
        }
        if (t.requiresGrad || t.isParameter || t.retainsGrad) && dtype != .float32 && dtype != .float64 {
            throw SessionFileError("session file: tensor \(i) is \(t.dtype) but requires grad (only floating point tensors can)")
        }
        if dtype == .bool, let bad = t.values.first(where: { $0 != "0" && $0 != "1" }) {
            throw SessionFileError("session file: tensor \(i) is bool but holds \(Self.quoted(bad))")
        }
        guard let g = t.grad else { return }
        guard g >= 0 && g < tensors.count, g != i else { throw SessionFileError("session file: tensor \(i) has a bad grad reference") }
        let grad = tensors[g]
        guard grad.dtype == t.dtype, grad.shape == t.shape else {
            throw SessionFileError("session file: tensor \(i) (\(t.dtype) \(t.shape)) has a grad of \(grad.dtype) \(grad.shape); a grad must match its tensor")
        }
        guard grad.grad == nil, !grad.requiresGrad else {
            throw SessionFileError("session file: the grad of tensor \(i) has a grad or requires grad itself")
        }
    }

    /// The recorded statements come back without running code of the file's choosing: only assignments
    /// and `def`s, and a `def` only when its defaults are literals and it has no decorators or
    /// annotations that would run at definition.
    private static func checkStatement(_ text: String) throws {
        let module: Module
        do { module = try Parser.parse(text, filename: "<session>") } catch {
            throw SessionFileError("session file: a recorded statement does not parse: \(text)")
        }
        for stmt in module.body {
            switch stmt.kind {
            case .assign, .augmentedAssign, .expression: continue
            case .functionDef(let f):
                let p = f.parameters
                let all = p.positional + p.keywordOnly + [p.varArgs, p.kwArgs].compactMap { $0 }
                guard f.decorators.isEmpty, f.returns == nil, all.allSatisfy({ $0.annotation == nil }),
                      all.allSatisfy({ $0.defaultValue.map(isLiteral) ?? true }) else {
                    throw SessionFileError("session file: def \(f.name) has decorators, annotations or defaults that would run code at load; refused")
                }
            default:
                throw SessionFileError("session file: a recorded statement is not an assignment or a def: \(text)")
            }
        }
    }

    /// Constants, signed numbers, and tuples/lists of them: what a default can be without running code.
    private static func isLiteral(_ e: Expr) -> Bool {
        switch e.kind {
        case .integer, .bigInteger, .float, .imaginary, .string, .bool, .none, .ellipsis: return true
        case .unary(_, let x):
            switch x.kind { case .integer, .bigInteger, .float, .imaginary: return true; default: return false }
        case .tuple(let items), .list(let items): return items.allSatisfy(isLiteral)
        default: return false
        }
    }

    /// A name as the error shows it: escapes and control characters made visible, never sent raw.
    static func quoted(_ s: String) -> String {
        var out = "'"
        for u in s.unicodeScalars.prefix(80) {
            if u.value < 0x20 || u.value == 0x7F || (0x80..<0xA0).contains(u.value) {
                out += "\\x" + (u.value < 16 ? "0" : "") + String(u.value, radix: 16)
            } else {
                out.unicodeScalars.append(u)
            }
        }
        return out + (s.unicodeScalars.count > 80 ? "…'" : "'")
    }
}
