import Foundation

// The elementwise functions course code reaches for after the basic ones: exp2 frac lgamma digamma acosh
// atanh sgn sinc rad2deg deg2rad i0, each declared once (see UnaryDefinition.swift). Where PyTorch's float32
// kernel has a vector loop that rounds differently (exp2: SLEEF; atanh: SLEEF), `fVector` holds it and
// `value` the scalar tail's glibc function, which is what tensors under 2·lanes elements see entirely.
// Derivatives follow derivatives.yaml's formulas step by step, each tensor op rounded as PyTorch does; the
// same formulas as recorded tensor ops (`graphDerivative`) serve create_graph where the ops exist.

enum Exp2Def: UnaryOpDefinition {
    static let gradFn = "Exp2Backward0", symbol = "exp2(a)", explanation = "raises 2 to the power of every element"
    static let derivativeSymbol = "2^a·ln 2", kind = OpKind.elementwise, saves = SavedValue.output
    static let python = PythonBinding("exp2")
    static let graphDerivative: (@Sendable (Tensor, Tensor) throws -> Tensor)? = { g, y in try g.mul(y).mul(Tensor.wrapped(.float(M_LN2))) }
    static let hasVectorPath = true, hasDoubleVectorPath = true
    @inline(__always) static func fVector(_ x: Float) -> Float { SpecialFunctions.exp2(x) }
    @inline(__always) static func value(_ x: Float) -> Float { Foundation.exp2(x) }
    @inline(__always) static func value(_ x: Double) -> Double { Foundation.exp2(x) }
    @inline(__always) static func valueVector(_ x: Double) -> Double { SpecialFunctions.exp2(x) }
    // `grad * result * M_LN2`: the double constant multiplies a float tensor as a float.
    @inline(__always) static func derivative(_ g: Float, _ y: Float) -> Float { (g * y) * Float(M_LN2) }
    @inline(__always) static func derivative(_ g: Double, _ y: Double) -> Double { (g * y) * M_LN2 }
}

enum FracDef: UnaryOpDefinition {
    static let gradFn = "FracBackward0", symbol = "frac(a)", explanation = "keeps the fractional part of every element (a - trunc(a))"
    static let derivativeSymbol = "1", kind = OpKind.elementwise, saves = SavedValue.input
    static let python = PythonBinding("frac")
    static let graphDerivative: (@Sendable (Tensor, Tensor) throws -> Tensor)? = { g, _ in g }
    static let integerKernel: String? = "frac_cpu"
    // Away from the integers, where frac jumps.
    static let gradcheckDomain = 0.1...0.9
    @inline(__always) static func value(_ x: Float) -> Float { x - x.rounded(.towardZero) }
    @inline(__always) static func value(_ x: Double) -> Double { x - x.rounded(.towardZero) }
    @inline(__always) static func derivative(_ g: Float, _ x: Float) -> Float { g }
    @inline(__always) static func derivative(_ g: Double, _ x: Double) -> Double { g }
}

enum LgammaDef: UnaryOpDefinition {
    static let gradFn = "LgammaBackward0", symbol = "lgamma(a)", explanation = "takes the log of the absolute gamma function of every element"
    static let derivativeSymbol = "digamma(a)", kind = OpKind.elementwise, saves = SavedValue.input
    static let python = PythonBinding("lgamma")
    static let graphDerivative: (@Sendable (Tensor, Tensor) throws -> Tensor)? = { g, x in try g.mul(x.digamma()) }
    static let gradcheckDomain = 0.3...3.0
    static let hazards = [DomainHazard(cause: "lgamma at 0 or a negative integer is inf (the gamma function has a pole there); keep its argument away from them") {
        $0 <= 0 && $0 == $0.rounded(.towardZero)
    }]
    // PyTorch runs lgamma through Vectorized<T>::lgamma (SLEEF's lgammaf_u1 / lgamma_u1) over every
    // element, tail included.
    @inline(__always) static func value(_ x: Float) -> Float { SleefFloat.lgamma(x) }
    @inline(__always) static func value(_ x: Double) -> Double { SleefDoubleDouble.lgamma(x) }
    @inline(__always) static func derivative(_ g: Float, _ x: Float) -> Float { g * SpecialFunctions.digamma(x) }
    @inline(__always) static func derivative(_ g: Double, _ x: Double) -> Double { g * SpecialFunctions.digamma(x) }
}

