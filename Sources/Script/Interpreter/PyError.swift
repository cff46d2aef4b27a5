import Autograd

/// A Python exception raised while running: its class name, message, where it happened, and an
/// optional plain-language hint (what to do about it).
public struct PyError: CodedError, CustomStringConvertible {
    /// Python's exception classes that gradstep raises.
    public enum Kind: String, Sendable {
        case runtime = "RuntimeError"
        case name = "NameError"
        case type = "TypeError"
        case value = "ValueError"
        case index = "IndexError"
        case attribute = "AttributeError"
        case zeroDivision = "ZeroDivisionError"
        case notImplemented = "NotImplementedError"
        case recursion = "RecursionError"
        case assertion = "AssertionError"
        case keyboardInterrupt = "KeyboardInterrupt"
        case overflow = "OverflowError"
        case floatingPoint = "FloatingPointError"
        case key = "KeyError"
        case unboundLocal = "UnboundLocalError"
        case stopIteration = "StopIteration"
        case importError = "ModuleNotFoundError"
        case memory = "MemoryError"
        case cannotImport = "ImportError"
        case systemExit = "SystemExit"
        case os = "OSError"
        case brokenPipe = "BrokenPipeError"
        case fileNotFound = "FileNotFoundError"
        case generatorExit = "GeneratorExit"
    }

    public var kind: Kind
    public var message: String
    /// 1-based source line of the statement that failed (0 when unknown).
    public var line: Int = 0
    public var column: Int = 0
    /// Where in `line` the error passed last (the innermost expression, for CPython's `^^^^`).
    public var span: ErrorSpan?
    /// The frames of the functions it passed through, outermost first (the module's is `line`).
    public var frames: [TraceFrame] = []
    public var hint: String?
    /// What kind of mistake it reports (explain mode and hints key on it): the engine's code for an
    /// error from a tensor op, `.undefinedName` for a NameError of an unassigned name.
    public var code: ErrorCode?
    /// The exception object when there is one (user exception classes, `raise e` of a caught error).
    public var exception: ExceptionHandle?
    /// CPython's "Did you mean: 'x'?" name for a NameError or AttributeError (shown on the last line only).
    public var suggestion: String?
    /// A library's own exception class raised natively (`numpy.linalg.LinAlgError`), by its
    /// qualified name; `kind` is then its nearest built-in base (see `ClassRuntime.libraryExceptions`).
    public var libraryClass: String?

    public init(_ kind: Kind, _ message: String, hint: String? = nil) {
        self.kind = kind
        self.message = message
        self.hint = hint
    }

    /// An error of a library's own exception class (`numpy.linalg.LinAlgError`), caught by
    /// `except ValueError` too when that is one of its bases.
    init(library qualifiedName: String, _ message: String) {
        self.init(ClassRuntime.builtinBase(of: qualifiedName).flatMap(Kind.init(rawValue:)) ?? .runtime, message)
        libraryClass = qualifiedName
    }

    init(_ e: TorchError) {
        let k: Kind
        switch e.kind {
        case .runtime: k = .runtime
        case .index: k = .index
        case .value: k = .value
        case .type: k = .type
        case .notImplemented: k = .notImplemented
        case .linAlg:
            self.init(library: "torch._C._LinAlgError", e.message)
            code = e.code
            return
        }
        self.init(k, e.message)
        code = e.code
    }

    /// `NameError: name 'x' is not defined`, coded with the name.
    public static func undefinedName(_ name: String, hint: String? = nil) -> PyError {
        var e = PyError(.name, "name '\(name)' is not defined", hint: hint)
        e.code = .undefinedName(name)
        return e
    }

    /// `RuntimeError: message`, the last line Python prints.
    public var description: String {
        // CPython names a class by module too unless it is a builtin or the main program's.
        let name = exception.map { e in
            let c = e.instance.cls
            return c.module == "builtins" || c.module == "__main__" ? c.qualname : "\(c.module).\(c.qualname)"
        } ?? libraryClass ?? kind.rawValue
        let text = message.isEmpty ? name : "\(name): \(message)"
        return suggestion.map { text + ". Did you mean: '\($0)'?" } ?? text
    }
}

/// Converts any error thrown by the engine into a Python exception.
func pyError(_ error: Error) -> PyError {
    if let p = error as? PyError { return p }
    if let t = error as? TorchError { return PyError(t) }
    if let r = error as? RandomError { return PyError(.runtime, r.description) }
    return PyError(.runtime, "\(error)")
}
