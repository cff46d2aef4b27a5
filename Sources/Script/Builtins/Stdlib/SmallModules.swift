import Foundation
import Autograd

/// `sys.stdout` / `sys.stderr`: text streams that write to the interpreter's output or error output.
final class StreamObject: PyObject {
    let name: String
    let isError: Bool
    init(name: String, isError: Bool) { self.name = name; self.isError = isError }

    var typeName: String { "TextIOWrapper" }
    var attributeNames: [String] { ["flush", "write"] }
    func attribute(_ n: String, interpreter: Interpreter) throws -> Value? {
        switch n {
        case "write":
            return .builtin(Builtin("write") { a, interp in
                let v = try a.required(0, "s")
                guard case .string(let s) = v else { throw PyError(.type, "write() argument must be str, not \(v.typeName)") }
                try self.write(s, interp)
                return .int(s.count)
            })
        case "flush": return .builtin(Builtin("flush") { _, _ in .none })
        case "name": return .string(name)
        default: return nil
        }
    }
    func repr() -> String { "<_io.TextIOWrapper name='\(name)' mode='w' encoding='utf-8'>" }

    func write(_ s: String, _ interp: Interpreter) throws {
        if isError { interp.errorOutput(s) } else {
            interp.output(s)
            try interp.checkOutput()
        }
    }

    /// `print(..., file=f)`.
    static func write(_ text: String, to file: Value, _ interp: Interpreter) throws {
        guard case .object(let o as StreamObject) = file else {
            throw PyError(.notImplemented, "print(file=...) to a \(file.typeName) is not supported by gradstep (only sys.stdout and sys.stderr)")
        }
        try o.write(text, interp)
    }
}

/// The smaller standard modules: `time`, `sys`, `typing`, `string`, `warnings`, `__future__`.
enum SmallModules {
    static func builtin(_ name: String, _ f: @escaping (inout CallArgs, Interpreter) throws -> Value) -> Value { .builtin(Builtin(name, f)) }

