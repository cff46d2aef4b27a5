import Autograd

/// An interpreter's class machinery: the built-in classes user classes derive from (`object` and the
/// exception hierarchy), the epoch that invalidates attribute caches, the exceptions being handled
/// (for a bare `raise`), and an error raised by a user `__repr__`/`__str__` where the caller cannot
/// throw (it is rethrown by the next `print`/`str`/`repr`/f-string).
final class ClassRuntime {
    let epoch = ClassEpoch()
    let object: ClassObject
    /// `type`, as the base of user metaclasses (`class Meta(type)`).
    let metatype: ClassObject
    private var builtins: [String: ClassObject] = [:]
    var pendingError: PyError?
    /// The exceptions whose `except` blocks are running, innermost last.
    var handling: [PyError] = []

    /// Python's built-in exception classes and their bases, parents first.
    static let exceptionTree: [(String, String)] = [
        ("BaseException", "object"), ("Exception", "BaseException"), ("KeyboardInterrupt", "BaseException"),
        ("SystemExit", "BaseException"), ("GeneratorExit", "BaseException"),
        ("ArithmeticError", "Exception"), ("FloatingPointError", "ArithmeticError"), ("OverflowError", "ArithmeticError"),
        ("ZeroDivisionError", "ArithmeticError"), ("LookupError", "Exception"), ("IndexError", "LookupError"),
        ("KeyError", "LookupError"), ("ValueError", "Exception"), ("UnicodeError", "ValueError"), ("TypeError", "Exception"),
        ("NameError", "Exception"), ("UnboundLocalError", "NameError"), ("AttributeError", "Exception"),
        ("RuntimeError", "Exception"), ("NotImplementedError", "RuntimeError"), ("RecursionError", "RuntimeError"),
        ("AssertionError", "Exception"), ("StopIteration", "Exception"), ("ImportError", "Exception"),
        ("ModuleNotFoundError", "ImportError"), ("MemoryError", "Exception"), ("EOFError", "Exception"),
        ("OSError", "Exception"), ("FileNotFoundError", "OSError"),
        ("ConnectionError", "OSError"), ("BrokenPipeError", "ConnectionError"), ("Warning", "Exception"), ("UserWarning", "Warning"),
        ("DeprecationWarning", "Warning"), ("RuntimeWarning", "Warning"), ("FutureWarning", "Warning"),
        ("PendingDeprecationWarning", "Warning"), ("SyntaxWarning", "Warning"), ("ImportWarning", "Warning"),
        ("UnicodeWarning", "Warning"), ("BytesWarning", "Warning"), ("ResourceWarning", "Warning"),
        ("EncodingWarning", "Warning"),
    ]

    init(_ interpreter: Interpreter) {
        // `object` has no bases; building it cannot fail.
        object = ClassObject(name: "object", module: "builtins", bases: [], epoch: epoch, interpreter: interpreter, mroTail: [])
        NativeSlots.installObject(object)
        builtins["object"] = object
        metatype = ClassRuntime.makeTypeClass(object: object, epoch: epoch, interpreter: interpreter)
        var tree = ClassRuntime.exceptionTree
        for name in Builtins.exceptionNames where !tree.contains(where: { $0.0 == name }) { tree.append((name, "Exception")) }
        for (name, parent) in tree {
            guard let base = builtins[parent] else { continue }
            let c = ClassObject(name: name, module: "builtins", bases: [base], errorKind: PyError.Kind(rawValue: name),
                                epoch: epoch, interpreter: interpreter, mroTail: base.mro)
            if name == "BaseException" { NativeSlots.installBaseException(c) }
            if name == "KeyError" { NativeSlots.installKeyError(c) }
            if name == "ImportError" { NativeSlots.installImportError(c) }
            if name == "StopIteration" { NativeSlots.installArgumentAlias(c, "value") }
            if name == "SystemExit" { NativeSlots.installArgumentAlias(c, "code") }
            builtins[name] = c
        }
    }

    /// A built-in class by its Python name (`object`, `ValueError`).
    func builtin(_ name: String) -> ClassObject? { builtins[name] }

    private var typeClasses: [String: ClassObject] = [:]

    /// The class standing for a built-in type user classes may derive from (`list`, `dict`, `str`, …;
    /// see `BuiltinSubclass`), made on first use; nil for other names.
    func typeClass(_ name: String) -> ClassObject? {
        if let c = typeClasses[name] { return c }
        guard BuiltinSubclass.names.contains(name), let interp = object.interpreter else { return nil }
        let c = BuiltinSubclass.make(name, object: object, epoch: epoch, interpreter: interp)
        typeClasses[name] = c
        return c
    }

