/// What Jupyter shows as a cell's `Out[n]` text: IPython's `pretty` printers for the built-in types
/// (sequences and dicts wrapped at 79 columns, functions with their signature, classes as
/// `__main__.C`, exceptions as calls), the object's own `repr` for the rest, multi-line reprs kept
/// line by line.
extension Interpreter {
    /// The `text/plain` display of `value` (IPython's `pretty(value)`).
    public func displayText(_ value: Value) throws -> String {
        let p = PrettyPrinter()
        var active: [ObjectIdentifier] = []
        try pretty(value, p, &active)
        p.flush()
        return p.output
    }

    private func pretty(_ v: Value, _ p: PrettyPrinter, _ active: inout [ObjectIdentifier]) throws {
        let id = Self.identity(v)
        let cycle = id.map { active.contains($0) } ?? false
        if let id { active.append(id) }
        defer { if id != nil { active.removeLast() } }
        p.beginGroup()
        defer { p.endGroup() }
        switch v {
        case .list(let l):
            try sequence(l.items, open: "[", close: "]", oneTuple: false, cycle: cycle, p, &active)
        case .tuple(let t):
            try sequence(t, open: "(", close: ")", oneTuple: t.count == 1, cycle: cycle, p, &active)
        case .dict(let d):
            try dict(d, cycle: cycle, p, &active)
        case .function(let f):
            p.text("<function __main__.\(f.qualname)(\(signature(f)))>")
        case .object(let s as SetObject):
            if cycle { p.text("{...}"); return }
            if s.items.isEmpty { p.text("set()"); return }
            p.beginGroup(indent: 1, open: "{")
            // IPython sorts a set's items when it can (else keeps their order).
            let items = (try? Builtins.pythonSort(s.items, CallArgs(name: "sorted"), self)) ?? s.items
            try elements(items, p, &active)
            p.endGroup(dedent: 1, close: "}")
        case .builtin(let b) where Repr.typeBuiltins.contains(b.name):
            p.text(b.name)  // a built-in class prints by its name (`list`), as `_type_pprint`
        case .object(let anim as FuncAnimationObject):
            // Jupyter draws an animation's frames to show it as HTML when rc asked for it: each frame runs
            // the animation function (with its side effects) before the text appears.
            if matplotlibSettings.animationHTML != "none" { try anim.drawFrames(self) }
            p.text("<\(anim.qualifiedClassName) at \(Repr.address(anim))>")
        case .object(let o as DefaultReprObject):
            p.text("<\(o.qualifiedClassName) at \(Repr.address(o))>")
        case .object(let c as ClassObject):
            p.text(c.displayName)
        case .object(let inst as Instance):
            if inst.cls.isException && !inst.cls.overrides("__repr__") {
                try call(inst.cls.displayName, args: inst.exceptionArgs, p, &active)
            } else if inst.cls.overrides("__repr__") {
                try lines(v, p)
            } else {
                p.text("<\(inst.cls.displayName) at \(Repr.address(inst))>")
            }
        default:
            try lines(v, p)
        }
    }

    /// Lists, dicts and sets can contain themselves; they print `[...]` where they recur.
    private static func identity(_ v: Value) -> ObjectIdentifier? {
        switch v {
        case .list(let l): return ObjectIdentifier(l)
        case .dict(let d): return ObjectIdentifier(d)
        case .object(let o as SetObject): return ObjectIdentifier(o)
        default: return nil
        }
    }

    /// `repr(v)`, with each of its lines kept (IPython's `_repr_pprint`).
    private func lines(_ v: Value, _ p: PrettyPrinter) throws {
        let text = try repr(v)
        p.beginGroup()
        for (i, line) in Self.splitLines(text).enumerated() {
            if i > 0 { p.hardBreak() }
            p.text(line)
        }
        p.endGroup()
    }

