import Autograd

/// How the debugger writes a graph node for the learner — the one place the graph tree, the DOT/SVG
/// picture, `forward --step` and `backward --step` get a node's formula from.
///
/// The op table's symbol (`a * b`, `a ** k`, `mean(a)`) is written with the node's real operands:
/// the learner's name for a leaf, a kept output, a data input (`x`, `y`) or an unpacked row (`a` of
/// `a, b, c = params`); an indexed operand as `W[0]`; an intermediate no variable holds as its own
/// expression when that is short and fully known (`mean((yhat - y) ** 2)`), parenthesised by Python's
/// precedence; the numbers the op was called with (`x ** 2`, `1 - a`). An operand that cannot be
/// written keeps a letter, one that is none of the learner's names (`u ** 2` when an `a` exists).
final class NodeLabels {
    /// The learner's names for tensors, by identity.
    let names: [ObjectIdentifier: String]
    /// The learner's names for an unbind's rows (`a, b, c = params`), by the unbound tensor's name and
    /// the row count.
    let unpackNames: (String, Int) -> [String]?
    /// Named tensors that need no gradient, to recognise a node's data inputs by their view.
    private let namedData: [(name: String, tensor: Tensor)]
    /// Every name of the learner's that the graph shows: generic letters must not look like them.
    private(set) var taken: Set<String>
    /// Operand expressions longer than this are written as a letter.
    static let maxExpression = 36

    init(names: [ObjectIdentifier: String], tensors: [Tensor] = [], unpackNames: @escaping (String, Int) -> [String]? = { _, _ in nil },
         nodes: [Node] = []) {
        self.names = names
        self.unpackNames = unpackNames
        var data: [(String, Tensor)] = []
        for t in tensors where !t.requiresGrad {
            if let name = names[ObjectIdentifier(t)] { data.append((name, t)) }
        }
        namedData = data
        taken = Set(names.values)
        for node in nodes { if let rows = unbindRows(node) { taken.formUnion(rows) } }
    }

    // MARK: - The formula of a node

    /// The node's formula with its operands written in (`b * x`, `mean((yhat - y) ** 2)`); "" for a leaf.
    func symbol(_ node: Node) -> String {
        guard let op = node.op else { return "" }
        if op.name == "UnbindBackward0" { return unbindSymbol(node) }
        return Self.substitute(template(node), slots: slots(node))
    }

    /// The local derivative of input `i` in the same operand names: `∂(x ** 2)/∂x = 2·x^1`.
    func derivative(_ node: Node, _ i: Int) -> String? {
        guard let op = node.op, op.name != "UnbindBackward0", i < op.derivatives.count || fixedExponent(node) != nil else { return nil }
        let slots = slots(node)
        let letters = Self.inputLetters(op.symbol, count: node.inputs.count)
        guard i < letters.count else { return nil }
        let raw: String
        if let k = fixedExponent(node) {
            let e = k - 1
            let exponent = e == e.rounded() && e >= 0 ? Self.number(e) : "(" + Self.number(e) + ")"
            raw = Self.number(k) + "·a^" + exponent
        } else {
            raw = op.derivatives[i]
        }
        let wrt = slots[letters[i]].map { $0.precedence < Precedence.atom ? "(" + $0.text + ")" : $0.text } ?? letters[i]
        return "∂(\(symbol(node)))/∂\(wrt) = \(Self.substitute(raw, slots: slots))"
    }

    /// How operand `i` of `node` is written in its formula (`x`, `W[0]`, `u`).
    func operandText(_ node: Node, _ i: Int) -> String? {
        let letters = Self.inputLetters(node.op?.symbol ?? "", count: node.inputs.count)
        guard i < letters.count else { return nil }
        return slots(node)[letters[i]]?.text ?? letters[i]
    }

    /// The input written as `shown` in `node`'s formula (`u` in `u ** 2`), as an input index.
    func operandIndex(_ node: Node, shown: String) -> Int? {
        node.inputs.indices.first { operandText(node, $0) == shown }
    }

    // MARK: - Operands

    /// An operand as written, with the precedence of its outermost operator.
    struct Written {
        var text: String
        var precedence: Int
    }

    /// Python's binding strengths, weakest first (a tuple or assignment is no expression at all).
    enum Precedence {
        static let none = 0, additive = 1, multiplicative = 2, unary = 3, power = 4, atom = 5
    }

