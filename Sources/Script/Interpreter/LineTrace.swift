import Autograd

/// The lines one run of a Python function executed, each with the local names it set or changed and
/// the value a `return` gave back: how `bstep` shows a custom `autograd.Function`'s backward, the
/// learner's own code, line by line. Tensor values are copies taken when the line finished, so a
/// later in-place line (`grad[x < 0] = 0`) does not rewrite what an earlier one showed.
public struct LineTrace {
    /// One simple statement that ran.
    public struct Line {
        public let line: Int
        public let code: String
        public var set: [(name: String, value: Value)]
        public var returned: Value?
    }
    /// `MyReLU.backward`.
    public let function: String
    /// The parameters it was called with (`grad_output = tensor(...)`), objects such as `ctx` left out.
    public var arguments: [(name: String, value: Value)] = []
    public var lines: [Line] = []
    /// Lines beyond this many are counted, not kept (a loop in a backward could run for long).
    static let capacity = 200
    public var omitted = 0
}

/// Records a `LineTrace` of the calls of one function while installed on the interpreter.
final class LineTracer {
    let target: Function
    var trace: LineTrace
    private var seen: [String: String] = [:]

    init(_ target: Function) {
        self.target = target
        trace = LineTrace(function: target.qualname)
    }

    /// Before a statement runs in `scope`: on the first, the parameters' values are the call's arguments.
    func before(_ scope: Scope) {
        guard trace.lines.isEmpty && seen.isEmpty else { return }
        for name in target.positionalNames {
            guard let v = scope.value(name), let key = Self.key(v) else { continue }
            seen[name] = key
            trace.arguments.append((name, Self.copy(v)))
        }
    }

    /// After statement `s` ran in `scope`: the names it changed, or what it returned.
    func after(_ s: Stmt, _ scope: Scope, _ flow: Interpreter.Flow) {
        switch s.kind {
        case .if, .for, .while, .with, .try, .functionDef, .classDef: return
        default: break
        }
        var changed: [(name: String, value: Value)] = []
        for name in scope.boundNames {
            guard let v = scope.value(name), let key = Self.key(v) else { continue }
            if seen[name] != key {
                seen[name] = key
                changed.append((name, Self.copy(v)))
            }
        }
        if trace.lines.count >= LineTrace.capacity { trace.omitted += 1; return }
        var line = LineTrace.Line(line: s.line, code: s.source().first ?? "", set: changed, returned: nil)
        if case .returned(let v) = flow { line.returned = Self.copy(v) }
        trace.lines.append(line)
    }

    /// What identifies a value's state, for the kinds a backward's locals hold; nil for other objects.
    private static func key(_ v: Value) -> String? {
        switch v {
        case .tensor(let t): return "T\(ObjectIdentifier(t).hashValue)-\(t.version.value)"
        case .none, .bool, .int, .float, .string, .bigInt: return "\(v)"
        case .tuple(let items):
            let keys = items.map(key)
            return keys.contains { $0 == nil } ? nil : "(" + keys.compactMap { $0 }.joined(separator: ",") + ")"
        default: return nil
        }
    }

    private static func copy(_ v: Value) -> Value {
        switch v {
        case .tensor(let t): return .tensor(t.contiguousCopy())
        case .tuple(let items): return .tuple(items.map(copy))
        default: return v
        }
    }
}

extension Interpreter {
    /// Runs `body` recording the lines `function` executes (its own frame only, not the calls it makes).
    func tracingLines<T>(of function: Function, _ body: () throws -> T) rethrows -> (T, LineTrace) {
        let saved = lineTracer
        let tracer = LineTracer(function)
        lineTracer = tracer
        defer { lineTracer = saved }
        let result = try body()
        return (result, tracer.trace)
    }
}
