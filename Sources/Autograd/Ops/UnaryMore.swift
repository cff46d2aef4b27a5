import Foundation

// More elementwise functions: tan atan asin acos sinh cosh asinh log1p expm1 log2 log10 rsqrt, each
// declared once (see UnaryDefinition.swift). log1p and expm1 are SLEEF's (PyTorch maps them through
// Vectorized, tail included); sinh, cosh and asinh are glibc's, as PyTorch's Vectorized<float> maps
// them to std::sinh / std::cosh / std::asinh.

enum TanDef: UnaryOpDefinition {
    static let gradFn = "TanBackward0", symbol = "tan(a)", explanation = "takes the tangent of every element"
    static let derivativeSymbol = "1 + tan(a)²", kind = OpKind.elementwise, saves = SavedValue.output
    static let python = PythonBinding("tan")
    static let gradcheckDomain = -1.0...1.0
    @inline(__always) static func value(_ x: Float) -> Float { Foundation.tan(x) }
    @inline(__always) static func value(_ x: Double) -> Double { Foundation.tan(x) }
    @inline(__always) static func derivative(_ g: Float, _ y: Float) -> Float { g * (1 + y * y) }
    @inline(__always) static func derivative(_ g: Double, _ y: Double) -> Double { g * (1 + y * y) }
}

enum AtanDef: UnaryOpDefinition {
    static let gradFn = "AtanBackward0", symbol = "atan(a)", explanation = "takes the arctangent of every element"
    static let derivativeSymbol = "1/(1 + a²)", kind = OpKind.elementwise, saves = SavedValue.input
    static let python = PythonBinding("atan", aliases: ["arctan"])
    @inline(__always) static func value(_ x: Float) -> Float { Foundation.atan(x) }
    @inline(__always) static func value(_ x: Double) -> Double { Foundation.atan(x) }
    @inline(__always) static func derivative(_ g: Float, _ x: Float) -> Float { g * (1 / (1 + x * x)) }
    @inline(__always) static func derivative(_ g: Double, _ x: Double) -> Double { g * (1 / (1 + x * x)) }
}

enum AsinDef: UnaryOpDefinition {
    static let gradFn = "AsinBackward0", symbol = "asin(a)", explanation = "takes the arcsine of every element"
    static let derivativeSymbol = "1/sqrt(1 - a²)", kind = OpKind.elementwise, saves = SavedValue.input
    static let python = PythonBinding("asin", aliases: ["arcsin"])
    static let gradcheckDomain = -0.8...0.8
    static let hazards = [DomainHazard(cause: "asin of a number outside [-1, 1] gives nan (and its slope is infinite at ±1); keep its argument inside (-1, 1)") { Swift.abs($0) >= 1 }]
    @inline(__always) static func value(_ x: Float) -> Float { Foundation.asin(x) }
    @inline(__always) static func value(_ x: Double) -> Double { Foundation.asin(x) }
    @inline(__always) static func derivative(_ g: Float, _ x: Float) -> Float { g * (1 / (1 - x * x).squareRoot()) }
    @inline(__always) static func derivative(_ g: Double, _ x: Double) -> Double { g * (1 / (1 - x * x).squareRoot()) }
}

enum AcosDef: UnaryOpDefinition {
    static let gradFn = "AcosBackward0", symbol = "acos(a)", explanation = "takes the arccosine of every element"
    static let derivativeSymbol = "-1/sqrt(1 - a²)", kind = OpKind.elementwise, saves = SavedValue.input
    static let python = PythonBinding("acos", aliases: ["arccos"])
    static let gradcheckDomain = -0.8...0.8
    static let hazards = [DomainHazard(cause: "acos of a number outside [-1, 1] gives nan (and its slope is infinite at ±1); keep its argument inside (-1, 1)") { Swift.abs($0) >= 1 }]
    @inline(__always) static func value(_ x: Float) -> Float { Foundation.acos(x) }
    @inline(__always) static func value(_ x: Double) -> Double { Foundation.acos(x) }
    @inline(__always) static func derivative(_ g: Float, _ x: Float) -> Float { g * (-1 / (1 - x * x).squareRoot()) }
    @inline(__always) static func derivative(_ g: Double, _ x: Double) -> Double { g * (-1 / (1 - x * x).squareRoot()) }
}

enum SinhDef: UnaryOpDefinition {
    static let gradFn = "SinhBackward0", symbol = "sinh(a)", explanation = "takes the hyperbolic sine of every element"
    static let derivativeSymbol = "cosh(a)", kind = OpKind.elementwise, saves = SavedValue.input
    static let python = PythonBinding("sinh")
    @inline(__always) static func value(_ x: Float) -> Float { Foundation.sinh(x) }
    @inline(__always) static func value(_ x: Double) -> Double { Foundation.sinh(x) }
    @inline(__always) static func derivative(_ g: Float, _ x: Float) -> Float { g * Foundation.cosh(x) }
    @inline(__always) static func derivative(_ g: Double, _ x: Double) -> Double { g * Foundation.cosh(x) }
}