    /// Python's `str.splitlines()` for the line ends a repr can hold.
    private static func splitLines(_ s: String) -> [String] {
        var out: [String] = []
        var current = ""
        var previousCR = false
        for ch in s.unicodeScalars {
            if ch == "\n" && previousCR { previousCR = false; continue }
            previousCR = ch == "\r"
            if ch == "\n" || ch == "\r" { out.append(current); current = ""; continue }
            current.unicodeScalars.append(ch)
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    private func elements(_ items: [Value], _ p: PrettyPrinter, _ active: inout [ObjectIdentifier]) throws {
        for (i, x) in items.enumerated() {
            if i >= p.maxSequenceLength {
                p.text(",")
                p.breakable()
                p.text("...")
                return
            }
            if i > 0 { p.text(","); p.breakable() }
            try pretty(x, p, &active)
        }
    }

    private func sequence(_ items: [Value], open: String, close: String, oneTuple: Bool, cycle: Bool,
                          _ p: PrettyPrinter, _ active: inout [ObjectIdentifier]) throws {
        if cycle { p.text(open + "..." + close); return }
        p.beginGroup(indent: open.count, open: open)
        try elements(items, p, &active)
        if oneTuple { p.text(",") }
        p.endGroup(dedent: open.count, close: close)
    }

    private func dict(_ d: DictBox, cycle: Bool, _ p: PrettyPrinter, _ active: inout [ObjectIdentifier]) throws {
        let name = d.flavor.typeName
        switch d.flavor {
        case .plain:
            if cycle { p.text("{...}"); return }
            try plainDict(d.entries.map { ($0.key, $0.value) }, p, &active)
        case .ordered:
            // `OrderedDict([(k, v), ...])`, as IPython's printer for it.
            if cycle { p.text("\(name)(...)"); return }
            try callExpression(name, p) {
                if d.entries.isEmpty { return }
                try self.pretty(.list(ListBox(d.entries.map { .tuple([$0.key, $0.value]) })), p, &active)
            }
        case .defaultDict(let factory):
            if cycle { p.text("\(name)(...)"); return }
            try callExpression(name, p) {
                try self.pretty(factory, p, &active)
                p.text(",")
                p.breakable()
                p.beginGroup()
                try self.plainDict(d.entries.map { ($0.key, $0.value) }, p, &active)
                p.endGroup()
            }
        case .counter:
            // `Counter({...})` in most_common order: by count, ties in insertion order.
            if cycle { p.text("\(name)(...)"); return }
            let entries = d.entries.map { ($0.key, $0.value) }
            let ordered = try entries.enumerated().sorted { a, b in
                let c = try Arithmetic.order(a.element.1, b.element.1, ">")
                return c != 0 ? c == 1 : a.offset < b.offset
            }.map(\.element)
            try callExpression(name, p) {
                if entries.isEmpty { return }
                p.beginGroup()
                try self.plainDict(ordered, p, &active)
                p.endGroup()
            }
        }
    }

    private func plainDict(_ entries: [(Value, Value)], _ p: PrettyPrinter, _ active: inout [ObjectIdentifier]) throws {
        p.beginGroup(indent: 1, open: "{")
        for (i, e) in entries.enumerated() {
            if i >= p.maxSequenceLength {
                p.text(",")
                p.breakable()
                p.text("...")
                break
            }
            if i > 0 { p.text(","); p.breakable() }
            try pretty(e.0, p, &active)
            p.text(": ")
            try pretty(e.1, p, &active)
        }
        p.endGroup(dedent: 1, close: "}")
    }

    /// IPython's `CallExpression`: `name(` + arguments + `)`, each a pretty value (the printer of an
    /// exception and of the collections types).
    private func call(_ name: String, args: [Value], _ p: PrettyPrinter, _ active: inout [ObjectIdentifier]) throws {
        try callExpression(name, p) {
            for (i, a) in args.enumerated() {
                if i > 0 { p.text(","); p.breakable() }
                try self.pretty(a, p, &active)
            }
        }
    }

    private func callExpression(_ name: String, _ p: PrettyPrinter, _ body: () throws -> Void) throws {
        p.beginGroup()
        p.beginGroup(indent: name.count + 1, open: name + "(")
        try body()
        p.endGroup(dedent: name.count + 1, close: ")")
        p.endGroup()
    }

    /// `str(inspect.signature(f))` without its parentheses: defaults by their repr.
    private func signature(_ f: Function) -> String {
        let ps = f.parameters
        func one(_ q: Parameter) -> String {
            var s = q.name
            if let a = q.annotation { s += ": " + a.parenthesized }
            if let d = f.defaults[q.name] {
                s += (q.annotation == nil ? "=" : " = ") + ((try? repr(d)) ?? "...")
            }
            return s
        }
        var items: [String] = []
        for (k, q) in ps.positional.enumerated() {
            items.append(one(q))
            if ps.positionalOnlyCount > 0 && k + 1 == ps.positionalOnlyCount { items.append("/") }
        }
        if let v = ps.varArgs { items.append("*" + one(v)) } else if !ps.keywordOnly.isEmpty { items.append("*") }
        items += ps.keywordOnly.map(one)
        if let k = ps.kwArgs { items.append("**" + one(k)) }
        return items.joined(separator: ", ")
    }
}
