import Autograd
import Script

/// Writes a backward graph as Graphviz DOT with torchviz's colours: the output green
/// (`darkolivegreen1`), parameters (AccumulateGrad leaves) light blue, ops light grey, data white.
/// Edges run from an input to the node that consumes it, as torchviz draws them. Pure: returns text.
public struct DotRenderer {
    public var names: [ObjectIdentifier: String]
    /// Which lines each node shows besides its name (`graph --svg FILE --values --grads`).
    public var columns: GraphColumns
    /// Gradients that reached each node in the last backward (by node identity).
    public var nodeGrads: [ObjectIdentifier: Tensor]
    /// How nodes are written: the same labelling as the tree view and the stepper (named data
    /// inputs, unpacked rows); without it, from `names` alone.
    var labels: NodeLabels?
    /// The module calls that made each node, outermost first: drawn as nested labelled boxes.
    public var boxes: [ObjectIdentifier: [ModuleBox]] = [:]

    public init(names: [ObjectIdentifier: String] = [:], columns: GraphColumns = GraphColumns(shapes: true, values: false, grads: false),
                nodeGrads: [ObjectIdentifier: Tensor] = [:]) {
        self.names = names
        self.columns = columns
        self.nodeGrads = nodeGrads
    }

    /// The shape, value and grad lines the columns ask for.
    private func columnLines(shape: [Int], value: Tensor?, grad: Tensor?) -> String {
        var text = ""
        if columns.shapes { text += "\n" + Shape.describe(shape) }
        if columns.values, let value { text += "\n" + GraphRenderer.shortValue(value) }
        if columns.grads, let grad { text += "\ngrad " + GraphRenderer.shortValue(grad) }
        return text
    }

    /// The DOT text for `root`'s graph.
    public func render(root: Tensor, label: String) -> String {
        var out = "digraph gradstep {\n"
        out += "    graph [rankdir=BT];\n"
        out += "    node [shape=box, style=\"filled,rounded\", fillcolor=lightgrey, fontname=\"monospace\", fontsize=10];\n"
        let rootShape = Shape.describe(root.shape)
        guard root.gradFn != nil else {
            let color = root.requiresGrad ? "lightblue" : "white"
            _ = rootShape
            out += "    root [label=\(quote(label + columnLines(shape: root.shape, value: root, grad: root.grad))), fillcolor=\(color)];\n}\n"
            return out
        }
        let nodes = GraphRenderer.allNodes(root)
        let labels = self.labels ?? NodeLabels(names: names, nodes: nodes)
        var ids: [ObjectIdentifier: String] = [:]
        for (i, n) in nodes.enumerated() { ids[ObjectIdentifier(n)] = "n\(i + 1)" }
        _ = rootShape
        out += "    output [label=\(quote(label + columnLines(shape: root.shape, value: root, grad: nil))), fillcolor=darkolivegreen1];\n"
        var dataCount = 0
        var edges: [String] = []
        for (i, node) in nodes.enumerated() {
            let id = "n\(i + 1)"
            if let leaf = node.variable {
                let name = names[ObjectIdentifier(leaf)] ?? "parameter"
                let grad = leaf.grad ?? nodeGrads[ObjectIdentifier(node)]
                out += "    \(id) [label=\(quote("\(name)\nAccumulateGrad" + columnLines(shape: leaf.shape, value: leaf, grad: grad))), fillcolor=lightblue];\n"
            } else {
                var text = node.name
                let s = labels.symbol(node)
                if !s.isEmpty { text += "\n" + s }
                if let o = node.output(), let n = names[ObjectIdentifier(o)] { text = n + " = " + text }
                let output = node.output()
                text += columnLines(shape: node.outputShape, value: output, grad: nodeGrads[ObjectIdentifier(node)] ?? output?.grad)
                let freed = node.savedFreed && (node.op?.savesTensors ?? false)
                out += "    \(id) [label=\(quote(text))\(freed ? ", color=orange, penwidth=2" : "")];\n"
            }
            for (k, edge) in node.inputs.enumerated() {
                if let next = edge.node, let from = ids[ObjectIdentifier(next)] {
                    edges.append("    \(from) -> \(id);\n")
                } else {
                    dataCount += 1
                    let shape = k < node.inputShapes.count ? node.inputShapes[k] : []
                    let name = labels.dataName(node, k).map { "\($0)\ndata" } ?? "data"
                    out += "    d\(dataCount) [label=\(quote(name + (columns.shapes ? "\n" + Shape.describe(shape) : ""))), fillcolor=white, shape=ellipse, style=filled];\n"
                    edges.append("    d\(dataCount) -> \(id) [style=dashed];\n")
                }
            }
        }
        edges.append("    n1 -> output;\n")
        out += clusters(nodes: nodes, ids: ids)
        out += edges.joined()
        out += Self.legend
        out += "}\n"
        return out
    }