enum CoshDef: UnaryOpDefinition {
    static let gradFn = "CoshBackward0", symbol = "cosh(a)", explanation = "takes the hyperbolic cosine of every element"
    static let derivativeSymbol = "sinh(a)", kind = OpKind.elementwise, saves = SavedValue.input
    static let python = PythonBinding("cosh")
    @inline(__always) static func value(_ x: Float) -> Float { Foundation.cosh(x) }
    @inline(__always) static func value(_ x: Double) -> Double { Foundation.cosh(x) }
    @inline(__always) static func derivative(_ g: Float, _ x: Float) -> Float { g * Foundation.sinh(x) }
    @inline(__always) static func derivative(_ g: Double, _ x: Double) -> Double { g * Foundation.sinh(x) }
}

enum AsinhDef: UnaryOpDefinition {
    static let gradFn = "AsinhBackward0", symbol = "asinh(a)", explanation = "takes the inverse hyperbolic sine of every element"
    static let derivativeSymbol = "1/sqrt(a² + 1)", kind = OpKind.elementwise, saves = SavedValue.input
    static let python = PythonBinding("asinh", aliases: ["arcsinh"], inPlaceGradFn: "AsinhBackward1")
    @inline(__always) static func value(_ x: Float) -> Float { Foundation.asinh(x) }
    @inline(__always) static func value(_ x: Double) -> Double { Foundation.asinh(x) }
    // derivatives.yaml: grad * (self.pow(2) + 1).rsqrt(), each step rounded.
    @inline(__always) static func derivative(_ g: Float, _ x: Float) -> Float { g * (1 / (x * x + 1).squareRoot()) }
    @inline(__always) static func derivative(_ g: Double, _ x: Double) -> Double { g * (1 / (x * x + 1).squareRoot()) }
}

enum Log1pDef: UnaryOpDefinition {
    static let gradFn = "Log1PBackward0", symbol = "log1p(a)", explanation = "takes log(1 + a) of every element"
    static let derivativeSymbol = "1/(1 + a)", kind = OpKind.elementwise, saves = SavedValue.input
    static let python = PythonBinding("log1p")
    static let gradcheckDomain = -0.5...2.0
    static let hazards = [DomainHazard(cause: "log1p of a number <= -1 (log1p(-1) is -inf, below it nan); keep its argument above -1") { $0 <= -1 }]
    @inline(__always) static func value(_ x: Float) -> Float { SleefFloat.log1p(x) }
    @inline(__always) static func value(_ x: Double) -> Double { Foundation.log1p(x) }
    @inline(__always) static func derivative(_ g: Float, _ x: Float) -> Float { g / (x + 1) }
    @inline(__always) static func derivative(_ g: Double, _ x: Double) -> Double { g / (x + 1) }
}

enum Expm1Def: UnaryOpDefinition {
    static let gradFn = "Expm1Backward0", symbol = "expm1(a)", explanation = "takes e^a - 1 of every element"
    static let derivativeSymbol = "exp(a)", kind = OpKind.elementwise, saves = SavedValue.output
    static let python = PythonBinding("expm1")
    @inline(__always) static func value(_ x: Float) -> Float { SleefFloat.expm1(x) }
    @inline(__always) static func value(_ x: Double) -> Double { Foundation.expm1(x) }
    @inline(__always) static func derivative(_ g: Float, _ y: Float) -> Float { g * (y + 1) }
    @inline(__always) static func derivative(_ g: Double, _ y: Double) -> Double { g * (y + 1) }
}

enum Log2Def: UnaryOpDefinition {
    static let gradFn = "Log2Backward0", symbol = "log2(a)", explanation = "takes the base-2 logarithm of every element"
    static let derivativeSymbol = "1/(a·ln 2)", kind = OpKind.elementwise, saves = SavedValue.input
    static let python = PythonBinding("log2")
    static let gradcheckDomain = 0.2...3.0
    static let hazards = [DomainHazard(cause: "log2 of a non-positive number (log2(0) is -inf, of a negative number nan); keep its argument positive") { $0 <= 0 }]
    @inline(__always) static func value(_ x: Float) -> Float { Foundation.log2(x) }
    @inline(__always) static func value(_ x: Double) -> Double { Foundation.log2(x) }
    @inline(__always) static func derivative(_ g: Float, _ x: Float) -> Float { g / (x * 0.6931471805599453) }
    @inline(__always) static func derivative(_ g: Double, _ x: Double) -> Double { g / (x * 0.6931471805599453) }
}

