import Autograd

/// Draws a tensor's backward graph as a Unicode tree, root first. Pure: returns text.
///
/// Each node shows its grad_fn name, the operation's symbol, the output shape and (while the output
/// tensor is alive) a short value; leaves are `parameter (AccumulateGrad)` or `data`. A node reached
/// again through another path is shown once and then referred to as `(shown above)`.
public struct GraphRenderer {
    /// Names for tensors the learner holds (by identity), shown next to their node.
    public var names: [ObjectIdentifier: String]
    /// At most this many lines; the rest is summarized.
    public var maxLines: Int

    public init(names: [ObjectIdentifier: String] = [:], maxLines: Int = 200) {
        self.names = names
        self.maxLines = maxLines
    }

    /// The tree for `root`, each line ending in "\n".
    public func render(root: Tensor, label: String) -> String {
        guard let fn = root.gradFn else {
            let kind = root.requiresGrad ? "parameter (AccumulateGrad)" : "data (requires_grad=False)"
            return "\(label)  \(kind)  \(Shape.describe(root.shape))  \(Self.shortValue(root))\n" +
                "(no graph: \(label) was not computed from tensors that require grad)\n"
        }
        var lines: [String] = []
        var seen = Set<ObjectIdentifier>()
        var truncated = 0
        func visit(_ node: Node?, inputShape: [Int], prefix: String, connector: String, childPrefix: String) {
            if lines.count >= maxLines { truncated += 1; return }
            guard let node else {
                lines.append(prefix + connector + "data  \(Shape.describe(inputShape))")
                return
            }
            let id = ObjectIdentifier(node)
            if let leaf = node.variable {
                let name = names[ObjectIdentifier(leaf)].map { $0 + "  " } ?? ""
                lines.append(prefix + connector + name + "parameter (AccumulateGrad)  \(Shape.describe(leaf.shape))  \(Self.shortValue(leaf))")
                return
            }
            var text = node.name
            if let symbol = node.op?.symbol, !symbol.isEmpty { text += "  " + symbol }
            text += "  " + Shape.describe(node.outputShape)
            if let out = node.output() {
                if let n = names[ObjectIdentifier(out)] { text = n + " = " + text }
                text += "  " + Self.shortValue(out)
            }
            guard seen.insert(id).inserted else {
                lines.append(prefix + connector + text + "  (shown above)")
                return
            }
            lines.append(prefix + connector + text)
            let inputs = node.inputs
            for (i, edge) in inputs.enumerated() {
                let last = i == inputs.count - 1
                let shape = i < node.inputShapes.count ? node.inputShapes[i] : []
                visit(edge.node, inputShape: shape, prefix: prefix + childPrefix,
                      connector: last ? "└─ " : "├─ ", childPrefix: last ? "   " : "│  ")
            }
        }
        visit(fn, inputShape: root.shape, prefix: "", connector: "", childPrefix: "")
        if !lines.isEmpty && names[ObjectIdentifier(root)] == nil { lines[0] = label + " = " + lines[0] }
        if truncated > 0 { lines.append("… \(truncated) more node\(truncated == 1 ? "" : "s") not shown") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Number of distinct nodes reachable from `root`'s grad_fn (AccumulateGrad nodes included).
    public static func nodeCount(_ root: Tensor) -> Int {
        guard let fn = root.gradFn else { return 0 }
        var seen: Set<ObjectIdentifier> = [ObjectIdentifier(fn)]
        var stack = [fn]
        while let n = stack.popLast() {
            for e in n.inputs {
                if let next = e.node, seen.insert(ObjectIdentifier(next)).inserted { stack.append(next) }
            }
        }
        return seen.count
    }

    /// The leaves (tensors with AccumulateGrad) reachable from `root`, optionally not passing `blocked`.
    public static func leaves(of root: Tensor, avoiding blocked: Node? = nil) -> [Tensor] {
        guard let fn = root.gradFn else { return root.requiresGrad ? [root] : [] }
        if let blocked, blocked === fn { return [] }
        var seen: Set<ObjectIdentifier> = [ObjectIdentifier(fn)]
        var stack = [fn]
        var out: [Tensor] = []
        while let n = stack.popLast() {
            if let v = n.variable { out.append(v) }
            for e in n.inputs {
                guard let next = e.node else { continue }
                if let blocked, blocked === next { continue }
                if seen.insert(ObjectIdentifier(next)).inserted { stack.append(next) }
            }
        }
        return out
    }

    /// A few values: a 0-d tensor's number, or the first elements of a small tensor.
    static func shortValue(_ t: Tensor) -> String {
        let values = t.doubleValues()
        if t.dim == 0, let v = values.first { return number(v) }
        let shown = values.prefix(3).map(number).joined(separator: ", ")
        return "[" + shown + (values.count > 3 ? ", …]" : "]")
    }

    static func number(_ v: Double) -> String {
        (try? PythonFormat.format(.float(v), spec: ".4g")) ?? PythonFloat.repr(v)
    }
}
