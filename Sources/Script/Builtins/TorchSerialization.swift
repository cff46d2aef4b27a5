import Autograd

/// `torch.save` / `torch.load` for checkpoints a program saves and loads again in the same run (the
/// tutorials' `torch.save(model.state_dict(), "model.pth")` … `model.load_state_dict(torch.load(...))`).
/// gradstep does no file I/O from Python, so the object is kept in memory under its path, as a deep
/// copy (what loading a file gives back); a note on stderr says no file was written. Loading a path
/// this run did not save is CPython's FileNotFoundError, with a hint saying why.
enum TorchSerialization {
    nonisolated(unsafe) static let functions: [String: TorchFunctions.Fn] = [
        "save": { a, interp in
            let obj = try a.required(0, "obj")
            let path = try checkpointPath(try a.required(1, "f"), "save")
            _ = a.value(2, "pickle_module"); _ = a.value(3, "pickle_protocol"); _ = a.value(4, "_use_new_zipfile_serialization")
            var memo: [ObjectIdentifier: Value] = [:]
            interp.savedCheckpoints[path] = try GradMode.withDisabled { try CopyModule.deep(try detached(obj), &memo, interp) }
            interp.warnOnce("gradstep", "torch.save keeps '\(path)' in memory for this run (no file is written)")
            return .none
        },
        "load": { a, interp in
            let path = try checkpointPath(try a.required(0, "f"), "load")
            _ = a.value(1, "map_location"); _ = a.value(2, "pickle_module"); _ = a.value(nil, "weights_only"); _ = a.value(nil, "mmap")
            guard let saved = interp.savedCheckpoints[path] else {
                throw PyError(.fileNotFound, "[Errno 2] No such file or directory: '\(path)'",
                              hint: "gradstep's torch.load reads only what torch.save stored earlier in the same run")
            }
            var memo: [ObjectIdentifier: Value] = [:]
            return try CopyModule.deep(saved, &memo, interp)
        },
    ]

    /// The path argument: a string (file objects and buffers need real files).
    private static func checkpointPath(_ v: Value, _ function: String) throws -> String {
        guard case .string(let s) = v else {
            throw PyError(.notImplemented, "torch.\(function) with a \(v.typeName) is not supported by gradstep (pass a file name)")
        }
        return s
    }

    /// Tensors as torch.save stores them: their data, never their graph (a non-leaf comes back as a
    /// leaf that still requires grad).
    private static func detached(_ v: Value) throws -> Value {
        switch v {
        case .tensor(let t) where !t.isLeaf:
            let leaf = t.detach()
            if t.requiresGrad { try leaf.requiresGrad_(true) }
            return .tensor(leaf)
        case .list(let l): return .list(ListBox(try l.items.map(detached)))
        case .tuple(let items): return .tuple(try items.map(detached))
        default: return v
        }
    }
}
