import Autograd

extension Interpreter {
    /// Binds a call's arguments to `f`'s parameters in a new local scope, raising CPython's
    /// TypeErrors (named by the function's qualified name, as CPython 3.11 does).
    func bindArguments(_ f: Function, _ args: inout CallArgs) throws -> Scope {
        let local = Scope(parent: f.closure, capacity: f.localCapacity)
        local.function = f
        let params = f.parameters
        let names = f.positionalNames
        let given = args.positional.count
        // The common call `f(x, y)`: exactly the positional parameters, nothing else to bind.
        if given == names.count && args.keywords.isEmpty && params.varArgs == nil && params.kwArgs == nil && params.keywordOnly.isEmpty {
            for i in 0..<given { local.set(names[i], args.positional[i]) }
            return local
        }
        if given > names.count && params.varArgs == nil {
            let expected = names.count
            let lo = names.count - params.positional.filter { $0.defaultValue != nil }.count
            let takes = lo == expected ? "\(expected)" : "from \(lo) to \(expected)"
            let plural = expected == 1 && lo == expected ? "" : "s"
            let kwOnlyGiven = args.keywords.filter { k in params.keywordOnly.contains { $0.name == k.0 } }.count
            if kwOnlyGiven > 0 {
                throw PyError(.type, "\(f.qualname)() takes \(takes) positional argument\(plural) but \(given) positional argument\(given == 1 ? "" : "s") (and \(kwOnlyGiven) keyword-only argument\(kwOnlyGiven == 1 ? "" : "s")) were given")
            }
            throw PyError(.type, "\(f.qualname)() takes \(takes) positional argument\(plural) but \(given) \(given == 1 ? "was" : "were") given")
        }
        for i in 0..<min(given, names.count) { local.set(names[i], args.positional[i]) }
        if let va = params.varArgs {
            local.set(va.name, .tuple(given > names.count ? Array(args.positional[names.count...]) : []))
        }
        var extra: [(String, Value)] = []
        var positionalOnlyAsKeyword: [String] = []
        for (k, v) in args.keywords {
            if let i = names.firstIndex(of: k), i >= params.positionalOnlyCount {
                if i < given || extra.contains(where: { $0.0 == k }) || local.value(k) != nil {
                    throw PyError(.type, "\(f.qualname)() got multiple values for argument '\(k)'")
                }
                local.set(k, v)
            } else if params.keywordOnly.contains(where: { $0.name == k }) {
                if local.value(k) != nil { throw PyError(.type, "\(f.qualname)() got multiple values for argument '\(k)'") }
                local.set(k, v)
            } else if params.kwArgs != nil {
                if extra.contains(where: { $0.0 == k }) { throw PyError(.type, "\(f.qualname)() got multiple values for keyword argument '\(k)'") }
                extra.append((k, v))
            } else if names.prefix(params.positionalOnlyCount).contains(k) {
                positionalOnlyAsKeyword.append(k)
            } else {
                throw PyError(.type, "\(f.qualname)() got an unexpected keyword argument '\(k)'")
            }
        }
        if !positionalOnlyAsKeyword.isEmpty {
            throw PyError(.type, "\(f.qualname)() got some positional-only arguments passed as keyword arguments: '\(positionalOnlyAsKeyword.joined(separator: ", "))'")
        }
        if let kw = params.kwArgs {
            let d = DictBox()
            for (k, v) in extra { d.entries.append((.string(k), v)) }
            local.set(kw.name, .dict(d))
        }
        var missing = [String]()
        for p in params.positional where local.value(p.name) == nil {
            if let d = f.defaults[p.name] { local.set(p.name, d) } else { missing.append(p.name) }
        }
        if !missing.isEmpty { throw Interpreter.missingArguments(f, missing, "positional") }
        for p in params.keywordOnly where local.value(p.name) == nil {
            if let d = f.defaults[p.name] { local.set(p.name, d) } else { missing.append(p.name) }
        }
        if !missing.isEmpty { throw Interpreter.missingArguments(f, missing, "keyword-only") }
        return local
    }

    /// `f() missing 2 required positional arguments: 'a' and 'b'` (CPython's list: `'a', 'b', and 'c'`).
    static func missingArguments(_ f: Function, _ missing: [String], _ kind: String) -> PyError {
        let list = missing.map { "'\($0)'" }
        let joined: String
        switch list.count {
        case 1: joined = list[0]
        case 2: joined = list[0] + " and " + list[1]
        default: joined = list.dropLast().joined(separator: ", ") + ", and " + list[list.count - 1]
        }
        return PyError(.type, "\(f.qualname)() missing \(missing.count) required \(kind) argument\(missing.count == 1 ? "" : "s"): \(joined)")
    }
}
