// einsum for one and two operands, built as PyTorch's einsum builds it (sumproduct_pair): letters
// only one side has are summed first, then both operands are permuted to [batch, kept, summed] /
// [batch, summed, kept], multiplied with bmm, viewed to the output letters and permuted into place.
// So the values come from the same matrix products, and the grad_fn is a view or permute as there.

extension Op {
    static let diagonal = Op("DiagonalBackward0", symbol: "a.diagonal()", explanation: "takes the elements whose repeated indices are equal",
                             derivatives: ["1 on the diagonal"], kind: .other, savesTensors: false) { c in [Tensor.positionalGrad(c)] }
}

extension Tensor {
    /// `torch.einsum(equation, *operands)` with one or two operands (no `...`).
    public static func einsum(_ equation: String, _ operands: [Tensor]) throws -> Tensor {
        let eq = equation.filter { $0 != " " }
        let parts = eq.components(separatedBy: "->")
        let inputs = parts[0].components(separatedBy: ",").map(Array.init)
        if eq.contains(".") { throw TorchError(.notImplemented, "einsum with '...' is not supported by gradstep yet") }
        guard inputs.count == operands.count else {
            throw TorchError.runtime("einsum(): more operands were provided than specified in the equation")
        }
        guard (1...2).contains(operands.count) else {
            throw TorchError(.notImplemented, "einsum with \(operands.count) operands is not supported by gradstep yet (one or two are)")
        }
        for (letters, t) in zip(inputs, operands) where letters.count != t.dim {
            throw TorchError.runtime("einsum(): the number of subscripts in the equation (\(letters.count)) does not match the number of dimensions (\(t.dim)) for operand \(inputs.firstIndex(of: letters) ?? 0) and no ellipsis was given")
        }
        let all = inputs.flatMap { $0 }
        let output: [Character] = parts.count > 1 ? Array(parts[1])
            : Array(Set(all.filter { c in all.filter { $0 == c }.count == 1 })).sorted()
        if let bad = output.first(where: { !all.contains($0) }) {
            throw TorchError.runtime("einsum(): output subscript \(bad) does not appear in the equation for any input operand")
        }
        // Repeated letters inside one operand: take the diagonal first.
        var ops = operands, subs = inputs
        var tookDiagonal = false
        for k in ops.indices {
            let before = subs[k].count
            (ops[k], subs[k]) = try diagonalOfRepeats(ops[k], subs[k])
            tookDiagonal = tookDiagonal || subs[k].count != before
        }
        // Letters neither the other operand nor the output has are summed out of their operand.
        for k in ops.indices {
            let others = Set(output + (ops.count == 2 ? subs[1 - k] : []))
            let lone = subs[k].indices.filter { !others.contains(subs[k][$0]) }
            if !lone.isEmpty {
                ops[k] = try ops[k].sum(dims: lone)
                tookDiagonal = false
                subs[k] = subs[k].enumerated().filter { !lone.contains($0.offset) }.map(\.element)
            }
        }
        if ops.count == 1 {
            // PyTorch ends a one-operand einsum with a permute, even the identity one after a diagonal.
            if tookDiagonal && subs[0] == output { return try ops[0].permute(Array(0..<output.count)) }
            return try arrange(ops[0], subs[0], to: output)
        }
        let (a, b) = (ops[0], ops[1])
        let (sa, sb) = (subs[0], subs[1])
        let batch = output.filter { sa.contains($0) && sb.contains($0) }
        let left = output.filter { sa.contains($0) && !sb.contains($0) }
        let right = output.filter { sb.contains($0) && !sa.contains($0) }
        let summed = sa.filter { sb.contains($0) && !output.contains($0) }
        func size(_ c: Character) -> Int {
            if let i = sa.firstIndex(of: c) { return a.shape[i] }
            if let i = sb.firstIndex(of: c) { return b.shape[i] }
            return 1
        }
        for (k, c) in sb.enumerated() {
            if let i = sa.firstIndex(of: c), a.shape[i] != b.shape[k] {
                throw TorchError.runtime("einsum(): subscript \(c) has size \(b.shape[k]) for operand 1 which does not broadcast with previously seen size \(a.shape[i])")
            }
        }
        let n = { (cs: [Character]) in cs.map(size).reduce(1, *) }
        let pa = try a.permute((batch + left + summed).map { sa.firstIndex(of: $0) ?? 0 }).reshape([n(batch), n(left), n(summed)])
        let pb = try b.permute((batch + summed + right).map { sb.firstIndex(of: $0) ?? 0 }).reshape([n(batch), n(summed), n(right)])
        let product = try pa.matmul(pb)
        let natural = batch + left + right
        let viewed = try product.view(natural.map(size))
        return try arrange(viewed, natural, to: output)
    }

    /// `t` (letters `subs`) permuted into the `output` order (no op when already there).
    private static func arrange(_ t: Tensor, _ subs: [Character], to output: [Character]) throws -> Tensor {
        if subs == output { return t }
        guard Set(subs) == Set(output), subs.count == output.count else {
            throw TorchError.runtime("einsum(): output subscript \(output.first { !subs.contains($0) }.map(String.init) ?? "") does not appear in the equation for any input operand")
        }
        return try t.permute(output.map { subs.firstIndex(of: $0) ?? 0 })
    }

    /// A letter repeated in one operand (`ii`): the elements where those indices agree.
    private static func diagonalOfRepeats(_ t: Tensor, _ subs: [Character]) throws -> (Tensor, [Character]) {
        var unique: [Character] = []
        for c in subs where !unique.contains(c) { unique.append(c) }
        if unique.count == subs.count { return (t, subs) }
        var sizes: [Character: Int] = [:]
        for (c, n) in zip(subs, t.shape) {
            if let m = sizes[c], m != n {
                throw TorchError.runtime("einsum(): subscript \(c) is repeated for operand 0 but the sizes don't match, \(m) != \(n)")
            }
            sizes[c] = n
        }
        let outShape = unique.map { sizes[$0] ?? 0 }
        let st = Shape.contiguousStrides(t.shape)
        var map = [Int](repeating: 0, count: Shape.numel(outShape))
        forEachCoordinate(outShape) { i, coord in
            var p = 0
            for (k, c) in subs.enumerated() { p += coord[unique.firstIndex(of: c) ?? 0] * st[k] }
            map[i] = p
        }
        return (t.positional(.diagonal, map, shape: outShape), unique)
    }
}