enum DigammaDef: UnaryOpDefinition {
    static let gradFn = "DigammaBackward0", symbol = "digamma(a)", explanation = "takes the digamma function (the derivative of lgamma) of every element"
    static let derivativeSymbol = "polygamma(1, a)", kind = OpKind.elementwise, saves = SavedValue.input
    static let python = PythonBinding("digamma")
    static let gradcheckDomain = 0.3...3.0
    static let hazards = [DomainHazard(cause: "digamma at 0 or a negative integer is infinite or nan (a pole); keep its argument away from them") {
        $0 <= 0 && $0 == $0.rounded(.towardZero)
    }]
    @inline(__always) static func value(_ x: Float) -> Float { SpecialFunctions.digamma(x) }
    @inline(__always) static func value(_ x: Double) -> Double { SpecialFunctions.digamma(x) }
    @inline(__always) static func derivative(_ g: Float, _ x: Float) -> Float { g * SpecialFunctions.trigamma(x) }
    @inline(__always) static func derivative(_ g: Double, _ x: Double) -> Double { g * SpecialFunctions.trigamma(x) }
}

enum AcoshDef: UnaryOpDefinition {
    static let gradFn = "AcoshBackward0", symbol = "acosh(a)", explanation = "takes the inverse hyperbolic cosine of every element"
    static let derivativeSymbol = "1/sqrt(a² - 1)", kind = OpKind.elementwise, saves = SavedValue.input
    static let python = PythonBinding("acosh", aliases: ["arccosh"], inPlaceGradFn: "AcoshBackward1")
    static let graphDerivative: (@Sendable (Tensor, Tensor) throws -> Tensor)? = { g, x in
        try g.mul(x.pow(2, exponentIsInt: true).sub(Tensor.wrapped(.int(1))).rsqrt())
    }
    static let gradcheckDomain = 1.2...3.0
    static let hazards = [DomainHazard(cause: "acosh of a number below 1 gives nan (and its slope is infinite at 1); keep its argument above 1") { $0 <= 1 }]
    @inline(__always) static func value(_ x: Float) -> Float { Foundation.acosh(x) }
    @inline(__always) static func value(_ x: Double) -> Double { Foundation.acosh(x) }
    // derivatives.yaml: grad * (self.pow(2) - 1).rsqrt(), each step rounded.
    @inline(__always) static func derivative(_ g: Float, _ x: Float) -> Float { g * (1 / (x * x - 1).squareRoot()) }
    @inline(__always) static func derivative(_ g: Double, _ x: Double) -> Double { g * (1 / (x * x - 1).squareRoot()) }
}

enum AtanhDef: UnaryOpDefinition {
    static let gradFn = "AtanhBackward0", symbol = "atanh(a)", explanation = "takes the inverse hyperbolic tangent of every element"
    static let derivativeSymbol = "1/(1 - a²)", kind = OpKind.elementwise, saves = SavedValue.input
    static let python = PythonBinding("atanh", aliases: ["arctanh"], inPlaceGradFn: "AtanhBackward1")
    static let graphDerivative: (@Sendable (Tensor, Tensor) throws -> Tensor)? = { g, x in
        try g.mul(Tensor.wrapped(.int(1))).div(x.pow(2, exponentIsInt: true).rsub(.int(1)))
    }
    static let gradcheckDomain = -0.8...0.8
    static let hazards = [DomainHazard(cause: "atanh of a number outside (-1, 1) is infinite or nan; keep its argument inside (-1, 1)") { Swift.abs($0) >= 1 }]
    // The vector loop is SLEEF's atanhf / atanh, the scalar tail glibc's.
    static let hasVectorPath = true, hasDoubleVectorPath = true
    @inline(__always) static func fVector(_ x: Float) -> Float { SleefFloat.atanh(x) }
    @inline(__always) static func valueVector(_ x: Double) -> Double { SleefDoubleDouble.atanh(x) }
    @inline(__always) static func value(_ x: Float) -> Float { Foundation.atanh(x) }
    @inline(__always) static func value(_ x: Double) -> Double { Foundation.atanh(x) }
    // derivatives.yaml: grad * 1 / (1 - self.pow(2)).
    @inline(__always) static func derivative(_ g: Float, _ x: Float) -> Float { g / (1 - x * x) }
    @inline(__always) static func derivative(_ g: Double, _ x: Double) -> Double { g / (1 - x * x) }
}