    /// What each letter of the node's template stands for: operands, and the numbers it was called
    /// with. Letters left out stay letters, renamed where they would look like one of the learner's.
    private func slots(_ node: Node) -> [String: Written] {
        guard let op = node.op else { return [:] }
        let letters = Self.inputLetters(op.symbol, count: node.inputs.count)
        var map: [String: Written] = [:]
        var used = taken
        for (i, letter) in letters.enumerated() where i < node.inputs.count {
            if let w = operand(node, i) {
                map[letter] = w
                used.insert(w.text)
            }
        }
        for (i, letter) in letters.enumerated() where i < node.inputs.count && map[letter] == nil && used.contains(letter) {
            let free = ["u", "v", "w", "p", "q"].first { !used.contains($0) && !letters.contains($0) } ?? "(input \(i))"
            map[letter] = Written(text: free, precedence: Precedence.atom)
            used.insert(free)
        }
        for (word, value) in parameters(node) { map[word] = value }
        return map
    }

    /// The numbers an op was called with, by the template's word for them.
    private func parameters(_ node: Node) -> [String: Written] {
        guard let op = node.op else { return [:] }
        let args = node.args
        switch op.name {
        case "PowBackward0":
            if let k = fixedExponent(node) { return ["k": Self.written(k)] }
        case "RsubBackward1", "PowBackward2":
            if let s = args.scalars.first, s.isFinite { return ["s": Self.written(s)] }
        default: break
        }
        return [:]
    }

    /// Operand `i` of `node` written out, or nil when it can only be a letter.
    private func operand(_ node: Node, _ i: Int) -> Written? {
        let edge = node.inputs[i]
        guard let input = edge.node else {
            if let name = dataName(node, i) { return Written(text: name, precedence: Precedence.atom) }
            return dataNumber(node, i)
        }
        return expression(of: input, output: edge.inputNr, budget: Self.maxExpression)
    }

    /// Output `output` of `node` as the learner could write it, in at most `budget` characters.
    private func expression(of node: Node, output: Int, budget: Int) -> Written? {
        guard budget > 0 else { return nil }
        if let leaf = node.variable {
            return names[ObjectIdentifier(leaf)].map { Written(text: $0, precedence: Precedence.atom) }
        }
        if let out = node.output(output), let name = names[ObjectIdentifier(out)] {
            return Written(text: name, precedence: Precedence.atom)
        }
        guard let op = node.op else { return nil }
        if op.name == "UnbindBackward0" {
            if let rows = unbindRows(node), output < rows.count { return Written(text: rows[output], precedence: Precedence.atom) }
            guard let source = node.inputs.first?.node.flatMap({ expression(of: $0, output: node.inputs[0].inputNr, budget: budget - 3) }),
                  node.args.ints.first == 0 else { return nil }
            return Self.fits(Written(text: Self.postfixed(source) + "[\(output)]", precedence: Precedence.atom), budget)
        }
        guard node.outputCount == 1 else { return nil }
        let template = template(node)
        let letters = Self.inputLetters(op.symbol, count: node.inputs.count)
        var map = parameters(node)
        var remaining = budget - template.count
        for (i, letter) in letters.enumerated() where i < node.inputs.count {
            let edge = node.inputs[i]
            let w: Written?
            if let input = edge.node {
                w = expression(of: input, output: edge.inputNr, budget: remaining)
            } else {
                w = dataName(node, i).map { Written(text: $0, precedence: Precedence.atom) } ?? dataNumber(node, i)
            }
            guard let w else { return nil }
            map[letter] = w
            remaining -= w.text.count
            if remaining < 0 { return nil }
        }
        let tokens = Self.tokens(template)
        // A word left over (`dim`, `shape`, `idx`) means the expression is not fully known.
        for (j, t) in tokens.enumerated() where t.isWord && map[t.text] == nil && !(t.text.first?.isNumber ?? false) {
            let next = tokens[(j + 1)...].first { !$0.isSpace }
            let previous = tokens[..<j].last { !$0.isSpace }
            if next?.text != "(" && previous?.text != "." { return nil }
        }
        let text = Self.substitute(template, slots: map)
        return Self.fits(Written(text: text, precedence: Self.precedence(of: template)), budget)
    }

