import Autograd

/// Writes a backward graph as Graphviz DOT with torchviz's colours: the output green
/// (`darkolivegreen1`), parameters (AccumulateGrad leaves) light blue, ops light grey, data white.
/// Edges run from an input to the node that consumes it, as torchviz draws them. Pure: returns text.
public struct DotRenderer {
    public var names: [ObjectIdentifier: String]

    public init(names: [ObjectIdentifier: String] = [:]) {
        self.names = names
    }

    /// The DOT text for `root`'s graph.
    public func render(root: Tensor, label: String) -> String {
        var out = "digraph gradstep {\n"
        out += "    graph [rankdir=BT];\n"
        out += "    node [shape=box, style=\"filled,rounded\", fillcolor=lightgrey, fontname=\"monospace\", fontsize=10];\n"
        let rootShape = Shape.describe(root.shape)
        guard root.gradFn != nil else {
            let color = root.requiresGrad ? "lightblue" : "white"
            out += "    root [label=\(quote("\(label)\n\(rootShape)")), fillcolor=\(color)];\n}\n"
            return out
        }
        let nodes = GraphRenderer.allNodes(root)
        var ids: [ObjectIdentifier: String] = [:]
        for (i, n) in nodes.enumerated() { ids[ObjectIdentifier(n)] = "n\(i + 1)" }
        out += "    output [label=\(quote("\(label)\n\(rootShape)")), fillcolor=darkolivegreen1];\n"
        var dataCount = 0
        var edges: [String] = []
        for (i, node) in nodes.enumerated() {
            let id = "n\(i + 1)"
            if let leaf = node.variable {
                let name = names[ObjectIdentifier(leaf)] ?? "parameter"
                out += "    \(id) [label=\(quote("\(name)\nAccumulateGrad\n\(Shape.describe(leaf.shape))")), fillcolor=lightblue];\n"
            } else {
                var text = node.name
                if let s = node.op?.symbol, !s.isEmpty { text += "\n" + s }
                if let o = node.output(), let n = names[ObjectIdentifier(o)] { text = n + " = " + text }
                text += "\n" + Shape.describe(node.outputShape)
                let freed = node.savedFreed && (node.op?.savesTensors ?? false)
                out += "    \(id) [label=\(quote(text))\(freed ? ", color=orange, penwidth=2" : "")];\n"
            }
            for (k, edge) in node.inputs.enumerated() {
                if let next = edge.node, let from = ids[ObjectIdentifier(next)] {
                    edges.append("    \(from) -> \(id);\n")
                } else {
                    dataCount += 1
                    let shape = k < node.inputShapes.count ? Shape.describe(node.inputShapes[k]) : ""
                    out += "    d\(dataCount) [label=\(quote("data\n\(shape)")), fillcolor=white, shape=ellipse, style=filled];\n"
                    edges.append("    d\(dataCount) -> \(id) [style=dashed];\n")
                }
            }
        }
        edges.append("    n1 -> output;\n")
        out += edges.joined()
        out += "}\n"
        return out
    }

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