    /// One nested `subgraph cluster_…` per module call, holding the nodes its forward made and the
    /// parameters whose names start with its path.
    private func clusters(nodes: [Node], ids: [ObjectIdentifier: String]) -> String {
        guard !boxes.isEmpty else { return "" }
        final class Box {
            let box: ModuleBox
            var members: [String] = []
            var children: [Box] = []
            init(_ box: ModuleBox) { self.box = box }
        }
        var byCall: [Int: Box] = [:]
        var roots: [Box] = []
        func box(for chain: [ModuleBox]) -> Box? {
            var parent: Box?
            for b in chain {
                if let existing = byCall[b.call] { parent = existing; continue }
                let made = Box(b)
                byCall[b.call] = made
                if let parent { parent.children.append(made) } else { roots.append(made) }
                parent = made
            }
            return parent
        }
        for node in nodes where node.op != nil {
            guard let chain = boxes[ObjectIdentifier(node)], let id = ids[ObjectIdentifier(node)] else { continue }
            box(for: chain)?.members.append(id)
        }
        // A parameter goes in the innermost box whose path starts its name (`model[0].weight` in `model[0]`).
        let all = byCall.values.filter { $0.box.path != nil }
        for node in nodes {
            guard let leaf = node.variable, let name = names[ObjectIdentifier(leaf)], let id = ids[ObjectIdentifier(node)] else { continue }
            let owner = all.filter { b in
                guard let p = b.box.path, name.hasPrefix(p) else { return false }
                let rest = name.dropFirst(p.count)
                return rest.first == "." || rest.first == "["
            }.max { ($0.box.path?.count ?? 0, -$0.box.call) < ($1.box.path?.count ?? 0, -$1.box.call) }
            owner?.members.append(id)
        }
        var text = ""
        func emit(_ b: Box, indent: String) {
            text += "\(indent)subgraph cluster_m\(b.box.call) {\n"
            text += "\(indent)    label=\(quote(b.box.label)); fontname=\"monospace\"; fontsize=10; style=\"rounded,dashed\"; color=steelblue;\n"
            for m in b.members { text += "\(indent)    \(m);\n" }
            for c in b.children { emit(c, indent: indent + "    ") }
            text += "\(indent)}\n"
        }
        for r in roots { emit(r, indent: "    ") }
        return text
    }

    /// A small key to the colours and borders, drawn beside the graph.
    static let legend = """
        subgraph cluster_legend {
            label="legend"; fontname="monospace"; fontsize=9; color=grey;
            key_out [label="the loss (output)", fillcolor=darkolivegreen1, fontsize=9];
            key_param [label="parameter (AccumulateGrad)", fillcolor=lightblue, fontsize=9];
            key_op [label="operation (grad_fn)", fillcolor=lightgrey, fontsize=9];
            key_data [label="data (no gradient)", fillcolor=white, shape=ellipse, style=filled, fontsize=9];
            key_freed [label="saved values freed", color=orange, penwidth=2, fontsize=9];
            key_out -> key_param -> key_op -> key_data -> key_freed [style=invis];
        }

    """

    /// A DOT string literal.
    func quote(_ s: String) -> String {
        var r = "\""
        for c in s {
            switch c {
            case "\"": r += "\\\""
            case "\\": r += "\\\\"
            case "\n": r += "\\n"
            default: r.append(c)
            }
        }
        return r + "\""
    }
}
