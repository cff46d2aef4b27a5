import Foundation

/// The float32 formulas of PyTorch 2.15's CPU kernels (AVX2 build) that gradstep matches bit for bit,
/// shared by the eager ops (Ops/) and the compiled plans (Plan/PlanKernels.swift) so both round alike.
/// `vector` functions are what a kernel's Vectorized<float> lambda computes, `scalar` ones what its
/// scalar lambda computes for the elements VectorLoop assigns to it.
///
/// Not here: exp, log, sin, cos, tan, tanh, asin, acos, atan, log2, log10 and sqrt. PyTorch's
/// UnaryOpsKernel sends contiguous float tensors of those through `at::vml`, which this build maps
/// to Intel MKL's closed VML routines (vmsExp, vmsLn, ... in VML_HA mode); gradstep rounds those
/// correctly instead (see README, parity section).
enum KernelMath {
    /// sigmoid_kernel: `1 / (1 + exp(-x))` with SLEEF's expf_u10 (the negation flips a NaN's sign too).
    @inline(__always) static func sigmoidVector(_ x: Float) -> Float { 1 / (1 + SleefFloat.exp(-x)) }
    /// sigmoid_kernel's scalar lambda: `1 / (1 + std::exp(-x))` (glibc expf).
    @inline(__always) static func sigmoidScalar(_ x: Float) -> Float { 1 / (1 + Foundation.exp(-x)) }
    /// sigmoid_backward_kernel: `g * (1 - y) * y`, left to right.
    @inline(__always) static func sigmoidBackward(_ g: Float, _ y: Float) -> Float { (g * (1 - y)) * y }
    /// tanh_backward_kernel: `g * (1 - y * y)`, where GCC fuses `1 - y * y` into one fnmadd.
    @inline(__always) static func tanhBackward(_ g: Float, _ y: Float) -> Float { g * (1 as Float).addingProduct(-y, y) }

    /// Whether `x ** k` rounds differently in the vector and scalar lambdas (k is not special-cased).
    static func powSplits(_ k: Double) -> Bool { ![2, 3, 0.5, -0.5, -1, -2, 1, 0].contains(k) }

    /// `x ** k` for a number k (pow_tensor_scalar_optimized_kernel); `vector` says which lambda runs.
    static func pow(_ x: Float, _ k: Double, vector: Bool) -> Float {
        switch k {
        case 2: return x * x
        case 3: return x * x * x
        case 0.5: return x.squareRoot()
        case -0.5: return 1 / x.squareRoot()
        case -1: return 1 / x
        case -2: return 1 / (x * x)
        case 1: return x
        case 0: return 1
        default:
            // The scalar lambda calls std::pow(float, double), which computes in double.
            return vector ? SleefFloat.pow(x, Float(k)) : Float(Foundation.pow(Double(x), k))
        }
    }

    /// `x ** k` for a float64 tensor: the same special cases, else std::pow in double.
    static func pow(_ x: Double, _ k: Double) -> Double {
        switch k {
        case 2: return x * x
        case 3: return x * x * x
        case 0.5: return x.squareRoot()
        case -0.5: return 1 / x.squareRoot()
        case -1: return 1 / x
        case -2: return 1 / (x * x)
        case 1: return x
        case 0: return 1
        default: return Foundation.pow(x, k)
        }
    }

    /// pow_tensor_tensor_kernel: Sleef_powf8_u10 in the vector loop, std::pow(float, float) elsewhere.
    @inline(__always) static func powVector(_ a: Float, _ b: Float) -> Float { SleefFloat.pow(a, b) }
    @inline(__always) static func powScalar(_ a: Float, _ b: Float) -> Float { powf(a, b) }
}
