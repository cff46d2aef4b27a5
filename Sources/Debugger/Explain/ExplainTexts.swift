import Autograd
import Script

/// The cause and fix explain mode shows under each kind of error. (What each command did, and its
/// PyTorch line, is declared with the command in `CommandTable`.)
public enum ExplainTexts {
    /// The kinds of error explain mode recognizes, each with a cause and a fix.
    public enum ErrorTopic: String, CaseIterable, Sendable {
        case backwardTwice, noGradFn, inplaceModified, leafInplace, scalarOutput, shapeMismatch, matmulShape,
             integerGrad, noLoss, notATensor, usage, finishedPass, nameError, syntaxError, typeError, indexError,
             valueError, zeroDivision, attributeError, interrupted, other

        /// The topic of an error: from the code it was raised with, else from its Python class. Never
        /// from its message, which a learner's own `raise` could copy.
        public static func classify(_ error: Error) -> ErrorTopic {
            if let coded = error as? CodedError, let code = coded.code { return topic(of: code) }
            return topic(ofKind: kind(of: error))
        }

        static func topic(of code: ErrorCode) -> ErrorTopic {
            switch code {
            case .backwardTwice: return .backwardTwice
            case .noGradFn: return .noGradFn
            case .inplaceModified: return .inplaceModified
            case .leafInplace: return .leafInplace
            case .scalarOutput: return .scalarOutput
            case .shapeMismatch: return .shapeMismatch
            case .matmulShape: return .matmulShape
            case .integerGrad: return .integerGrad
            case .undefinedName: return .nameError
            case .noLoss: return .noLoss
            case .notATensor: return .notATensor
            case .usage: return .usage
            case .finishedPass: return .finishedPass
            }
        }

        static func topic(ofKind kind: String) -> ErrorTopic {
            switch kind {
            case "NameError": return .nameError
            case "SyntaxError", "IndentationError", "TabError": return .syntaxError
            case "TypeError": return .typeError
            case "IndexError": return .indexError
            case "ValueError": return .valueError
            case "ZeroDivisionError": return .zeroDivision
            case "AttributeError": return .attributeError
            case "KeyboardInterrupt": return .interrupted
            default: return .other
            }
        }

        /// The Python class an error surfaces as.
        static func kind(of error: Error) -> String {
            switch error {
            case let e as SyntaxError: return e.kind.rawValue
            case let e as PyError: return e.kind.rawValue
            case let e as TorchError: return e.kind.rawValue
            case let e as CommandError: return e.kind
            default: return "RuntimeError"
            }
        }

        /// Why it happened, in plain words.
        public var cause: String {
            switch self {
            case .backwardTwice: return "backward frees the values the graph saved for computing derivatives, so the same graph cannot be walked a second time."
            case .noGradFn: return "the tensor you called backward on was not computed from anything that requires grad, so there is no graph to walk."
            case .inplaceModified: return "a tensor that the graph saved for backward was changed in place afterwards, so its derivative would use the wrong values."
            case .leafInplace: return "changing a parameter in place while grad mode is on would be recorded as part of the graph and break it."
            case .scalarOutput: return "backward without arguments needs a single number to start from; this tensor has several elements."
            case .shapeMismatch: return "the tensors' shapes do not fit together: broadcasting needs each dimension to be equal or 1."
            case .matmulShape: return "for a matrix product the inner dimensions must be equal (an (n×k) times a (k×m))."
            case .integerGrad: return "only floating-point tensors can have gradients; integer tensors have no slopes."
            case .noLoss: return "the commands need to know which tensor is the loss, and none is defined yet."
            case .notATensor: return "the command works on tensors, and that name holds something else."
            case .usage: return "the command's arguments were not in the form it expects."
            case .finishedPass: return "every node of that backward pass has already run."
            case .nameError: return "the name was never assigned (or is misspelled) in this session."
            case .syntaxError: return "the line is not valid Python, so nothing ran."
            case .typeError: return "a value of the wrong type was given to an operation or a function."
            case .indexError: return "an index is outside the tensor's or list's size."
            case .valueError: return "a value has the right type but a wrong content (for example unpacking the wrong number of items)."
            case .zeroDivision: return "Python numbers cannot be divided by zero (tensors give inf instead)."
            case .attributeError: return "the object has no attribute or method with that name."
            case .interrupted: return "Ctrl-C stopped the run after the current iteration."
            case .other: return "PyTorch refused the operation; the message above says which rule it broke."
            }
        }

        /// The command (or Python) that fixes it.
        public var fix: String {
            switch self {
            case .backwardTwice: return "run `forward` first, or `backward --retain` to keep the saved values"
            case .noGradFn: return "make a parameter with `w = torch.randn(3, requires_grad=True)` and recompute the loss from it"
            case .inplaceModified: return "use an out-of-place op (`x = x * 2` instead of `x *= 2`), then `forward`"
            case .leafInplace: return "update parameters with `step` (it runs under torch.no_grad())"
            case .scalarOutput: return "reduce the tensor first, e.g. `loss = ((pred - y)**2).mean()`"
            case .shapeMismatch: return "check the shapes with `vars`, then reshape with `.view(...)` or `.unsqueeze(...)`"
            case .matmulShape: return "check the shapes with `vars`; transpose one side with `.T` if needed"
            case .integerGrad: return "create it as float: `torch.tensor([1., 2.], requires_grad=True)`"
            case .noLoss: return "assign `loss = ...` or choose a tensor with `loss NAME`"
            case .notATensor: return "list what each name holds with `vars`"
            case .usage: return "see `help COMMAND` for the arguments"
            case .finishedPass: return "run `forward` and `backward --step` again"
            case .nameError: return "define it first, or check the spelling with `vars`"
            case .syntaxError: return "fix the line where the caret points and run it again"
            case .typeError: return "check the types with `vars` and `type(x)`"
            case .indexError: return "check the size with `x.shape`"
            case .valueError: return "check how many items the value really has, e.g. with `len(x)`"
            case .zeroDivision: return "guard the division, or use a tensor"
            case .attributeError: return "check the spelling; `help` lists the commands"
            case .interrupted: return "run the command again to continue"
            case .other: return "read the message; `help` lists the commands"
            }
        }
    }
}
