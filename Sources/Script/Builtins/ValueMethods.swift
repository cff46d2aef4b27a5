import Foundation
import Autograd

/// Methods of Python's own values: `list.append`, `str.format`, `dict.items`, `float.is_integer`, …
enum ValueMethods {
    static func names(_ v: Value) -> [String] {
        switch v {
        case .list: return ["append", "extend", "pop", "insert", "index", "count", "clear", "copy", "reverse", "sort"]
        case .string: return ["format", "join", "upper", "lower", "strip", "split", "replace", "startswith", "endswith"]
        case .dict: return ["items", "keys", "values", "get"] + DictMethods.names
        case .float: return ["is_integer", "real"]
        default: return []
        }
    }

    static func get(_ v: Value, _ name: String, _ interp: Interpreter) throws -> Value? {
        if let watch = interp.loopWatch, case .list = v, ["append", "extend", "pop", "insert", "clear", "reverse", "sort"].contains(name) {
            watch.impure("list.\(name)()")
        }
        func method(_ f: @escaping (inout CallArgs, Interpreter) throws -> Value) -> Value { .builtin(Builtin(name, f)) }
        // `x.__iter__` of a built-in container is `iter(x)` bound (hasattr(x, "__iter__") tests iterability).
        if name == "__iter__", let iter = Builtins.python["iter"] {
            switch v {
            case .list, .tuple, .dict, .string, .range, .size: return method { _, interp in var a = CallArgs([v], name: "iter"); return try iter.call(&a, interp) }
            default: break
            }
        }
        switch v {
        case .list(let l):
            switch name {
            case "append": return method { a, _ in l.items.append(try a.required(0, "object")); return .none }
            case "extend": return method { a, i in l.items.append(contentsOf: try i.iterate(try a.required(0, "iterable"))); return .none }
            case "pop":
                return method { a, _ in
                    guard !l.items.isEmpty else { throw PyError(.index, "pop from empty list") }
                    var i = try a.int(0, "index", default: l.items.count - 1)
                    if i < 0 { i += l.items.count }
                    guard i >= 0 && i < l.items.count else { throw PyError(.index, "pop index out of range") }
                    return l.items.remove(at: i)
                }
            case "insert":
                return method { a, _ in
                    let i = min(max(try a.int(0, "index"), 0), l.items.count)
                    l.items.insert(try a.required(1, "object"), at: i)
                    return .none
                }
            case "index":
                return method { a, _ in
                    let x = try a.required(0, "value")
                    guard let i = l.items.firstIndex(where: { Arithmetic.equal($0, x) }) else { throw PyError(.value, "\(Repr.repr(x)) is not in list") }
                    return .int(i)
                }
            case "count": return method { a, _ in let x = try a.required(0, "value"); return .int(l.items.filter { Arithmetic.equal($0, x) }.count) }
            case "clear": return method { _, _ in l.items.removeAll(); return .none }
            case "copy": return method { _, _ in .list(ListBox(l.items)) }
            case "reverse": return method { _, _ in l.items.reverse(); return .none }
            case "sort": return method { a, i in l.items = try Builtins.pythonSort(l.items, a, i); return .none }
            default: return nil
            }
        case .string(let s):
            switch name {
            case "format": return method { a, _ in .string(try StringFormatting.strFormat(s, a)) }
            case "join": return method { a, i in .string(try i.iterate(try a.required(0, "iterable")).map { v -> String in
                guard case .string(let x) = v else { throw PyError(.type, "sequence item 0: expected str instance, \(v.typeName) found") }
                return x
            }.joined(separator: s)) }
            case "upper": return method { _, _ in .string(s.uppercased()) }
            case "lower": return method { _, _ in .string(s.lowercased()) }
            case "strip": return method { _, _ in .string(s.trimmingCharacters(in: .whitespacesAndNewlines)) }
            case "split":
                return method { a, _ in
                    if let sep = a.value(0, "sep"), case .string(let p) = sep {
                        return .list(ListBox(s.components(separatedBy: p).map { .string($0) }))
                    }
                    return .list(ListBox(s.split(whereSeparator: { $0.isWhitespace }).map { .string(String($0)) }))
                }
            case "replace": return method { a, _ in .string(s.replacingOccurrences(of: Repr.str(try a.required(0, "old")), with: Repr.str(try a.required(1, "new")))) }
            case "startswith": return method { a, _ in .bool(s.hasPrefix(Repr.str(try a.required(0, "prefix")))) }
            case "endswith": return method { a, _ in .bool(s.hasSuffix(Repr.str(try a.required(0, "suffix")))) }
            default: return nil
            }
        case .dict(let d):
            switch name {
            case "items": return method { _, _ in .list(ListBox(d.entries.map { .tuple([$0.key, $0.value]) })) }
            case "keys": return method { _, _ in .list(ListBox(d.entries.map(\.key))) }
            case "values": return method { _, _ in .list(ListBox(d.entries.map(\.value))) }
            case "get": return method { a, _ in d.get(try a.required(0, "key")) ?? (a.value(1, "default") ?? .none) }
            default: return DictMethods.method(d, name)
            }
        case .float(let x):
            switch name {
            case "is_integer": return method { _, _ in .bool(x.isFinite && x == x.rounded()) }
            case "real": return .float(x)
            default: return nil
            }
        case .size(let s):
            switch name {
            // PyTorch's THPSize_numel multiplies in int64 (wrapping); `*` would trap on torch.Size([2**62, 4]).
            case "numel": return method { _, _ in .int(s.reduce(1, &*)) }
            default: return nil
            }
        default:
            return nil
        }
    }
}