    /// The template with what the node's arguments fix written in: an index (`a[0]`, `a[:, 1]`), a
    /// slice, a shape.
    private func template(_ node: Node) -> String {
        guard let op = node.op else { return "" }
        let ints = node.args.ints
        switch op.name {
        case "SelectBackward0" where ints.count >= 2:
            return "a[" + String(repeating: ":, ", count: max(0, ints[0])) + "\(ints[1])]"
        case "SliceBackward0" where ints.count >= 4:
            let (start, count, step) = (ints[1], ints[2], ints[3])
            let stop = count == 0 ? start : start + (count - 1) * step + 1
            var range = (start == 0 ? "" : "\(start)") + ":" + "\(stop)"
            if step != 1 { range += ":\(step)" }
            return "a[" + String(repeating: ":, ", count: max(0, ints[0])) + range + "]"
        case "ViewBackward0", "UnsafeViewBackward0", "ExpandBackward0":
            return op.symbol.replacingOccurrences(of: "(shape)", with: "(" + node.outputShape.map(String.init).joined(separator: ", ") + ")")
        default:
            return op.symbol
        }
    }

    /// `a, b, c = params` (the learner's rows), else `params.unbind()`.
    private func unbindSymbol(_ node: Node) -> String {
        let source = node.inputs.first?.node.flatMap { expression(of: $0, output: node.inputs[0].inputNr, budget: Self.maxExpression) }
        let sourceText = source.map(Self.postfixed) ?? "t"
        if let rows = unbindRows(node) { return rows.joined(separator: ", ") + " = " + (source?.text ?? "t") }
        return sourceText + ".unbind(\(node.args.ints.first ?? 0))"
    }

    /// The learner's names for an unbind node's rows, when known.
    func unbindRows(_ node: Node) -> [String]? {
        guard node.op?.name == "UnbindBackward0",
              let source = node.inputs.first?.node?.variable.flatMap({ names[ObjectIdentifier($0)] }) else { return nil }
        return unpackNames(source, node.outputCount)
    }

    /// The exponent of `a ** k` when it is a fixed Python number, else nil.
    private func fixedExponent(_ node: Node) -> Double? {
        guard node.op?.name == "PowBackward0", node.args.scalars.count == 1, node.args.scalars[0].isFinite else { return nil }
        return node.args.scalars[0]
    }

    // MARK: - Data inputs

    /// The learner variable feeding data input `i` of `node`: the one whose view the node recorded for
    /// that input (kept after backward), else the one whose storage a saved tensor of that shape shows.
    func dataName(_ node: Node, _ i: Int) -> String? {
        guard i < node.inputShapes.count else { return nil }
        let shape = node.inputShapes[i]
        if let input = node.dataInput(i) {
            let found = Set(namedData.compactMap { d -> String? in
                let t = d.tensor
                guard t.storage === input.storage, t.offset == input.offset, t.strides == input.strides, t.shape == shape else { return nil }
                return d.name
            })
            if found.count == 1 { return found.first }
        }
        var found = Set<String>()
        for s in node.saved where s.shape == shape {
            for d in namedData where d.tensor.storage === s.storage { found.insert(d.name) }
        }
        return found.count == 1 ? found.first : nil
    }

    /// A single-number data input (`2` in `2 * w`) while the node still holds its value.
    private func dataNumber(_ node: Node, _ i: Int) -> Written? {
        guard i < node.inputShapes.count, Shape.numel(node.inputShapes[i]) == 1, !node.savedFreed,
              node.saved.count == node.inputs.count, node.saved[i].numel == 1,
              let v = node.saved[i].doubleValues().first, v.isFinite else { return nil }
        return Self.written(v)
    }

    // MARK: - Text

    private static func written(_ v: Double) -> Written {
        Written(text: number(v), precedence: v < 0 ? Precedence.unary : Precedence.atom)
    }

    static func number(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : GraphRenderer.number(v)
    }

    private static func fits(_ w: Written, _ budget: Int) -> Written? { w.text.count <= budget ? w : nil }

    /// `text` ready to take `.name` or `[i]` after it.
    private static func postfixed(_ w: Written) -> String { w.precedence < Precedence.atom ? "(" + w.text + ")" : w.text }

    /// A template's token: a word (letters, digits, `_`), spaces, or one other character (`**` is one).
    struct Token {
        var text: String
        var isWord: Bool
        var isSpace: Bool { text == " " }
    }