enum SgnDef: UnaryOpDefinition {
    static let gradFn = "SgnBackward0", symbol = "sgn(a)", explanation = "replaces every element by its sign: -1, 0 or 1"
    static let derivativeSymbol = "0", kind = OpKind.elementwise, saves = SavedValue.input
    static let python = PythonBinding("sgn")
    static let integerValue: (@Sendable (Int64) -> Int64)? = { $0 > 0 ? 1 : ($0 < 0 ? -1 : 0) }
    static let gradcheckDomain = 0.2...2.0
    // NaN and -0.0 give +0.0, as PyTorch's sign kernel.
    @inline(__always) static func value(_ x: Float) -> Float { x > 0 ? 1 : (x < 0 ? -1 : 0) }
    @inline(__always) static func value(_ x: Double) -> Double { x > 0 ? 1 : (x < 0 ? -1 : 0) }
    // sgn_backward for a real input: the gradient is zero everywhere.
    @inline(__always) static func derivative(_ g: Float, _ x: Float) -> Float { 0 }
    @inline(__always) static func derivative(_ g: Double, _ x: Double) -> Double { 0 }
}

enum SincDef: UnaryOpDefinition {
    static let gradFn = "SincBackward0", symbol = "sinc(a)", explanation = "takes sin(πa)/(πa) of every element (1 at 0)"
    static let derivativeSymbol = "(πa·cos(πa) - sin(πa))/(πa²)", kind = OpKind.elementwise, saves = SavedValue.input
    static let python = PythonBinding("sinc")
    // sinc_backward as recorded ops: 0 where self * self * π is 0.
    static let graphDerivative: (@Sendable (Tensor, Tensor) throws -> Tensor)? = { g, x in
        let pi = Tensor.wrapped(.float(Double.pi))
        let p = try x.mul(pi), q = try x.mul(x).mul(pi)
        let out = try g.mul(p.mul(p.cos()).sub(p.sin())).div(q)
        return try Tensor.whereSelect(q.compare("==", Tensor.wrapped(.float(0))), Tensor.zeros([], dtype: g.dtype), out)
    }
    /// c10::pi<float>, rounded to nearest (Swift's Float.pi is rounded toward zero, one ulp below).
    static let piFloat = Float(Double.pi)
    @inline(__always) static func value(_ x: Float) -> Float {
        if x == 0 { return 1 }
        let p = piFloat * x
        return Foundation.sin(p) / p
    }
    @inline(__always) static func value(_ x: Double) -> Double {
        if x == 0 { return 1 }
        let p = Double.pi * x
        return Foundation.sin(p) / p
    }
    // sinc_backward: grad * (self_pi * self_pi.cos() - self_pi.sin()) / (self * self * M_PI), 0 where
    // the denominator is 0; its cos and sin are the cos and sin ops' (CosDef, SinDef).
    @inline(__always) static func derivative(_ g: Float, _ x: Float) -> Float {
        let p = x * piFloat, q = (x * x) * piFloat
        return q == 0 ? 0 : (g * (p * CosDef.value(p) - SinDef.value(p))) / q
    }
    @inline(__always) static func derivative(_ g: Double, _ x: Double) -> Double {
        let p = x * Double.pi, q = (x * x) * Double.pi
        return q == 0 ? 0 : (g * (p * CosDef.value(p) - SinDef.value(p))) / q
    }
}

enum Rad2degDef: UnaryOpDefinition {
    static let gradFn = "Rad2DegBackward0", symbol = "rad2deg(a)", explanation = "converts every element from radians to degrees (× 180/π)"
    static let derivativeSymbol = "180/π", kind = OpKind.elementwise, saves = SavedValue.input
    static let python = PythonBinding("rad2deg")
    static let graphDerivative: (@Sendable (Tensor, Tensor) throws -> Tensor)? = { g, _ in try g.mul(Tensor.wrapped(.float(factor))) }
    static let factor = 180 / Double.pi
    @inline(__always) static func value(_ x: Float) -> Float { x * Float(factor) }
    @inline(__always) static func value(_ x: Double) -> Double { x * factor }
    @inline(__always) static func derivative(_ g: Float, _ x: Float) -> Float { g * Float(factor) }
    @inline(__always) static func derivative(_ g: Double, _ x: Double) -> Double { g * factor }
}

