import Autograd

/// `torch._C._wrap_function_outputs(ctx, name, args, outputs)`: the native half of
/// `torch.autograd.Function.apply` (torch/autograd/function.py). Gives the outputs a backward node
/// named `name` whose backward calls `ctx.apply(*grad_outputs)` (the learner's `backward`) and routes
/// the returned gradients to the tensor arguments.
enum FunctionBindings {
    static func wrapOutputs(_ a: CallArgs, _ interp: Interpreter) throws -> Value {
        let ctx = try a.required(0, "ctx")
        let name = Repr.str(try a.required(1, "name"))
        let args = try interp.iterate(try a.required(2, "args"))
        let outputValue = try a.required(3, "outputs")
        let isTuple: Bool
        var outputs: [Value]
        if case .tuple(let t) = outputValue { isTuple = true; outputs = t } else { isTuple = false; outputs = [outputValue] }
        var inputs: [Tensor] = [], inputPositions: [Int] = []
        for (i, v) in args.enumerated() { if case .tensor(let t) = v { inputs.append(t); inputPositions.append(i) } }
        var outTensors: [Tensor] = [], outPositions: [Int] = []
        for (i, v) in outputs.enumerated() { if case .tensor(let t) = v { outTensors.append(t); outPositions.append(i) } }
        let nonDiff = (try? interp.iterate(try interp.getAttribute(ctx, "non_differentiable"))) ?? []
        let differentiable = outTensors.map { t in
            !nonDiff.contains { if case .tensor(let n) = $0 { return n === t }; return false }
        }
        let argCount = args.count
        let outShapes = outTensors.map(\.shape), outDTypes = outTensors.map(\.dtype)
        let outputCount = outputs.count
        let savedValues = (try? interp.iterate(try interp.getAttribute(ctx, "to_save"))) ?? []
        let saved = savedValues.compactMap { v -> Tensor? in if case .tensor(let t) = v { return t }; return nil }
        let wrapped = Tensor.customFunction(name: name, inputs: inputs, outputs: outTensors, differentiable: differentiable,
                                            saved: saved) { grads in
            let materialize = (try? interp.getAttribute(ctx, "materialize_grads").truthy()) ?? true
            // One gradient per output of forward: None for a non-tensor output; zeros (of the
            // output's dtype) for a tensor output that received none, unless materialize_grads is off.
            var gradValues = [Value](repeating: .none, count: outputCount)
            for (k, pos) in outPositions.enumerated() {
                if k < grads.count, let g = grads[k] { gradValues[pos] = .tensor(g) }
                else if materialize { gradValues[pos] = .tensor(Tensor.zeros(outShapes[k], dtype: outDTypes[k])) }
            }
            var call = CallArgs(gradValues, name: "backward")
            let apply = try interp.getAttribute(ctx, "apply")
            let result: Value
            if interp.tracesCustomBackward,
               case .function(let learners)? = try? interp.getAttribute(try interp.getAttribute(ctx, "_forward_cls"), "backward") {
                let (r, trace) = try interp.tracingLines(of: learners) { try interp.call(apply, &call) }
                interp.customBackwardTraces.append(trace)
                result = r
            } else {
                result = try interp.call(apply, &call)
            }
            var returned: [Value]
            if case .tuple(let t) = result { returned = t } else { returned = [result] }
            if returned.count < argCount || returned.dropFirst(argCount).contains(where: { !$0.isNone }) {
                throw PyError(.runtime, "function \(name) returned an incorrect number of gradients (expected \(argCount), got \(returned.count))")
            }
            return try inputPositions.enumerated().map { k, pos -> Tensor? in
                let v = returned[pos]
                if v.isNone { return nil }
                guard case .tensor(let g) = v else {
                    throw PyError(.type, "expected Tensor or None (got \(v.typeName))")
                }
                let want = inputs[k].shape
                if g.shape == want { return g }
                if (try? Shape.broadcast(want, g.shape)) == g.shape { return g.sumTo(want) }
                throw PyError(.runtime, "Function \(name) returned an invalid gradient at index \(pos) - got \(Shape.describe(g.shape)) but expected shape compatible with \(Shape.describe(want))")
            }
        }
        for (k, pos) in outPositions.enumerated() { outputs[pos] = .tensor(wrapped[k]) }
        return isTuple ? .tuple(outputs) : outputs[0]
    }
}