    var builtinNames: [String] { Array(builtins.keys) }

    /// Exception classes libraries define in C or Python that gradstep raises natively, by
    /// qualified name, with their bases: built-in classes or other classes of this table
    /// (numpy/linalg/_linalg.py, numpy/exceptions.py, numpy/_core/_exceptions.py).
    static let libraryExceptions: [String: [String]] = [
        "numpy.linalg.LinAlgError": ["ValueError"],
        "torch._C._LinAlgError": ["RuntimeError"],
        "numpy.exceptions.AxisError": ["ValueError", "IndexError"],
        "numpy.exceptions.DTypePromotionError": ["TypeError"],
        "numpy._core._exceptions.UFuncTypeError": ["TypeError"],
        "numpy._core._exceptions._UFuncNoLoopError": ["numpy._core._exceptions.UFuncTypeError"],
        "numpy._core._exceptions._UFuncCastingError": ["numpy._core._exceptions.UFuncTypeError"],
        "numpy._core._exceptions._UFuncOutputCastingError": ["numpy._core._exceptions._UFuncCastingError"],
    ]

    /// The library exceptions whose class is the bundled Python's (numpy's own is Python too).
    static let pythonDefined: Set<String> = ["numpy.exceptions.AxisError", "numpy.exceptions.DTypePromotionError"]

    /// The built-in class a library exception derives from first (its `PyError.Kind`).
    static func builtinBase(of qualifiedName: String) -> String? {
        var name = qualifiedName
        for _ in 0..<8 {
            guard let first = libraryExceptions[name]?.first else { return nil }
            if libraryExceptions[first] == nil { return first }
            name = first
        }
        return nil
    }
    private var libraryClasses: [String: ClassObject] = [:]

    /// The class of `libraryExceptions` named `qualifiedName`, made on first use (one per
    /// interpreter, so `except np.linalg.LinAlgError` catches what numpy's functions raise).
    func libraryException(_ qualifiedName: String) -> ClassObject? {
        if let c = libraryClasses[qualifiedName] { return c }
        if ClassRuntime.pythonDefined.contains(qualifiedName), let interp = object.interpreter,
           let dot = qualifiedName.lastIndex(of: "."),
           let mod = try? interp.library.load(String(qualifiedName[..<dot]), interp),
           case .object(let c as ClassObject)? = mod.members[String(qualifiedName[qualifiedName.index(after: dot)...])] {
            libraryClasses[qualifiedName] = c
            return c
        }
        guard let baseNames = ClassRuntime.libraryExceptions[qualifiedName],
              let dot = qualifiedName.lastIndex(of: ".") else { return nil }
        let bases = baseNames.compactMap { builtins[$0] ?? libraryException($0) }
        guard let tail = try? ClassObject.linearize(bases: bases) else { return nil }
        let tailName = String(qualifiedName[qualifiedName.index(after: dot)...])
        // numpy's `_display_as_base`: the private ufunc error classes take their base's __name__
        // (tracebacks still show the qualified name).
        let displayed = tailName.hasPrefix("_UFunc") ? bases.first?.name ?? tailName : tailName
        let c = ClassObject(name: displayed, module: String(qualifiedName[..<dot]), bases: bases,
                            epoch: epoch, interpreter: object.interpreter, mroTail: tail)
        c.qualname = tailName
        libraryClasses[qualifiedName] = c
        return c
    }

    /// The class of an error: its exception instance's, or the built-in class of its kind.
    func errorClass(_ e: PyError) -> ClassObject {
        if let i = e.exception?.instance { return i.cls }
        if let name = e.libraryClass, let c = libraryException(name) { return c }
        return builtins[e.kind.rawValue] ?? builtins["Exception"] ?? object
    }

    /// Runs `body`; an error it raises is kept in `pendingError` (for non-throwing callers) and nil returned.
    func recording<T>(_ body: () throws -> T) -> T? {
        do { return try body() } catch {
            if pendingError == nil { pendingError = pyError(error) }
            return nil
        }
    }

    /// Rethrows an error a non-throwing `repr`/`str` recorded.
    func rethrowPending() throws {
        if let e = pendingError {
            pendingError = nil
            throw e
        }
    }
}

/// An exception instance carried by a `PyError` (user exception classes, caught-and-reraised errors).
public struct ExceptionHandle: @unchecked Sendable {
    let instance: Instance
}
