import XCTest
@testable import Autograd

/// float64 and int32 in the engine: PyTorch's promotion tiers, the default dtype bound per
/// interpreter, float64 arithmetic and printing, and gradients cast back to each input's dtype.
final class DTypeTests: XCTestCase {
    private func doubles(_ v: [Double]) -> Tensor { Tensor(doubles: v, shape: [v.count]) }

    func testResultTypeFollowsPyTorchsTiers() {
        let f32 = Tensor(floats: [1, 2], shape: [2]), i64 = Tensor(ints: [1, 2], shape: [2])
        let i32 = Tensor(ints: [1, 2], shape: [2], dtype: .int32)
        let zeroF64 = Tensor(doubles: [1], shape: [])
        // A 0-d tensor of the same category does not promote a dimensioned one; of a higher category it decides.
        XCTAssertEqual(Kernels.resultType([f32, zeroF64]), .float32)
        XCTAssertEqual(Kernels.resultType([i64, zeroF64]), .float64)
        XCTAssertEqual(Kernels.resultType([f32, doubles([1, 2])]), .float64)
        // Python numbers: an int keeps int32, a float gives the default dtype.
        XCTAssertEqual(Kernels.resultType([i32, Tensor.wrapped(.int(3))]), .int32)
        XCTAssertEqual(Kernels.resultType([i32, Tensor.wrapped(.float(0.5))]), .float32)
        XCTAssertEqual(Kernels.resultType([Tensor(ints: [1], shape: [1], dtype: .bool), Tensor.wrapped(.int(3))]), .int64)
        XCTAssertEqual(DType.promote(.int32, .int64), .int64)
        XCTAssertFalse(DType.canCast(from: .float64, to: .int32))
        XCTAssertTrue(DType.canCast(from: .int32, to: .float32))
    }

    func testDefaultDTypeIsBoundPerSettings() throws {
        let settings = TorchSettings()
        settings.defaultDType = .float64
        let (w, q) = try settings.withBound {
            (Tensor.wrapped(.float(0.1)), try Tensor(ints: [1, 2], shape: [2]).div(Tensor.wrapped(.int(3))))
        }
        XCTAssertEqual(w.dtype, .float64)
        XCTAssertEqual(q.dtype, .float64)
        XCTAssertEqual(q.doubleValues(), [1.0 / 3, 2.0 / 3])
        // Outside the binding the defaults apply again.
        XCTAssertEqual(Tensor.wrapped(.float(0.1)).dtype, .float32)
    }

    func testFloat64ArithmeticIsDouble() throws {
        let s = try doubles([0.1]).add(Tensor.wrapped(.float(0.2)))
        XCTAssertEqual(s.dtype, .float64)
        XCTAssertEqual(s.doubleValues()[0], 0.30000000000000004)
        let r = try doubles([-1.5, 2.25]).relu().abs().neg().pow(2)
        XCTAssertEqual(r.doubleValues(), [0, 5.0625])
        XCTAssertEqual(doubles([0.1, 0.2, 0.3]).sum().doubleValues()[0], 0.6000000000000001)
    }

    func testFloat64Prints() {
        XCTAssertEqual(doubles([1, 2.5]).description, "tensor([1.0000, 2.5000], dtype=torch.float64)")
        XCTAssertEqual(Tensor(ints: [1, 2], shape: [2], dtype: .int32).description, "tensor([1, 2], dtype=torch.int32)")
        let settings = TorchSettings()
        settings.defaultDType = .float64
        settings.withBound {
            XCTAssertEqual(doubles([1, 2.5]).description, "tensor([1.0000, 2.5000])")
            XCTAssertEqual(Tensor(floats: [1], shape: [1]).description, "tensor([1.], dtype=torch.float32)")
        }
    }

    func testGradientsComeBackInTheInputsDType() throws {
        let w = Tensor(floats: [1, 2], shape: [2])
        try w.requiresGrad_(true)
        let w64 = w.toDouble()
        XCTAssertEqual(w64.gradFn?.name, "ToCopyBackward0")
        try w64.mul(w64).sum().backward()
        XCTAssertEqual(w.grad?.dtype, .float32)
        XCTAssertEqual(w.grad?.floatValues(), [2, 4])
    }
}
