import Autograd
import Script

/// Which columns a graph view shows next to each node.
public struct GraphColumns: Equatable, Sendable {
    public var shapes: Bool
    public var values: Bool
    public var grads: Bool
    public init(shapes: Bool = true, values: Bool = true, grads: Bool = true) {
        self.shapes = shapes
        self.values = values
        self.grads = grads
    }
    /// Everything (grads only appear once a backward produced them).
    public static let all = GraphColumns()
}

/// Draws a tensor's backward graph as a Unicode tree, root first. Pure: returns text.
///
/// Each node shows its grad_fn name, the operation's symbol, the output shape, a short value (while
/// the output tensor is alive) and, after a backward, the gradient that reached it. Leaves are
/// `parameter (AccumulateGrad)`, `data` or `detached`. A node with several consumers is numbered
/// (`#3`) where it is first drawn and later referred to as `↑ see #3`. Lines are cut at `width`.
public struct GraphRenderer {
    /// Names for tensors the learner holds (by identity), shown next to their node.
    public var names: [ObjectIdentifier: String]
    /// At most this many lines; the rest is summarized.
    public var maxLines: Int
    public var columns: GraphColumns
    /// Lines longer than this are cut with `…` (0: never).
    public var width: Int
    /// Gradients that reached each node in the last backward (by node identity).
    public var nodeGrads: [ObjectIdentifier: Tensor]
    /// The node the step debugger is paused at (marked `◀ here`) and the nodes it already ran (`✓`).
    public var cursor: Node?
    public var visited: Set<ObjectIdentifier>
    /// Names of tensors known to be detached copies (drawn as `detached` leaves).
    public var detachedNames: Set<String>
    /// The module calls that made each node, outermost first (`⟦model[0]: Linear⟧` where they change).
    public var boxes: [ObjectIdentifier: [ModuleBox]] = [:]

    public init(names: [ObjectIdentifier: String] = [:], maxLines: Int = 200, columns: GraphColumns = .all,
                width: Int = 0, nodeGrads: [ObjectIdentifier: Tensor] = [:], cursor: Node? = nil,
                visited: Set<ObjectIdentifier> = [], detachedNames: Set<String> = []) {
        self.names = names
        self.maxLines = maxLines
        self.columns = columns
        self.width = width
        self.nodeGrads = nodeGrads
        self.cursor = cursor
        self.visited = visited
        self.detachedNames = detachedNames
    }

