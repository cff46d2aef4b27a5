import Autograd

/// Why a loss or gradient became inf/NaN during training: finds the first operation in the loss's
/// graph that turned finite inputs into non-finite values and names the usual cause.
enum NonFiniteDiagnosis {
    /// A sentence naming the likely cause, for a loss computed at `iteration`.
    static func cause(loss: Tensor, iteration: Int, lr: Double, gradient: Bool = false) -> String {
        let nodes = graphNodes(loss)
        for node in nodes {
            let saved = node.saved
            switch node.name {
            case "LogBackward0" where saved.first.map({ has($0) { $0 <= 0 } }) ?? false:
                return "log of a non-positive number (log(0) is -inf, log of a negative number is nan); keep its argument positive, e.g. add a small epsilon or clamp it"
            case "SqrtBackward0" where saved.first.map({ has($0) { $0.isNaN } }) ?? false:
                return "sqrt of a negative number gives nan; clamp its argument to be >= 0"
            case "SqrtBackward0" where saved.first.map({ has($0) { $0 == 0 } }) ?? false:
                return "sqrt at 0 has an infinite gradient (1 / (2 * sqrt(0))); add a small epsilon inside the sqrt"
            case "DivBackward0" where saved.count > 1 && has(saved[1]) { $0 == 0 }:
                return "division by zero gives inf (and 0/0 gives nan); check the denominators"
            case "PowBackward0":
                let k = node.args.scalars.first ?? 1
                let fractional = k.rounded() != k
                if saved.first.map({ has($0) { ($0 < 0 && fractional) || ($0 == 0 && k < 1) } }) ?? false {
                    return "a power of a negative or zero number (e.g. x ** 0.5 with x < 0, or 0 ** -1)"
                }
            default:
                break
            }
        }
        if iteration > 1 {
            return "the learning rate (\(PythonFloat.repr(lr))) is probably too large: each step overshoots until the values overflow; try `lr \(PythonFloat.repr(lr / 10))`"
        }
        if let node = nodes.first(where: { n in n.output().map { !isFinite($0) } ?? false }) {
            return "\(node.name) produced inf or nan: its values overflowed float32 or its inputs contain inf/nan"
        }
        if gradient {
            return "the loss is finite but a derivative is infinite: a function used at a point where its slope is vertical (sqrt(0), x ** 0.5 at 0, log near 0) or the values overflowed float32"
        }
        return "the data or the initial parameters already contain inf or nan"
    }

    /// Whether any float element satisfies `p`.
    static func has(_ t: Tensor, _ p: (Double) -> Bool) -> Bool {
        t.dtype.isFloatingPoint && t.doubleValues().contains(where: p)
    }

    /// The graph's nodes, inputs before the nodes that use them.
    static func graphNodes(_ root: Tensor) -> [Node] {
        guard let start = root.gradFn else { return [] }
        var order: [Node] = []
        var seen = Set<ObjectIdentifier>()
        var stack: [(Node, Bool)] = [(start, false)]
        while let (node, expanded) = stack.popLast() {
            if expanded { order.append(node); continue }
            guard seen.insert(ObjectIdentifier(node)).inserted else { continue }
            stack.append((node, true))
            for edge in node.inputs { if let n = edge.node { stack.append((n, false)) } }
        }
        return order
    }

    /// Whether every element is finite (integer tensors always are).
    static func isFinite(_ t: Tensor) -> Bool {
        !t.dtype.isFloatingPoint || t.doubleValues().allSatisfy(\.isFinite)
    }
}