    static func tokens(_ text: String) -> [Token] {
        var out: [Token] = []
        var word = ""
        func flush() {
            if !word.isEmpty { out.append(Token(text: word, isWord: true)) }
            word = ""
        }
        for ch in text {
            // `²` counts as a digit for Swift; here it is an operator (b² is b squared).
            if ch.isLetter || (ch.isASCII && ch.isNumber) || ch == "_" || ch == "." && !word.isEmpty && word.allSatisfy({ $0.isNumber }) {
                word.append(ch)
                continue
            }
            flush()
            if ch == "*", let last = out.last, last.text == "*" {
                out[out.count - 1].text = "**"
            } else {
                out.append(Token(text: String(ch), isWord: false))
            }
        }
        flush()
        return out
    }

    private static let additive: Set<String> = ["+", "-"]
    private static let multiplicative: Set<String> = ["*", "/", "%", "@", "·"]

    /// Whether the `-` at `index` is unary (nothing, an operator or an opening bracket before it).
    private static func isUnary(_ tokens: [Token], _ index: Int) -> Bool {
        guard let previous = tokens[..<index].last(where: { !$0.isSpace }) else { return true }
        return !previous.isWord && ![")", "]", "‖", "²"].contains(previous.text)
    }

    /// The precedence of a template's outermost operator.
    static func precedence(of template: String) -> Int {
        let tokens = tokens(template)
        var depth = 0
        var lowest = Precedence.atom
        for (i, t) in tokens.enumerated() {
            switch t.text {
            case "(", "[": depth += 1
            case ")", "]": depth -= 1
            default:
                guard depth == 0 else { continue }
                if t.text == "," || t.text == "=" { return Precedence.none }
                if additive.contains(t.text) {
                    lowest = min(lowest, t.text == "-" && isUnary(tokens, i) ? Precedence.unary : Precedence.additive)
                } else if multiplicative.contains(t.text) {
                    lowest = min(lowest, Precedence.multiplicative)
                } else if t.text == "**" || t.text == "^" {
                    lowest = min(lowest, Precedence.power)
                } else if t.isWord, i + 1 < tokens.count, tokens[i + 1].isSpace, t.text.hasPrefix("_") {
                    lowest = min(lowest, Precedence.unary)   // `∏_dim a`
                }
            }
        }
        return lowest
    }

    /// `template` with each whole-word slot replaced by its text, in parentheses where Python's
    /// precedence needs them (`(yhat - y) ** 2`, `1/(a + b)`).
    static func substitute(_ template: String, slots: [String: Written]) -> String {
        guard !slots.isEmpty else { return template }
        let tokens = tokens(template)
        var out = ""
        for (i, t) in tokens.enumerated() {
            guard t.isWord, let w = slots[t.text] else { out += t.text; continue }
            let left = tokens[..<i].lastIndex { !$0.isSpace }
            let right = tokens[(i + 1)...].firstIndex { !$0.isSpace }
            var needed = Precedence.none
            if let l = left {
                let text = tokens[l].text
                if additive.contains(text) { needed = max(needed, text == "-" && isUnary(tokens, l) ? Precedence.unary : Precedence.multiplicative) }
                if multiplicative.contains(text) || text == "**" || text == "^" { needed = max(needed, Precedence.unary) }
                if tokens[l].isWord { needed = Precedence.atom }
            }
            if let r = right {
                let text = tokens[r].text
                if additive.contains(text) { needed = max(needed, Precedence.additive) }
                if multiplicative.contains(text) { needed = max(needed, Precedence.multiplicative) }
                if ["**", "^", "²", ".", "["].contains(text) || text == "(" && !tokens[r].isWord { needed = Precedence.atom }
            }
            out += w.precedence < needed ? "(" + w.text + ")" : w.text
        }
        return out
    }

    /// The symbol's names for the inputs in order: `a`, `b` in `a * b`; `a` in `s - a`; `A`, `v` in `A @ v`.
    static func inputLetters(_ symbol: String, count: Int) -> [String] {
        var letters: [String] = []
        for t in tokens(symbol) where t.isWord && ["a", "b", "c", "A", "B", "v"].contains(t.text) && !letters.contains(t.text) {
            letters.append(t.text)
        }
        while letters.count < count { letters.append("x\(letters.count)") }
        return letters
    }
}