enum Deg2radDef: UnaryOpDefinition {
    static let gradFn = "Deg2RadBackward0", symbol = "deg2rad(a)", explanation = "converts every element from degrees to radians (× π/180)"
    static let derivativeSymbol = "π/180", kind = OpKind.elementwise, saves = SavedValue.input
    static let python = PythonBinding("deg2rad")
    static let graphDerivative: (@Sendable (Tensor, Tensor) throws -> Tensor)? = { g, _ in try g.mul(Tensor.wrapped(.float(factor))) }
    static let factor = Double.pi / 180
    @inline(__always) static func value(_ x: Float) -> Float { x * Float(factor) }
    @inline(__always) static func value(_ x: Double) -> Double { x * factor }
    @inline(__always) static func derivative(_ g: Float, _ x: Float) -> Float { g * Float(factor) }
    @inline(__always) static func derivative(_ g: Double, _ x: Double) -> Double { g * factor }
}

enum I0Def: UnaryOpDefinition {
    static let gradFn = "I0Backward0", symbol = "i0(a)", explanation = "takes the modified Bessel function of the first kind, order 0, of every element"
    static let derivativeSymbol = "i1(a)", kind = OpKind.elementwise, saves = SavedValue.input
    static let python = PythonBinding("i0")
    @inline(__always) static func value(_ x: Float) -> Float { SpecialFunctions.i0(x) }
    @inline(__always) static func value(_ x: Double) -> Double { SpecialFunctions.i0(x) }
    // grad * at::special_i1(self).
    @inline(__always) static func derivative(_ g: Float, _ x: Float) -> Float { g * SpecialFunctions.i1(x) }
    @inline(__always) static func derivative(_ g: Double, _ x: Double) -> Double { g * SpecialFunctions.i1(x) }
}

extension Op {
    static let i0 = Op(unary: I0Def.self)
    static let exp2 = Op(unary: Exp2Def.self)
    static let frac = Op(unary: FracDef.self)
    static let lgamma = Op(unary: LgammaDef.self)
    static let digamma = Op(unary: DigammaDef.self)
    static let acosh = Op(unary: AcoshDef.self)
    static let atanh = Op(unary: AtanhDef.self)
    static let sgn = Op(unary: SgnDef.self)
    static let sinc = Op(unary: SincDef.self)
    static let rad2deg = Op(unary: Rad2degDef.self)
    static let deg2rad = Op(unary: Deg2radDef.self)
}

extension OpTable {
    /// This file's ops, for the tables and bindings.
    static let specialUnary = [
        UnaryOpEntry(Exp2Def.self, op: .exp2), UnaryOpEntry(FracDef.self, op: .frac), UnaryOpEntry(LgammaDef.self, op: .lgamma),
        UnaryOpEntry(DigammaDef.self, op: .digamma), UnaryOpEntry(AcoshDef.self, op: .acosh), UnaryOpEntry(AtanhDef.self, op: .atanh),
        UnaryOpEntry(SgnDef.self, op: .sgn), UnaryOpEntry(SincDef.self, op: .sinc), UnaryOpEntry(Rad2degDef.self, op: .rad2deg),
        UnaryOpEntry(Deg2radDef.self, op: .deg2rad), UnaryOpEntry(I0Def.self, op: .i0),
    ]
}

extension Tensor {
    public func exp2() -> Tensor { apply(Exp2Def.self, .exp2) }
    public func lgamma() -> Tensor { apply(LgammaDef.self, .lgamma) }
    public func digamma() -> Tensor { apply(DigammaDef.self, .digamma) }
    public func acosh() -> Tensor { apply(AcoshDef.self, .acosh) }
    public func atanh() -> Tensor { apply(AtanhDef.self, .atanh) }
    public func sinc() -> Tensor { apply(SincDef.self, .sinc) }
}
