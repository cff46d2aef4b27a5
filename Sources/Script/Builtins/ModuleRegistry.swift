import Autograd

/// Every module `import` can load, by dotted name. A module is built on its first import and kept
/// in the interpreter (`loadedModules`, Python's `sys.modules`), so module state such as `random`'s
/// generator is shared by every import of it.
enum ModuleRegistry {
    typealias Builder = @Sendable (Interpreter) throws -> NamespaceObject

    static let builders: [String: Builder] = [
        "torch": { Modules.torch($0) },
        "torch.linalg": { _ in Modules.linalg() },
        // The same object as `torch.special`.
        "torch.special": { interp in
            if case .object(let m as NamespaceObject)? = try ModuleRegistry.load("torch", interp).attribute("special", interpreter: interp) { return m }
            return MathBindings.special()
        },
        "numpy": { _ in Modules.numpy() },
        "numpy.random": { _ in NumpyRandom.make() },
        // The same object as `numpy.linalg` (`np.linalg is numpy.linalg`).
        "numpy.linalg": { interp in
            if case .object(let m as NamespaceObject)? = try ModuleRegistry.load("numpy", interp).attribute("linalg", interpreter: interp) { return m }
            return NumpyLinalgModule.namespace()
        },
        "numpy.exceptions": { interp in
            if case .object(let m as NamespaceObject)? = try ModuleRegistry.load("numpy", interp).attribute("exceptions", interpreter: interp) { return m }
            return NumpyLinalgModule.exceptionsNamespace()
        },
        "matplotlib": { Modules.matplotlib($0) },
        "matplotlib.animation": { _ in Modules.animation() },
        "matplotlib.pyplot": { _ in Modules.pyplot() },
        "math": { _ in MathModule.make() },
        "random": { _ in RandomModule.make() },
        "itertools": { _ in ItertoolsModule.make() },
        "collections": { _ in CollectionsModule.make() },
        "_functools": { _ in FunctoolsModule.make() },
        "operator": { _ in OperatorModule.make() },
        "time": { _ in SmallModules.time() },
        "sys": { SmallModules.sys($0) },
        "typing": { _ in SmallModules.typing() },
        "copy": { _ in CopyModule.make() },
        "inspect": { _ in InspectModule.make() },
        "string": { _ in SmallModules.string() },
        "json": { try JSONModule.make($0) },
        "re": { try ReModule.make($0) },
        "_warnings": { WarningsModule.make($0) },
        "_traceback": { _ in TracebackModule.make() },
        "__future__": { _ in SmallModules.future() },
    ]

    /// True for names gradstep stands in for loosely (fastai's and fastbook's star imports).
    static func isLenient(_ name: String) -> Bool {
        name.hasPrefix("fastai") || name.hasPrefix("fastbook") || name.hasPrefix("matplotlib")
    }

    /// The module `name` (dotted), loading it on first use.
    static func load(_ name: String, _ interp: Interpreter) throws -> NamespaceObject {
        if let m = interp.loadedModules[name] { return m }
        let module: NamespaceObject
        if case .object(let m as NamespaceObject)? = try Modules.libraryModule(name, interp) {
            // torch.nn, torch.optim, torch.utils.data: the bundled Python library (LibraryLoader caches it).
            module = m
        } else if let b = builders[name] {
            module = try b(interp)
        } else if isLenient(name) {
            module = NamespaceObject(name, try Modules.fastaiNamespace(interp))
            interp.importedFastai = true
        } else {
            let parts = name.split(separator: ".")
            if parts.count > 1, let parent = builders[String(parts[0])], String(parts[0]) != "torch" {
                _ = parent
                throw PyError(.importError, "No module named '\(name)'; '\(parts[0])' is not a package")
            }
            throw PyError(.importError, "No module named '\(name)'",
                          hint: "gradstep provides torch, numpy, matplotlib, fastai imports and the standard modules " +
                              builders.keys.filter { !$0.contains(".") && !$0.hasPrefix("_") }.sorted().joined(separator: ", "))
        }
        interp.loadedModules[name] = module
        return module
    }

    /// The public names of a module, for `from M import *`.
    static func publicNames(_ m: NamespaceObject, _ interp: Interpreter) -> [String: Value] {
        if m.name == "torch" { return Modules.torchBareNames(interp) }
        if isLenient(m.name) { return m.members }
        var out: [String: Value] = [:]
        for (k, v) in m.members where !k.hasPrefix("_") {
            if case .object(let o as NamespaceObject) = v, m.name != "__future__", o.typeName == "module" { continue }
            out[k] = v
        }
        return out
    }
}

extension Interpreter {
    /// `import a.b.c` binds `a`; `import a.b.c as d` binds the module `a.b.c` to `d`.
    func runImport(_ names: [ImportName], _ scope: Scope) throws {
        for n in names {
            let module = try ModuleRegistry.load(n.name, self)
            if let alias = n.asName {
                try store(alias, .object(module), scope)
            } else {
                let top = String(n.name.split(separator: ".").first ?? "")
                try store(top, .object(try ModuleRegistry.load(top, self)), scope)
            }
        }
    }

    /// `from M import a as b, c` / `from M import *`: binds the named members themselves.
    func runImportFrom(_ moduleName: String?, _ names: [ImportName], level: Int, _ scope: Scope) throws {
        if level > 0 { throw PyError(.cannotImport, "attempted relative import with no known parent package") }
        let m = moduleName ?? ""
        let module = try ModuleRegistry.load(m, self)
        for n in names {
            if n.name == "*" {
                for (k, v) in ModuleRegistry.publicNames(module, self) { try store(k, v, scope) }
                continue
            }
            let value: Value
            if let v = try module.attribute(n.name, interpreter: self) {
                value = v
            } else if ModuleRegistry.builders[m + "." + n.name] != nil {
                value = .object(try ModuleRegistry.load(m + "." + n.name, self))
            } else if m.hasPrefix("fastai") || m.hasPrefix("fastbook") {
                // Nothing else pretends to be fastai: the error names what gradstep provides.
                throw PyError(.cannotImport, "cannot import name '\(n.name)' from '\(m)' (unknown location)", hint: Modules.fastaiHint)
            } else if ModuleRegistry.isLenient(m) {
                value = .object(NamespaceObject(n.name, ["use": Modules.builtin("use") { _, _ in .none }]))
            } else if m == "__future__" {
                throw PyError(.cannotImport, "future feature \(n.name) is not defined")
            } else {
                throw PyError(.cannotImport, "cannot import name '\(n.name)' from '\(m)' (unknown location)")
            }
            try store(n.asName ?? n.name, value, scope)
        }
    }
}
