import Autograd

/// `A.det()`, `A.inverse()` and `torch.linalg.det/inv/solve` (each also `torch.NAME(A, ...)`), over
/// the LU factorisation in Sources/Autograd/Ops/LinalgLU.swift.
enum LinalgBindings {
    nonisolated(unsafe) static let methods: [String: TensorAttributes.Method] = [
        "det": { t, _, _ in .tensor(try t.linalgDet()) },
        "inverse": { t, _, _ in .tensor(try t.linalgInv()) },
    ]

    /// The members of `torch.linalg` built here.
    nonisolated(unsafe) static let linalgFunctions: [String: TorchFunctions.Fn] = [
        "det": { a, _ in .tensor(try a.tensor(0, "A").linalgDet()) },
        "inv": { a, _ in .tensor(try a.tensor(0, "A").linalgInv()) },
        "solve": { a, _ in
            if try !a.bool(nil, "left", default: true) {
                throw PyError(.notImplemented, "torch.linalg.solve(left=False) is not supported by gradstep yet")
            }
            return .tensor(try a.tensor(0, "A").linalgSolve(try a.tensor(1, "B")))
        },
    ]
}
