import Autograd

/// How a node's operation is written for the learner: the op table's symbol with a fixed number the
/// op was called with written in (`a ** 2`, not `a ** k`), in the graph, the stepper and DOT alike.
extension Node {
    /// The exponent of `a ** k` when it is a fixed Python number, else nil.
    private var fixedExponent: Double? {
        guard op?.name == "PowBackward0", args.scalars.count == 1, args.scalars[0].isFinite else { return nil }
        return args.scalars[0]
    }

    private static func number(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : PythonFloat.repr(v)
    }

    /// The symbol shown for this node (`a ** 2`).
    var displaySymbol: String {
        guard let symbol = op?.symbol else { return "" }
        guard let k = fixedExponent else { return symbol }
        return symbol.replacingOccurrences(of: "** k", with: "** " + Self.number(k))
    }

    /// The local derivative of input `i` in symbols (`2·a^1` for `a ** 2`).
    func displayDerivative(_ i: Int) -> String? {
        guard let op, i < op.derivatives.count else { return nil }
        guard let k = fixedExponent else { return op.derivatives[i] }
        let e = k - 1
        let exponent = e == e.rounded() && e >= 0 ? Self.number(e) : "(" + Self.number(e) + ")"
        return Self.number(k) + "·a^" + exponent
    }
}

/// A node's symbol in the learner's names: `a * x` instead of the op table's `a * b` when input 0 is
/// the learner's `a` and input 1 is `x`, so the generic operand letters never clash with the
/// learner's own variables. The graph and the stepper both use it.
enum OperandNames {
    /// `letter → text` for the operands: a known name (in parentheses when it is an expression); an
    /// unknown operand keeps its letter unless that letter is one of the learner's names (`taken`),
    /// then it gets a free one of u, v, w, p, q.
    static func substitutions(letters: [String], names: [String?], taken: Set<String>) -> [String: String] {
        var used = taken.union(names.compactMap { $0 })
        var map: [String: String] = [:]
        for (i, letter) in letters.enumerated() where i < names.count {
            if let name = names[i] {
                map[letter] = name.contains(" ") ? "(" + name + ")" : name
            } else if used.contains(letter) {
                let free = ["u", "v", "w", "p", "q"].first { !used.contains($0) && !letters.contains($0) } ?? "(input \(i))"
                map[letter] = free
                used.insert(free)
            }
        }
        return map
    }

    /// The learner's name for each input of `node`, where known: a leaf's or a kept output's variable,
    /// an unbind row (`a` of `a, b, c = params`), or a named data input (`x`).
    static func names(of node: Node, names: [ObjectIdentifier: String], unpackNames: (String, Int) -> [String]?,
                      dataName: (Node, Int) -> String?) -> [String?] {
        node.inputs.enumerated().map { i, edge -> String? in
            guard let input = edge.node else { return dataName(node, i) }
            if let leaf = input.variable { return names[ObjectIdentifier(leaf)] }
            if let rows = unbindRows(input, names: names, unpackNames: unpackNames), edge.inputNr < rows.count {
                return rows[edge.inputNr]
            }
            return input.outputCount == 1 ? input.output().flatMap { names[ObjectIdentifier($0)] } : nil
        }
    }

    /// The learner's names for an unbind node's rows, when known.
    static func unbindRows(_ node: Node, names: [ObjectIdentifier: String], unpackNames: (String, Int) -> [String]?) -> [String]? {
        guard node.op?.name == "UnbindBackward0",
              let source = node.inputs.first?.node?.variable.flatMap({ names[ObjectIdentifier($0)] }) else { return nil }
        return unpackNames(source, node.outputCount)
    }

    /// Every name of the learner's a graph shows (variables and unbind rows): generic operand
    /// letters must not look like them.
    static func taken(in nodes: [Node], names: [ObjectIdentifier: String], unpackNames: (String, Int) -> [String]?) -> Set<String> {
        var all = Set(names.values)
        for node in nodes { if let rows = unbindRows(node, names: names, unpackNames: unpackNames) { all.formUnion(rows) } }
        return all
    }

    /// The renaming for `node`'s symbol (none for unbind, whose symbol is not an operand form).
    static func renaming(_ node: Node, operandNames: [String?], taken: Set<String>) -> [String: String] {
        guard node.op?.name != "UnbindBackward0", let symbol = node.op?.symbol else { return [:] }
        let letters = BackwardStepper.inputLetters(symbol, count: node.inputs.count)
        return substitutions(letters: letters, names: operandNames, taken: taken)
    }

    /// `text` with each whole-word operand letter replaced through `map` (`2·a^1` → `2·x^1`).
    static func apply(_ map: [String: String], to text: String) -> String {
        guard !map.isEmpty else { return text }
        var out = ""
        var word = ""
        func flush() {
            out += map[word] ?? word
            word = ""
        }
        for ch in text {
            if ch.isLetter || ch.isNumber || ch == "_" { word.append(ch) } else { flush(); out.append(ch) }
        }
        flush()
        return out
    }
}
