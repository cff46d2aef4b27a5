import Autograd
import Script

extension DebugSession {
    /// The `nn.Module` calls that made each of `nodes`, named by the learner's paths to the modules
    /// (`model[0]`), for the graph's module boxes.
    func moduleBoxes(for nodes: [Node]) -> [ObjectIdentifier: [ModuleBox]] {
        let variables = learnerVariableNames().compactMap { n in value(n).map { (name: n, value: $0) } }
        return interpreter.moduleBoxes(for: nodes, variables: variables)
    }
}