    /// The tree for `root`, each line ending in "\n".
    public func render(root: Tensor, label: String) -> String {
        guard let fn = root.gradFn else {
            let kind: String
            if root.requiresGrad { kind = "parameter (AccumulateGrad)" }
            else if detachedNames.contains(label) { kind = "detached (requires_grad=False: gradient stops here)" }
            else { kind = "data (requires_grad=False)" }
            var text = "\(label)  \(kind)" + leafColumns(root)
            text = cut(text) + "\n"
            let why = root.requiresGrad
                ? "\(label) is a leaf: no operation made it; backward accumulates into \(label).grad"
                : "\(label) was not computed from tensors that require grad"
            return text + "(no graph: \(why))\n"
        }
        let shared = Self.sharedNodes(from: fn)
        let labels = labels(nodes: Self.allNodesFrom(fn))
        var ids: [ObjectIdentifier: Int] = [:]
        var lines: [String] = []
        var drawn = Set<ObjectIdentifier>()
        var truncated = 0
        func visit(_ node: Node?, parent: Node?, inputIndex: Int, prefix: String, connector: String, childPrefix: String) {
            if lines.count >= maxLines { truncated += 1; return }
            guard let node else {
                lines.append(prefix + connector + dataLeaf(parent: parent, inputIndex: inputIndex, labels: labels))
                return
            }
            let key = ObjectIdentifier(node)
            if drawn.contains(key) {
                let id = ids[key].map { "#\($0)" } ?? "?"
                lines.append(prefix + connector + "↑ see \(id)" + (shortTitle(node, labels).map { " (\($0))" } ?? ""))
                return
            }
            drawn.insert(key)
            var tag = ""
            if shared.contains(key) {
                let id = ids.count + 1
                ids[key] = id
                tag = "  #\(id)"
            }
            let (head, columnsText) = title(node, labels)
            // The module box goes first among the columns, so a narrow console moves it under the node
            // instead of cutting it.
            let tail = boxTag(node, parent: parent) + columnsText
            let inputs = node.inputs
            let first = prefix + connector + head + tag + markers(node)
            if width > 0, (first + tail).count > width, !tail.isEmpty {
                // Too wide: the value and grad columns go on lines of their own under the node, so
                // no number is cut.
                lines.append(first)
                let under = prefix + childPrefix + (inputs.isEmpty ? "   " : "│  ")
                for part in tail.components(separatedBy: "  ") where !part.isEmpty { lines.append(under + part) }
            } else {
                lines.append(first + tail)
            }
            for (i, edge) in inputs.enumerated() {
                let last = i == inputs.count - 1
                visit(edge.node, parent: node, inputIndex: i, prefix: prefix + childPrefix,
                      connector: last ? "└─ " : "├─ ", childPrefix: last ? "   " : "│  ")
            }
        }
        visit(fn, parent: nil, inputIndex: 0, prefix: "", connector: "", childPrefix: "")
        if !lines.isEmpty && names[ObjectIdentifier(root)] == nil { lines[0] = label + " = " + lines[0] }
        lines = lines.map(cut)
        if GraphRenderer.allNodesFrom(fn).contains(where: Self.isFreed) {
            lines.append("[freed] = saved values freed by backward: run `forward` before the next one")
        }
        if truncated > 0 { lines.append("… \(truncated) more node\(truncated == 1 ? "" : "s") not shown") }
        if !boxes.isEmpty {
            lines.append("⟦…⟧ = the module whose forward made that node and the nodes under it")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One node's text in two parts, so markers go between them: `name = GradFn  symbol  shape` and
    /// `  value  grad …`.
    private func title(_ node: Node, _ labels: NodeLabels) -> (String, String) {
        if let leaf = node.variable {
            let name = names[ObjectIdentifier(leaf)].map { $0 + "  " } ?? ""
            var text = leafColumns(leaf)
            if columns.grads, leaf.grad == nil, let g = nodeGrads[ObjectIdentifier(node)] {
                text += "  grad " + Self.shortValue(g)
            }
            return (name + "parameter (AccumulateGrad)", text)
        }
        var head = node.name
        let symbol = labels.symbol(node)
        if !symbol.isEmpty { head += "  " + symbol }
        if columns.shapes { head += "  " + Shape.describe(node.outputShape) }
        let out = node.output()
        if let out, let n = names[ObjectIdentifier(out)] { head = n + " = " + head }
        var text = ""
        if columns.values, let out { text += "  " + Self.shortValue(out) }
        if columns.grads {
            if let g = nodeGrads[ObjectIdentifier(node)] {
                text += "  grad " + Self.shortValue(g)
            } else if let g = out?.grad {
                text += "  grad " + Self.shortValue(g)
            }
        }
        return (head, text)
    }

    /// Shape, value and grad columns of a leaf tensor.
    private func leafColumns(_ t: Tensor) -> String {
        var text = ""
        if columns.shapes { text += "  " + Shape.describe(t.shape) }
        if columns.values { text += "  " + Self.shortValue(t) }
        if columns.grads, let g = t.grad { text += "  grad " + Self.shortValue(g) }
        return text
    }

    /// A short reminder of a node for `↑ see` lines.
    private func shortTitle(_ node: Node, _ labels: NodeLabels) -> String? {
        if let leaf = node.variable { return names[ObjectIdentifier(leaf)] ?? "AccumulateGrad" }
        if let out = node.output(), let n = names[ObjectIdentifier(out)] { return n }
        if let rows = labels.unbindRows(node) { return rows.joined(separator: ", ") }
        return node.name
    }

    /// `  ⟦model[0]: Linear⟧` where the module that made `node` is not the one that made its consumer.
    private func boxTag(_ node: Node, parent: Node?) -> String {
        guard !boxes.isEmpty, node.op != nil else { return "" }
        let inner = boxes[ObjectIdentifier(node)]?.last
        let outer = parent.flatMap { boxes[ObjectIdentifier($0)]?.last }
        guard inner != outer else { return "" }
        return "  ⟦" + (inner?.label ?? "outside any module") + "⟧"
    }

    private func markers(_ node: Node) -> String {
        var text = ""
        if Self.isFreed(node) { text += "  [freed]" }
        if let cursor, cursor === node { text += "  ◀ here" }
        else if visited.contains(ObjectIdentifier(node)) { text += "  ✓" }
        return text
    }

    /// An input that needs no gradient: named when its view or a saved tensor shows which variable it was.
    private func dataLeaf(parent: Node?, inputIndex: Int, labels: NodeLabels) -> String {
        let shape = parent.flatMap { inputIndex < $0.inputShapes.count ? $0.inputShapes[inputIndex] : nil } ?? []
        let shapeText = columns.shapes ? "  " + Shape.describe(shape) : ""
        if let parent, let name = labels.dataName(parent, inputIndex) {
            if detachedNames.contains(name) {
                return "\(name)  detached (gradient stops here)" + shapeText
            }
            return "\(name)  data" + shapeText
        }
        return "data" + shapeText
    }

    /// The learner's names for an unbind's rows (`a, b, c = params`), by the unbound tensor's name and
    /// the row count (set by the session).
    var unpackNames: (String, Int) -> [String]? = { _, _ in nil }

    /// The named tensors (set through `withTensors`), so data inputs can be named.
    var tensors: [Tensor] = []

    /// The renderer with the named tensors known, so data inputs can be named.
    public func withTensors(_ tensors: [Tensor]) -> GraphRenderer {
        var r = self
        r.tensors = tensors
        return r
    }

    /// How this renderer's nodes are written (the one labelling the stepper and DOT also use).
    func labels(nodes: [Node] = []) -> NodeLabels {
        NodeLabels(names: names, tensors: tensors, unpackNames: unpackNames, nodes: nodes)
    }

    /// A line too wide for the console ends with "…" at a space or comma, never inside a number.
    private func cut(_ line: String) -> String {
        guard width > 0, line.count > width else { return line }
        let head = line.prefix(max(1, width - 1))
        guard let boundary = head.lastIndex(where: { $0 == " " || $0 == "," }), boundary > head.startIndex else {
            return String(head) + "…"
        }
        var kept = head[..<boundary]
        while kept.last == " " || kept.last == "," { kept = kept.dropLast() }
        return String(kept) + " …"
    }

    /// True when backward freed the values this node saved (a second backward would fail here).
    static func isFreed(_ node: Node) -> Bool {
        node.savedFreed && (node.op?.savesTensors ?? false)
    }

    static func allNodesFrom(_ fn: Node) -> [Node] {
        var seen: Set<ObjectIdentifier> = [ObjectIdentifier(fn)]
        var out = [fn]
        var i = 0
        while i < out.count {
            for e in out[i].inputs {
                if let next = e.node, seen.insert(ObjectIdentifier(next)).inserted { out.append(next) }
            }
            i += 1
        }
        return out
    }

    /// Nodes reached from more than one consumer edge.
    static func sharedNodes(from root: Node) -> Set<ObjectIdentifier> {
        var count: [ObjectIdentifier: Int] = [:]
        var seen: Set<ObjectIdentifier> = [ObjectIdentifier(root)]
        var stack = [root]
        while let n = stack.popLast() {
            for e in n.inputs {
                guard let next = e.node else { continue }
                let k = ObjectIdentifier(next)
                count[k, default: 0] += 1
                if seen.insert(k).inserted { stack.append(next) }
            }
        }
        return Set(count.filter { $0.value > 1 }.keys)
    }

    /// Every node reachable from `root`'s grad_fn, each once (AccumulateGrad nodes included).
    public static func allNodes(_ root: Tensor) -> [Node] {
        guard let fn = root.gradFn else { return [] }
        return allNodesFrom(fn)
    }

    /// Number of distinct nodes reachable from `root`'s grad_fn (AccumulateGrad nodes included).
    public static func nodeCount(_ root: Tensor) -> Int { allNodes(root).count }

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
