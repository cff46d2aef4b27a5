import Autograd
import Script

/// Explain mode: after each command its prose and the PyTorch line for this session's model, after
/// the learner's own course-code lines what they did (`StatementExplanations.swift`), and under each
/// error its cause and fix (keyed on the error's code). Owns whether it is on.
final class ExplainPart {
    unowned let host: any SessionHost
    /// Explain mode: prose and the PyTorch line after each command, cause and fix under each error.
    private(set) var isOn = false

    init(host: any SessionHost) {
        self.host = host
    }

    /// After a Python statement that ran, in explain mode: what it did, when it is a kind course code
    /// is made of.
    func afterStatement(_ stmt: Stmt) {
        guard isOn, let e = statementExplanation(stmt) else { return }
        host.emit(.explain(e))
    }

    /// `explain [on|off]`: sets the mode, or shows it.
    func setMode(_ mode: String?) throws {
        if let mode { isOn = mode == "on" }
        host.emit(.setting(name: "explain", value: isOn ? "on" : "off"))
    }

    /// After a command that succeeded: explain mode's prose and PyTorch line, from the command's declaration.
    func after(_ command: Command) {
        guard isOn else { return }
        var e = command.explanation
        if let line = command.pytorch?(self) { e.pytorch = line }
        host.emit(.explain(e))
    }

    /// `forward`'s PyTorch line: the assignments it re-ran.
    func pytorchForward() -> String? {
        guard let lossName = try? host.currentLossName() else { return nil }
        let lines = host.tracker.plan(for: lossName, isParameter: host.isParameterName).flatMap { $0.source() }
        return lines.isEmpty ? nil : lines.joined(separator: "; ")
    }

    func pytorchBackward(stepping: Bool) -> String? {
        (try? host.currentLossName()).map { "\($0).backward()" + (stepping ? "  # one node at a time" : "") }
    }

    func pytorchStep() -> String? {
        let optimizers = host.learnerOptimizers()
        if optimizers.count == 1, let o = optimizers.first { return "\(o.name).step()" }
        let params = host.parameters().map(\.name)
        guard !params.isEmpty else { return nil }
        return "with torch.no_grad(): " + params.map { "\($0) -= \(PythonFloat.repr(host.learningRate)) * \($0).grad" }.joined(separator: "; ")
    }

    func pytorchZeroGrad() -> String? {
        let optimizers = host.learnerOptimizers()
        if optimizers.count == 1, let o = optimizers.first { return "\(o.name).zero_grad()" }
        let params = host.parameters().map(\.name)
        guard !params.isEmpty else { return nil }
        return params.map { "\($0).grad = None" }.joined(separator: "; ")
    }

    /// Under an error, in explain mode: the cause in plain words and the fixing command.
    func afterError(_ error: Error) {
        guard isOn else { return }
        let topic = ExplainTexts.ErrorTopic.classify(error)
        host.emit(.seeing(.errorExplanation(cause: topic.cause, fix: topic.fix)))
    }
}
