import Foundation

// Division with rounding (`//`, div(rounding_mode=), floor_divide) and fmod, with PyTorch's formulas
// (c10's div_floor_floating, so 1.0 // 0.1 is 9.0 as in Python) and its recorded nodes: a rounded
// division has a zero gradient (DivBackward2), floor_divide has none (NotImplemented).

extension Op {
    static let divRounded = Op("DivBackward2", symbol: "a / b (rounded)", explanation: "divides and rounds the quotient (floor or toward zero)",
                               derivatives: ["0", "0"], kind: .elementwise, savesTensors: false) { c in
        [c.wants(0) ? try c.grad.mul(Tensor.zeros([], dtype: c.grad.dtype)).sumTo(c.inputShapes[0]) : nil,
         c.wants(1) ? try c.grad.mul(Tensor.zeros([], dtype: c.grad.dtype)).sumTo(c.inputShapes[1]) : nil]
    }
    static let floorDivideNotImplemented = Op("NotImplemented", symbol: "a // b", explanation: "floor division, which has no derivative in PyTorch",
                                              derivatives: ["not implemented"], kind: .elementwise, savesTensors: false) { _ in
        throw TorchError.runtime("derivative for aten::floor_divide is not implemented")
    }
    static let fmodScalar = Op("FmodBackward0", symbol: "fmod(a, b)", explanation: "the remainder of a divided by b (sign of a)",
                               derivatives: ["1"], kind: .elementwise, savesTensors: false) { c in [c.grad.sumTo(c.inputShapes[0])] }
    static let fmodTensor = Op("FmodBackward1", symbol: "fmod(a, b)", explanation: "the remainder of a divided by b (sign of a)",
                               derivatives: ["1", "-trunc(a/b)"], kind: .elementwise, savesTensors: true) { c in
        [c.wants(0) ? c.grad.sumTo(c.inputShapes[0]) : nil,
         c.wants(1) ? try c.grad.neg().mul(c.saved[0].divRoundedValues(c.saved[1], floor: false)).sumTo(c.inputShapes[1]) : nil]
    }
}

/// c10's `div_floor_floating`: the floor of a / b computed from fmod, so that it agrees with Python's `//`.
@inline(__always) func divFloorFloating<T: BinaryFloatingPoint>(_ a: T, _ b: T, fmod: (T, T) -> T) -> T {
    if b == 0 { return a / b }
    let mod = fmod(a, b)
    var div = (a - mod) / b
    if mod != 0 && (b < 0) != (mod < 0) { div -= 1 }
    if div == 0 { return (a / b).sign == .minus ? -0.0 : 0 }
    var floordiv = div.rounded(.down)
    if div - floordiv > 0.5 { floordiv += 1 }
    return floordiv
}

extension Tensor {
    /// The values of a / b rounded down (`floor`) or toward zero, no graph.
    func divRoundedValues(_ other: Tensor, floor: Bool) throws -> Tensor {
        try checkIntegerDivisor(other)
        return try Kernels.binary(self, other,
                                  float: floor ? { divFloorFloating($0, $1, fmod: Foundation.fmodf) } : { ($0 / $1).rounded(.towardZero) },
                                  double: floor ? { divFloorFloating($0, $1, fmod: Foundation.fmod) } : { ($0 / $1).rounded(.towardZero) },
                                  int: { a, b in
                                      if b == 0 { return 0 }
                                      if a == Int64.min && b == -1 { return a }
                                      let q = a / b
                                      return floor && a % b != 0 && ((a < 0) != (b < 0)) ? q - 1 : q
                                  })
    }

    /// `a // b` / `torch.floor_divide`: no derivative; a result that requires grad carries PyTorch's
    /// NotImplemented node, whose backward fails.
    public func floorDivide(_ other: Tensor) throws -> Tensor {
        let out = try divRoundedValues(other, floor: true)
        guard out.dtype.isFloatingPoint else { return out }
        return record(.floorDivideNotImplemented, out, inputs: [self, other])
    }

    /// `a.div(b, rounding_mode='floor'|'trunc')` (DivBackward2: a zero gradient).
    public func div(_ other: Tensor, roundingMode: String) throws -> Tensor {
        guard roundingMode == "floor" || roundingMode == "trunc" else {
            throw TorchError.runtime("div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '\(roundingMode)'")
        }
        let out = try divRoundedValues(other, floor: roundingMode == "floor")
        guard out.dtype.isFloatingPoint else { return out }
        return record(.divRounded, out, inputs: [self, other])
    }

    /// `torch.fmod(a, b)`: the remainder with the sign of a (C's fmod).
    public func fmod(_ other: Tensor) throws -> Tensor {
        try checkIntegerDivisor(other)
        let out = try Kernels.binary(self, other, float: { Foundation.fmodf($0, $1) }, double: { Foundation.fmod($0, $1) },
                                     int: { a, b in b == 0 || b == -1 ? 0 : a % b })
        if other.isWrappedNumber { return record(.fmodScalar, out, inputs: [self]) }
        return record(.fmodTensor, out, inputs: [self, other], saving: [self, other])
    }
}