enum Log10Def: UnaryOpDefinition {
    static let gradFn = "Log10Backward0", symbol = "log10(a)", explanation = "takes the base-10 logarithm of every element"
    static let derivativeSymbol = "1/(a·ln 10)", kind = OpKind.elementwise, saves = SavedValue.input
    static let python = PythonBinding("log10")
    static let gradcheckDomain = 0.2...3.0
    static let hazards = [DomainHazard(cause: "log10 of a non-positive number (log10(0) is -inf, of a negative number nan); keep its argument positive") { $0 <= 0 }]
    @inline(__always) static func value(_ x: Float) -> Float { Foundation.log10(x) }
    @inline(__always) static func value(_ x: Double) -> Double { Foundation.log10(x) }
    @inline(__always) static func derivative(_ g: Float, _ x: Float) -> Float { g / (x * 2.302585092994046) }
    @inline(__always) static func derivative(_ g: Double, _ x: Double) -> Double { g / (x * 2.302585092994046) }
}

enum RsqrtDef: UnaryOpDefinition {
    static let gradFn = "RsqrtBackward0", symbol = "rsqrt(a)", explanation = "takes 1/sqrt(a) of every element"
    static let derivativeSymbol = "-1/(2·a^1.5)", kind = OpKind.elementwise, saves = SavedValue.output
    static let python = PythonBinding("rsqrt")
    static let gradcheckDomain = 0.2...3.0
    // Read on the saved output: nan where the input was negative, inf where it was 0.
    static let hazards = [DomainHazard(cause: "rsqrt of a number <= 0 (1/sqrt(0) is inf, of a negative number nan); keep its argument positive, e.g. add a small epsilon") { $0.isNaN || $0.isInfinite }]
    @inline(__always) static func value(_ x: Float) -> Float { 1 / x.squareRoot() }
    @inline(__always) static func value(_ x: Double) -> Double { 1 / x.squareRoot() }
    @inline(__always) static func derivative(_ g: Float, _ y: Float) -> Float { g * (-0.5 * y * y * y) }
    @inline(__always) static func derivative(_ g: Double, _ y: Double) -> Double { g * (-0.5 * y * y * y) }
}

extension Op {
    static let tan = Op(unary: TanDef.self)
    static let atan = Op(unary: AtanDef.self)
    static let asin = Op(unary: AsinDef.self)
    static let acos = Op(unary: AcosDef.self)
    static let sinh = Op(unary: SinhDef.self)
    static let cosh = Op(unary: CoshDef.self)
    static let asinh = Op(unary: AsinhDef.self)
    static let log1p = Op(unary: Log1pDef.self)
    static let expm1 = Op(unary: Expm1Def.self)
    static let log2 = Op(unary: Log2Def.self)
    static let log10 = Op(unary: Log10Def.self)
    static let rsqrt = Op(unary: RsqrtDef.self)
}

extension OpTable {
    /// This file's ops, for the tables and bindings.
    static let moreUnary = [
        UnaryOpEntry(TanDef.self, op: .tan), UnaryOpEntry(AtanDef.self, op: .atan), UnaryOpEntry(AsinDef.self, op: .asin),
        UnaryOpEntry(AcosDef.self, op: .acos), UnaryOpEntry(SinhDef.self, op: .sinh), UnaryOpEntry(CoshDef.self, op: .cosh),
        UnaryOpEntry(Log1pDef.self, op: .log1p), UnaryOpEntry(Expm1Def.self, op: .expm1), UnaryOpEntry(Log2Def.self, op: .log2),
        UnaryOpEntry(Log10Def.self, op: .log10), UnaryOpEntry(RsqrtDef.self, op: .rsqrt), UnaryOpEntry(AsinhDef.self, op: .asinh),
    ]
}

extension Tensor {
    public func tan() -> Tensor { apply(TanDef.self, .tan) }
    public func atan() -> Tensor { apply(AtanDef.self, .atan) }
    public func asin() -> Tensor { apply(AsinDef.self, .asin) }
    public func acos() -> Tensor { apply(AcosDef.self, .acos) }
    public func sinh() -> Tensor { apply(SinhDef.self, .sinh) }
    public func cosh() -> Tensor { apply(CoshDef.self, .cosh) }
    public func log1p() -> Tensor { apply(Log1pDef.self, .log1p) }
    public func expm1() -> Tensor { apply(Expm1Def.self, .expm1) }
    public func log2() -> Tensor { apply(Log2Def.self, .log2) }
    public func log10() -> Tensor { apply(Log10Def.self, .log10) }
    public func rsqrt() -> Tensor { apply(RsqrtDef.self, .rsqrt) }
    public func asinh() -> Tensor { apply(AsinhDef.self, .asinh) }
}
