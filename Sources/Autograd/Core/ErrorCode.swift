/// The kind of mistake an error reports, for the tools that explain errors (explain mode, hints, the
/// stepper's advice). It is set where the error is raised, so nothing downstream reads message text:
/// a message can be reworded, or a learner can raise the same text themselves, without changing it.
public enum ErrorCode: Sendable, Equatable {
    /// backward through a graph whose saved values were freed.
    case backwardTwice
    /// backward from a tensor that does not require grad.
    case noGradFn
    /// a tensor saved for backward was changed in place afterwards.
    case inplaceModified
    /// an in-place change of a leaf that requires grad (or of a view of one).
    case leafInplace
    /// backward without a gradient from a tensor of several elements.
    case scalarOutput
    /// shapes that do not broadcast, reshape or match.
    case shapeMismatch
    /// a matrix product whose inner dimensions differ.
    case matmulShape
    /// requires_grad on a tensor that is not floating point.
    case integerGrad
    /// a name that is not defined; the name itself.
    case undefinedName(String)
    /// a debugger command that needs a loss before one is defined.
    case noLoss
    /// a debugger command given a name that does not hold a tensor.
    case notATensor
    /// a debugger command's arguments are not in its form.
    case usage
    /// a stepping verb after every node of the backward pass has run.
    case finishedPass
}

/// An error that may carry an `ErrorCode` (TorchError, the interpreter's PyError, a command's error).
public protocol CodedError: Error {
    var code: ErrorCode? { get }
}