    static func time() -> NamespaceObject {
        let now: () -> Double = { Date().timeIntervalSince1970 }
        let monotonic: () -> Double = { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
        return NamespaceObject("time", [
            "time": builtin("time") { _, _ in .float(now()) },
            "time_ns": builtin("time_ns") { _, _ in .int(Int(now() * 1e9)) },
            "perf_counter": builtin("perf_counter") { _, _ in .float(monotonic()) },
            "perf_counter_ns": builtin("perf_counter_ns") { _, _ in .int(Int(DispatchTime.now().uptimeNanoseconds)) },
            "monotonic": builtin("monotonic") { _, _ in .float(monotonic()) },
            "process_time": builtin("process_time") { _, _ in .float(Double(clock()) / Double(CLOCKS_PER_SEC)) },
            "sleep": builtin("sleep") { a, interp in
                let s = try MathModule.real(try a.required(0, "secs"))
                if s < 0 { throw PyError(.value, "sleep length must be non-negative") }
                // Sleeps in short steps so Ctrl-C still interrupts.
                var left = s
                while left > 0 {
                    try interp.checkInterrupt()
                    Thread.sleep(forTimeInterval: min(left, 0.05))
                    left -= 0.05
                }
                return .none
            },
        ])
    }

    static func sys(_ interp: Interpreter) -> NamespaceObject {
        NamespaceObject("sys", [
            "argv": .list(ListBox([.string(interp.filename)])),
            "stdout": .object(StreamObject(name: "<stdout>", isError: false)),
            "stderr": .object(StreamObject(name: "<stderr>", isError: true)),
            "maxsize": .int(Int.max),
            "platform": .string("linux"),
            "byteorder": .string("little"),
            "version": .string("3.11.7 (main) [GCC]"),
            "version_info": .object(NamedTupleObject(typeName: "sys.version_info", fields: ["major", "minor", "micro", "releaselevel", "serial"],
                                                     items: [.int(3), .int(11), .int(7), .string("final"), .int(0)])),
            "path": .list(ListBox([])),
            "executable": .string("/usr/bin/python3"),
            "exit": builtin("exit") { a, interp in throw interp.nativeError(.systemExit, args: a.value(0, "status").map { [$0] } ?? []) },
            "exc_info": builtin("exc_info") { _, interp in
                guard let e = interp.classes.handling.last else { return .tuple([.none, .none, .none]) }
                return .tuple([.object(interp.classes.errorClass(e)), .object(interp.exceptionObject(for: e)), .none])
            },
            "getrecursionlimit": builtin("getrecursionlimit") { _, interp in .int(interp.recursionLimit) },
            "setrecursionlimit": builtin("setrecursionlimit") { a, interp in
                let n = try MathModule.index(try a.required(0, "limit"))
                if n < 1 { throw PyError(.value, "recursion limit must be greater or equal than 1") }
                interp.recursionLimit = n
                return .none
            },
        ])
    }

    static func typing() -> NamespaceObject {
        var m: [String: Value] = [:]
        for name in ["Any", "List", "Dict", "Tuple", "Set", "FrozenSet", "Optional", "Union", "Callable", "Iterable", "Iterator",
                     "Sequence", "Mapping", "MutableMapping", "Generator", "Type", "Literal", "Final", "ClassVar", "Annotated",
                     "NoReturn", "DefaultDict", "Counter", "Deque", "OrderedDict", "Hashable", "Sized", "Collection",
                     "Container", "Awaitable", "Coroutine", "AsyncIterator", "AsyncGenerator", "Protocol", "NamedTuple",
                     "TypedDict", "Generic", "SupportsInt", "SupportsFloat", "Text", "AnyStr", "Self", "Never", "MutableSequence"] {
            m[name] = .object(TypingAlias(name))
        }
        m["TYPE_CHECKING"] = .bool(false)
        m["TypeVar"] = builtin("TypeVar") { a, _ in .object(TypingAlias("~" + Repr.str(try a.required(0, "name")), bare: true)) }
        m["cast"] = builtin("cast") { a, _ in try a.required(1, "val") }
        m["overload"] = builtin("overload") { a, _ in try a.required(0, "func") }
        m["no_type_check"] = builtin("no_type_check") { a, _ in try a.required(0, "arg") }
        m["get_type_hints"] = builtin("get_type_hints") { _, _ in .dict(DictBox()) }
        return NamespaceObject("typing", m)
    }

    static func string() -> NamespaceObject {
        let lower = "abcdefghijklmnopqrstuvwxyz", upper = lower.uppercased()
        let punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
        let whitespace = " \t\n\r\u{0B}\u{0C}"
        return NamespaceObject("string", [
            "ascii_lowercase": .string(lower), "ascii_uppercase": .string(upper), "ascii_letters": .string(lower + upper),
            "digits": .string("0123456789"), "hexdigits": .string("0123456789abcdefABCDEF"), "octdigits": .string("01234567"),
            "punctuation": .string(punctuation), "whitespace": .string(whitespace),
            "printable": .string("0123456789" + lower + upper + punctuation + whitespace),
            "capwords": builtin("capwords") { a, _ in
                let s = Repr.str(try a.required(0, "s"))
                return .string(s.split(whereSeparator: { $0.isWhitespace }).map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(separator: " "))
            },
        ])
    }

    static func future() -> NamespaceObject {
        var m: [String: Value] = [:]
        for f in ["annotations", "division", "print_function", "absolute_import", "with_statement", "generators",
                  "unicode_literals", "nested_scopes", "generator_stop"] {
            m[f] = .object(NamespaceObject("_Feature"))
        }
        return NamespaceObject("__future__", m)
    }
}

/// A `typing` name (`List`, `Optional[int]`): importable, subscriptable, and inert at run time.
final class TypingAlias: PySubscriptable {
    let name: String
    let bare: Bool
    init(_ name: String, bare: Bool = false) { self.name = name; self.bare = bare }

    var typeName: String { "_GenericAlias" }
    func attribute(_ n: String, interpreter: Interpreter) throws -> Value? {
        n == "__name__" || n == "_name" ? .string(name) : nil
    }
    func repr() -> String { bare ? name : "typing.\(name)" }
    func item(_ index: Value, _ interp: Interpreter) throws -> Value {
        func show(_ v: Value) -> String {
            switch v {
            case .builtin(let b): return b.name
            case .none: return "None"
            case .object(let t as TypingAlias): return t.repr()
            case .object(let t as TypeObject): return t.name
            case .object(let c as ClassObject): return c.isBuiltin ? c.name : c.displayName
            case .object(let u as TypeUnion): return u.repr()
            case .list(let l): return "[" + l.items.map(show).joined(separator: ", ") + "]"
            default: return Repr.repr(v)
            }
        }
        let args: [Value]
        if case .tuple(let t) = index { args = t } else { args = [index] }
        return .object(TypingAlias(name + "[" + args.map(show).joined(separator: ", ") + "]", bare: bare))
    }
    func call(_ args: inout CallArgs, interpreter: Interpreter) throws -> Value? {
        throw PyError(.type, "Type \(name) cannot be instantiated; use \(name.lowercased())() instead")
    }
}
