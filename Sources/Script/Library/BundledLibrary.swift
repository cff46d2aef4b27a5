import Autograd

/// The Python library bundled into the binary (torch.nn, torch.optim, torch.utils.data, collections):
/// source text by dotted module name. `BundledSources.swift` is generated from the `.py` files next
/// to this file by Tools/library-embed/generate.py.
enum BundledLibrary {
    /// The source of module `name`, or nil when it is not bundled.
    static func source(_ name: String) -> (isPackage: Bool, source: String)? {
        if let s = sources[name] { return s }
        // A directory without __init__.py (torch/utils) is a namespace package, as in Python 3;
        // top-level `torch` is Swift's.
        let prefix = name + "."
        return name.contains(".") && sources.keys.contains { $0.hasPrefix(prefix) } ? (true, "") : nil
    }

    /// The file name of bundled module `name` in tracebacks: `<gradstep>/torch/nn/functional.py`.
    static func fileName(_ name: String) -> String {
        "<gradstep>/" + name.replacingOccurrences(of: ".", with: "/") + (source(name)?.isPackage == true ? "/__init__.py" : ".py")
    }
}

/// A bundled module's global scope. Names the module does not bind are builtins, never the
/// learner's variables (lookup stops here instead of falling back to the interpreter's globals).
final class ModuleScope: Scope {
    let moduleName: String
    init(moduleName: String) {
        self.moduleName = moduleName
        super.init(vars: ["__name__": .string(moduleName)], parent: nil)
    }
}

/// Loads bundled modules on first import: runs each module's source once in its own `ModuleScope`
/// and caches the module object, so `import torch.nn` costs nothing until a program asks for it.
final class LibraryLoader {
    /// Loaded (or loading, for circular imports) modules by dotted name.
    private var modules: [String: NamespaceObject] = [:]
    private var scopes: [String: ModuleScope] = [:]

    /// The names of the modules loaded so far.
    var loadedNames: Set<String> { Set(modules.keys) }

    /// The module `name`: bundled Python, or nil when no bundled module has that name.
    func load(_ name: String, _ interp: Interpreter) throws -> NamespaceObject? {
        if let m = modules[name] { return m }
        guard let (isPackage, source) = BundledLibrary.source(name) else { return nil }
        // Parents first, as Python imports them; a parent that is Swift's (`torch`) has no entry.
        if let dot = name.lastIndex(of: ".") { _ = try load(String(name[..<dot]), interp) }
        if let m = modules[name] { return m }
        let module = NamespaceObject(name)
        // `torch.utils.data` after `import torch`: PyTorch's packages import their submodules eagerly;
        // here a bundled submodule loads on first attribute access instead.
        module.lazyMember = { [unowned self] child, interp in
            BundledLibrary.source(name + "." + child) == nil ? nil : try self.load(name + "." + child, interp).map { .object($0) }
        }
        let scope = ModuleScope(moduleName: name)
        if isPackage { scope.vars["__path__"] = .list(ListBox([])) }
        modules[name] = module
        scopes[name] = scope
        let parsed: Module
        do {
            parsed = try Parser.parse(source, filename: BundledLibrary.fileName(name))
        } catch {
            modules[name] = nil
            throw error
        }
        do {
            _ = try interp.exec(parsed.body, scope)
        } catch {
            modules[name] = nil
            scopes[name] = nil
            throw error
        }
        for (k, v) in scope.vars { module.members[k] = v }
        if let dot = name.lastIndex(of: "."), let parent = modules[String(name[..<dot])] {
            parent.members[String(name[name.index(after: dot)...])] = .object(module)
            scopes[String(name[..<dot])]?.vars[String(name[name.index(after: dot)...])] = .object(module)
        }
        return module
    }
}

extension Interpreter {
    /// The file a traceback names for a function of bundled library code (`<gradstep>/enum.py`, as
    /// its module was parsed), or nil for the learner's own functions.
    func libraryFile(of f: Function) -> String? {
        guard let closure = f.closure, let name = moduleName(of: closure) else { return nil }
        return BundledLibrary.fileName(name)
    }

    /// Line `n` (1-based) of the bundled file `file` (`<gradstep>/enum.py`), for tracebacks.
    public static func bundledSourceLine(_ file: String, _ n: Int) -> String? {
        guard file.hasPrefix("<gradstep>/"), file.hasSuffix(".py") else { return nil }
        var path = String(file.dropFirst("<gradstep>/".count).dropLast(3))
        if path.hasSuffix("/__init__") { path = String(path.dropLast("/__init__".count)) }
        guard let (_, source) = BundledLibrary.source(path.replacingOccurrences(of: "/", with: ".")) else { return nil }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        return n >= 1 && n <= lines.count ? String(lines[n - 1]) : nil
    }

    /// The dotted name of the bundled module whose code runs in `scope`, or nil for the learner's code.
    func moduleName(of scope: Scope) -> String? {
        var s: Scope? = scope
        while let cur = s {
            if let m = cur as? ModuleScope { return m.moduleName }
            s = cur.parent
        }
        return nil
    }
}
