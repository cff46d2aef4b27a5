import Autograd
import Script

extension DebugSession {
    /// `limit` shows the limits; `limit elements N` caps the size of any tensor a creation function
    /// makes; `limit recursion N` caps the depth of `def` calls. Both fail with a clear error when hit.
    func limitCommand(_ args: Arguments) throws {
        switch (args.string("WHICH"), args.int("N")) {
        case (nil, nil):
            break
        case (let which?, let n?):
            switch which {
            case "elements":
                guard n <= Shape.machineMaxElements else {
                    throw CommandError("this machine cannot hold \(n) elements", hint: "use at most \(Shape.machineMaxElements)")
                }
                interpreter.maxElements = n
            case "recursion":
                guard n <= 10_000 else {
                    throw CommandError("a recursion limit above 10000 could exhaust the native stack", hint: "use at most 10000")
                }
                interpreter.recursionLimit = n
            default:
                throw usageError("limit")
            }
        default:
            throw usageError("limit")
        }
        emit(.setting(name: "limit elements", value: String(interpreter.maxElements)))
        emit(.setting(name: "limit recursion", value: String(interpreter.recursionLimit)))
    }
}
