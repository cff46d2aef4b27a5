// Generated from PyTorch 2.x by Tools/engine-reference/gen_ops.py: every op's value, grad_fn name, and the gradients of
// its inputs for the upstream gradient g_i = ((7i mod 5) - 2)/2 + 1/4.
import XCTest
@testable import Autograd

final class EngineOpValueTests: XCTestCase {
    /// `a + b`
    func test_addSame() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let b = try leaf([1.57000005, 1.02999997, -1.83000004, -0.560000002, 1.98000002, 0.0500000007], [2, 3])
        let y = try a.add(b)
        assertValues(y, [1.57000005, 3.00999999, -2.34000015, -2.41000009, 2.97000003, 1.64999998], shape: [2, 3], gradFn: "AddBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], [2, 3]))
        assertValues(a.grad, [-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], shape: [2, 3])
        assertValues(b.grad, [-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], shape: [2, 3])
    }

    /// `a + b`
    func test_addBroadcast31_4() throws {
        let a = try leaf([0, 1.98000002, -0.50999999], [3, 1])
        let b = try leaf([1.57000005, 1.02999997, -1.83000004, -0.560000002], [4])
        let y = try a.add(b)
        assertValues(y, [1.57000005, 1.02999997, -1.83000004, -0.560000002, 3.55000019, 3.00999999, 0.149999976, 1.42000008, 1.06000006, 0.519999981, -2.34000015, -1.06999993], shape: [3, 4], gradFn: "AddBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75, 0.25, 1.25, -0.25, 0.75, -0.75, 0.25], [3, 4]))
        assertValues(a.grad, [0.5, 1.5, 0], shape: [3, 1])
        assertValues(b.grad, [-0.25, 0.25, 0.75, 1.25], shape: [4])
    }

    /// `a - b`
    func test_subBroadcast() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let b = try leaf([1.57000005, 1.02999997, -1.83000004], [3])
        let y = try a.sub(b)
        assertValues(y, [-1.57000005, 0.950000048, 1.32000005, -3.42000008, -0.0399999619, 3.43000007], shape: [2, 3], gradFn: "SubBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], [2, 3]))
        assertValues(a.grad, [-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], shape: [2, 3])
        assertValues(b.grad, [1, -1, -0.5], shape: [3])
    }

    /// `a - b`
    func test_subBroadcastRev() throws {
        let a = try leaf([0, 1.98000002, -0.50999999], [3])
        let b = try leaf([1.57000005, 1.02999997, -1.83000004, -0.560000002, 1.98000002, 0.0500000007], [2, 3])
        let y = try a.sub(b)
        assertValues(y, [-1.57000005, 0.950000048, 1.32000005, 0.560000002, 0, -0.560000002], shape: [2, 3], gradFn: "SubBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], [2, 3]))
        assertValues(a.grad, [-1, 1, 0.5], shape: [3])
        assertValues(b.grad, [0.75, -0.25, -1.25, 0.25, -0.75, 0.75], shape: [2, 3])
    }

    /// `a * b`
    func test_mulBroadcast31_4() throws {
        let a = try leaf([0, 1.98000002, -0.50999999], [3, 1])
        let b = try leaf([1.57000005, 1.02999997, -1.83000004, -0.560000002], [4])
        let y = try a.mul(b)
        assertValues(y, [0, 0, -0, -0, 3.10860014, 2.03939986, -3.62340021, -1.10880005, -0.800700009, -0.525299966, 0.933300018, 0.285600007], shape: [3, 4], gradFn: "MulBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75, 0.25, 1.25, -0.25, 0.75, -0.75, 0.25], [3, 4]))
        assertValues(a.grad, [-3.06750011, -0.752499938, 1.61250007], shape: [3, 1])
        assertValues(b.grad, [1.61249995, -1.86750007, 0.877499998, 2.34749985], shape: [4])
    }

    /// `a * b`
    func test_mulScalarTensor() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let b = try leaf([1.57000005], [])
        let y = try a.mul(b)
        assertValues(y, [0, 3.10860014, -0.800700009, -2.90450025, 1.55430007, 2.51200008], shape: [2, 3], gradFn: "MulBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], [2, 3]))
        assertValues(a.grad, [-1.17750001, 0.392500013, 1.9625001, -0.392500013, 1.17750001, -1.17750001], shape: [2, 3])
        assertValues(b.grad, [-0.137500018], shape: [])
    }

    /// `a / b`
    func test_divBroadcast() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let b = try leaf([2.06999993, 1.52999997], [2, 1])
        let y = try a.div(b)
        assertValues(y, [0, 0.956521749, -0.246376812, -1.20915031, 0.647058845, 1.04575169], shape: [2, 3], gradFn: "DivBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], [2, 3]))
        assertValues(a.grad, [-0.362318844, 0.12077295, 0.603864729, -0.163398698, 0.490196079, -0.490196079], shape: [2, 3])
        assertValues(b.grad, [0.0332563221, -0.00213593245], shape: [2, 1])
    }

    /// `a / 2`
    func test_divPythonScalar() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002], [4])
        let y = try a.div(Tensor.wrapped(.int(2)))
        assertValues(y, [0, 0.99000001, -0.254999995, -0.925000012], shape: [4], gradFn: "DivBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25], [4]))
        assertValues(a.grad, [-0.375, 0.125, 0.625, -0.125], shape: [4])
    }

    /// `-a`
    func test_neg() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002], [2, 2])
        let y = try a.neg()
        assertValues(y, [-0, -1.98000002, 0.50999999, 1.85000002], shape: [2, 2], gradFn: "NegBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25], [2, 2]))
        assertValues(a.grad, [0.75, -0.25, -1.25, 0.25], shape: [2, 2])
    }

    /// `2 - a`
    func test_rsubInt() throws {
        let a = try leaf([0, 1.98000002, -0.50999999], [3])
        let y = try a.rsub(.int(2))
        assertValues(y, [2, 0.0199999809, 2.50999999], shape: [3], gradFn: "RsubBackward1")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25], [3]))
        assertValues(a.grad, [0.75, -0.25, -1.25], shape: [3])
    }

    /// `1.5 - a`
    func test_rsubFloat() throws {
        let a = try leaf([0, 1.98000002, -0.50999999], [3])
        let y = try a.rsub(.float(1.5))
        assertValues(y, [1.5, -0.480000019, 2.00999999], shape: [3], gradFn: "RsubBackward1")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25], [3]))
        assertValues(a.grad, [0.75, -0.25, -1.25], shape: [3])
    }

    /// `a + 2.5`
    func test_addPythonFloat() throws {
        let a = try leaf([0, 1.98000002, -0.50999999], [3])
        let y = try a.add(Tensor.wrapped(.float(2.5)))
        assertValues(y, [2.5, 4.48000002, 1.99000001], shape: [3], gradFn: "AddBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25], [3]))
        assertValues(a.grad, [-0.75, 0.25, 1.25], shape: [3])
    }

    /// `a * 3`
    func test_mulPythonInt() throws {
        let a = try leaf([0, 1.98000002, -0.50999999], [3])
        let y = try a.mul(Tensor.wrapped(.int(3)))
        assertValues(y, [0, 5.94000006, -1.52999997], shape: [3], gradFn: "MulBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25], [3]))
        assertValues(a.grad, [-2.25, 0.75, 3.75], shape: [3])
    }

    /// `a * b`
    func test_mulOnlyOneRequiresGrad() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002], [2, 2])
        let b = floats([1.57000005, 1.02999997, -1.83000004, -0.560000002], [2, 2])
        let y = try a.mul(b)
        assertValues(y, [0, 2.03939986, 0.933300018, 1.03600001], shape: [2, 2], gradFn: "MulBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25], [2, 2]))
        assertValues(a.grad, [-1.17750001, 0.257499993, -2.28750014, 0.140000001], shape: [2, 2])
    }

    /// `a / (b.abs() + 1)`
    func test_intDivInt() throws {
        let a = Tensor(ints: [0, 4, -1, -4], shape: [4])
        let b = Tensor(ints: [3, 2, -4, -1], shape: [4])
        let y = try a.div(b.abs().add(Tensor.wrapped(.int(1))))
        assertValues(y, [0, 1.33333337, -0.200000003, -2], shape: [4], gradFn: nil)
    }

    /// `a * b`
    func test_intMulInt() throws {
        let a = Tensor(ints: [0, 4, -1, -4], shape: [4])
        let b = Tensor(ints: [3, 2, -4, -1], shape: [4])
        let y = try a.mul(b)
        XCTAssertEqual(y.dtype, .int64)
        XCTAssertEqual(y.intValues(), [0, 8, 4, 4])
        XCTAssertEqual(y.shape, [4])
    }

    /// `a + 3`
    func test_intAddPythonInt() throws {
        let a = Tensor(ints: [0, 4, -1, -4], shape: [4])
        let y = try a.add(Tensor.wrapped(.int(3)))
        XCTAssertEqual(y.dtype, .int64)
        XCTAssertEqual(y.intValues(), [3, 7, 2, -1])
        XCTAssertEqual(y.shape, [4])
    }

    /// `a + 2.5`
    func test_intAddPythonFloat() throws {
        let a = Tensor(ints: [0, 4, -1, -4], shape: [4])
        let y = try a.add(Tensor.wrapped(.float(2.5)))
        assertValues(y, [2.5, 6.5, 1.5, -1.5], shape: [4], gradFn: nil)
    }

    /// `a * 0.5`
    func test_intMulPythonFloat() throws {
        let a = Tensor(ints: [0, 4, -1, -4], shape: [4])
        let y = try a.mul(Tensor.wrapped(.float(0.5)))
        assertValues(y, [0, 2, -0.5, -2], shape: [4], gradFn: nil)
    }

    /// `a * b`
    func test_intTimesFloatTensor() throws {
        let a = Tensor(ints: [0, 4, -1], shape: [3])
        let b = try leaf([1.57000005, 1.02999997, -1.83000004], [3])
        let y = try a.mul(b)
        assertValues(y, [0, 4.11999989, 1.83000004], shape: [3], gradFn: "MulBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25], [3]))
        assertValues(b.grad, [-0, 1, -1.25], shape: [3])
    }

    /// `a * b`
    func test_float0dTimesIntTensor() throws {
        let a = Tensor(ints: [0, 4, -1], shape: [3])
        let b = try leaf([1.57000005], [])
        let y = try a.mul(b)
        assertValues(y, [0, 6.28000021, -1.57000005], shape: [3], gradFn: "MulBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25], [3]))
        assertValues(b.grad, [-0.25], shape: [])
    }

    /// `a / 2`
    func test_intDivPythonInt() throws {
        let a = Tensor(ints: [0, 4, -1, -4], shape: [4])
        let y = try a.div(Tensor.wrapped(.int(2)))
        assertValues(y, [0, 2, -0.5, -2], shape: [4], gradFn: nil)
    }

    /// `a.sum()`
    func test_intSumIsInt() throws {
        let a = Tensor(ints: [0, 4, -1, -4, 2, 3], shape: [2, 3])
        let y = a.sum()
        XCTAssertEqual(y.dtype, .int64)
        XCTAssertEqual(y.intValues(), [4])
        XCTAssertEqual(y.shape, [])
    }

    /// `a.sum(0)`
    func test_intSumDim() throws {
        let a = Tensor(ints: [0, 4, -1, -4, 2, 3], shape: [2, 3])
        let y = try a.sum(dims: [0])
        XCTAssertEqual(y.dtype, .int64)
        XCTAssertEqual(y.intValues(), [-4, 6, 2])
        XCTAssertEqual(y.shape, [3])
    }

    /// `a ** 2`
    func test_intPowInt() throws {
        let a = Tensor(ints: [0, 4, -1, -4], shape: [4])
        let y = try a.pow(2, exponentIsInt: true)
        XCTAssertEqual(y.dtype, .int64)
        XCTAssertEqual(y.intValues(), [0, 16, 1, 16])
        XCTAssertEqual(y.shape, [4])
    }

    /// `a.abs() ** 0.5`
    func test_intPowFloat() throws {
        let a = Tensor(ints: [0, 4, -1, -4], shape: [4])
        let y = try a.abs().pow(0.5)
        assertValues(y, [0, 2, 1, 2], shape: [4], gradFn: nil)
    }

    /// `2 ** a.abs()`
    func test_rpowIntInt() throws {
        let a = Tensor(ints: [0, 4, -1, -4], shape: [4])
        let y = try a.abs().rpow(.int(2))
        XCTAssertEqual(y.dtype, .int64)
        XCTAssertEqual(y.intValues(), [1, 16, 2, 16])
        XCTAssertEqual(y.shape, [4])
    }

    /// `a ** 2`
    func test_powSquare() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let y = try a.pow(2, exponentIsInt: true)
        assertValues(y, [0, 3.92040014, 0.260099977, 3.42250013, 0.980100036, 2.56000018], shape: [2, 3], gradFn: "PowBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], [2, 3]))
        assertValues(a.grad, [-0, 0.99000001, -1.27499998, 0.925000012, 1.48500001, -2.4000001], shape: [2, 3])
    }

    /// `a ** 3`
    func test_powCube() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002], [4])
        let y = try a.pow(3, exponentIsInt: true)
        assertValues(y, [0, 7.76239252, -0.132650986, -6.33162546], shape: [4], gradFn: "PowBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25], [4]))
        assertValues(a.grad, [-0, 2.94029999, 0.975374877, -2.56687498], shape: [4])
    }

    /// `a ** 0.5`
    func test_powHalf() throws {
        let a = try leaf([0.5, 2.48000002, 1.00999999, 2.3499999], [4])
        let y = try a.pow(0.5)
        assertValues(y, [0.707106769, 1.57480156, 1.0049876, 1.53297091], shape: [4], gradFn: "PowBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25], [4]))
        assertValues(a.grad, [-0.530330062, 0.0793750808, 0.621898234, -0.0815410092], shape: [4])
    }

    /// `a ** -1`
    func test_powMinusOne() throws {
        let a = try leaf([0.5, 2.48000002, 1.00999999, 2.3499999], [4])
        let y = try a.pow(-1, exponentIsInt: true)
        assertValues(y, [2, 0.403225809, 0.990099013, 0.425531924], shape: [4], gradFn: "PowBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25], [4]))
        assertValues(a.grad, [3, -0.04064776, -1.22537005, 0.0452693552], shape: [4])
    }

    /// `a ** 2.5`
    func test_powTwoPointFive() throws {
        let a = try leaf([0.5, 2.48000002, 1.00999999, 2.3499999], [4])
        let y = try a.pow(2.5)
        assertValues(y, [0.176776692, 9.68565941, 1.02518773, 8.46583176], shape: [4], gradFn: "PowBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25], [4]))
        assertValues(a.grad, [-0.662912607, 2.44094253, 3.17199206, -2.25155091], shape: [4])
    }

    /// `a ** 0`
    func test_powZero() throws {
        let a = try leaf([0, 1.98000002, -0.50999999], [3])
        let y = try a.pow(0, exponentIsInt: true)
        assertValues(y, [1, 1, 1], shape: [3], gradFn: "PowBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25], [3]))
        assertValues(a.grad, [0, 0, 0], shape: [3])
    }

    /// `a ** b`
    func test_powTensor() throws {
        let a = try leaf([0.5, 2.48000002, 1.00999999, 2.3499999, 1.49000001, 2.0999999], [2, 3])
        let b = try leaf([1.57000005, 1.02999997, -1.83000004], [3])
        let y = try a.pow(b)
        assertValues(y, [0.336808383, 2.5485034, 0.981955707, 3.82451653, 1.50793231, 0.257240117], shape: [2, 3], gradFn: "PowBackward1")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], [2, 3]))
        assertValues(a.grad, [-0.793183744, 0.264612734, -2.22398376, -0.638775706, 0.781797171, 0.168124825], shape: [2, 3])
        assertValues(b.grad, [-0.641838014, 1.02967048, -0.130928561], shape: [3])
    }

    /// `a ** 2`
    func test_powWrappedInt() throws {
        let a = try leaf([0, 1.98000002, -0.50999999], [3])
        let y = try a.pow(Tensor.wrapped(.int(2)))
        assertValues(y, [0, 3.92040014, 0.260099977], shape: [3], gradFn: "PowBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25], [3]))
        assertValues(a.grad, [-0, 0.99000001, -1.27499998], shape: [3])
    }

    /// `2 ** a`
    func test_rpowInt() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002], [4])
        let y = try a.rpow(.int(2))
        assertValues(y, [1, 3.94493079, 0.702222466, 0.277392358], shape: [4], gradFn: "PowBackward2")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25], [4]))
        assertValues(a.grad, [-0.519860387, 0.683604419, 0.608429372, -0.048068434], shape: [4])
    }

    /// `2.5 ** a`
    func test_rpowFloat() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002], [4])
        let y = try a.rpow(.float(2.5))
        assertValues(y, [1, 6.13650703, 0.626686871, 0.183573917], shape: [4], gradFn: "PowBackward2")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25], [4]))
        assertValues(a.grad, [-0.68721807, 1.40570617, 0.717784226, -0.0420517698], shape: [4])
    }

    /// `a.sin()`
    func test_sin() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001], [5])
        let y = a.sin()
        assertValues(y, [0, 0.917437971, -0.48817724, -0.96127522, 0.836025953], shape: [5], gradFn: "SinBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75], [5]))
        assertValues(a.grad, [-0.75, -0.0994697213, 1.09093058, 0.0688975677, 0.411517382], shape: [5])
    }

    /// `a.cos()`
    func test_cos() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001], [5])
        let y = a.cos()
        assertValues(y, [1, -0.397878885, 0.872744501, -0.275590271, 0.548689842], shape: [5], gradFn: "CosBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75], [5]))
        assertValues(a.grad, [0, -0.229359493, 0.610221565, -0.240318805, -0.627019465], shape: [5])
    }

    /// `a.exp()`
    func test_exp() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001], [5])
        let y = a.exp()
        assertValues(y, [1, 7.24274302, 0.600495577, 0.157237157, 2.69123459], shape: [5], gradFn: "ExpBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75], [5]))
        assertValues(a.grad, [-0.75, 1.81068575, 0.750619471, -0.0393092893, 2.01842594], shape: [5])
    }

    /// `a.log()`
    func test_log() throws {
        let a = try leaf([0.5, 2.48000002, 1.00999999, 2.3499999, 1.49000001], [5])
        let y = a.log()
        assertValues(y, [-0.693147182, 0.908258557, 0.00995032117, 0.854415298, 0.398776114], shape: [5], gradFn: "LogBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75], [5]))
        assertValues(a.grad, [-1.5, 0.100806452, 1.23762381, -0.106382981, 0.503355682], shape: [5])
    }

    /// `a.tanh()`
    func test_tanh() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001], [5])
        let y = a.tanh()
        assertValues(y, [0, 0.962586999, -0.469945192, -0.951745987, 0.757362306], shape: [5], gradFn: "TanhBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75], [5]))
        assertValues(a.grad, [-0.75, 0.0183565672, 0.973939359, -0.0235448945, 0.319801748], shape: [5])
    }

    /// `a.sigmoid()`
    func test_sigmoid() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001], [5])
        let y = a.sigmoid()
        assertValues(y, [0.5, 0.878681123, 0.375193506, 0.135872886, 0.729087949], shape: [5], gradFn: "SigmoidBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75], [5]))
        assertValues(a.grad, [-0.1875, 0.0266501512, 0.293029189, -0.0293528605, 0.14813903], shape: [5])
    }

    /// `a.relu()`
    func test_relu() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [6])
        let y = a.relu()
        assertValues(y, [0, 1.98000002, 0, 0, 0.99000001, 1.60000002], shape: [6], gradFn: "ReluBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], [6]))
        assertValues(a.grad, [0, 0.25, 0, 0, 0.75, -0.75], shape: [6])
    }

    /// `a.sqrt()`
    func test_sqrt() throws {
        let a = try leaf([0.5, 2.48000002, 1.00999999, 2.3499999, 1.49000001], [5])
        let y = a.sqrt()
        assertValues(y, [0.707106769, 1.57480156, 1.0049876, 1.53297091, 1.22065556], shape: [5], gradFn: "SqrtBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75], [5]))
        assertValues(a.grad, [-0.530330122, 0.0793750808, 0.621898234, -0.0815410092, 0.307211965], shape: [5])
    }

    /// `a.abs()`
    func test_abs() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [6])
        let y = a.abs()
        assertValues(y, [0, 1.98000002, 0.50999999, 1.85000002, 0.99000001, 1.60000002], shape: [6], gradFn: "AbsBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], [6]))
        assertValues(a.grad, [-0, 0.25, -1.25, 0.25, 0.75, -0.75], shape: [6])
    }

    /// `a.sum()`
    func test_sumAll() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let y = a.sum()
        assertValues(y, [2.21000051], shape: [], gradFn: "SumBackward0")
        try y.backward(gradient: floats([-0.75], []))
        assertValues(a.grad, [-0.75, -0.75, -0.75, -0.75, -0.75, -0.75], shape: [2, 3])
    }

    /// `a.sum(0)`
    func test_sumDim0() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let y = try a.sum(dims: [0])
        assertValues(y, [-1.85000002, 2.97000003, 1.09000003], shape: [3], gradFn: "SumBackward1")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25], [3]))
        assertValues(a.grad, [-0.75, 0.25, 1.25, -0.75, 0.25, 1.25], shape: [2, 3])
    }

    /// `a.sum(1, keepdim=True)`
    func test_sumDim1Keep() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let y = try a.sum(dims: [1], keepdim: true)
        assertValues(y, [1.47000003, 0.74000001], shape: [2, 1], gradFn: "SumBackward1")
        try y.backward(gradient: floats([-0.75, 0.25], [2, 1]))
        assertValues(a.grad, [-0.75, -0.75, -0.75, 0.25, 0.25, 0.25], shape: [2, 3])
    }

    /// `a.sum(-1)`
    func test_sumDimNeg() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002, -1.39999998, -1.24000001, 1.72000003, 0.790000021, -1.91999996, -0.300000012], [2, 3, 2])
        let y = try a.sum(dims: [-1])
        assertValues(y, [1.98000002, -2.36000013, 2.59000015, -2.63999987, 2.50999999, -2.22000003], shape: [2, 3], gradFn: "SumBackward1")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], [2, 3]))
        assertValues(a.grad, [-0.75, -0.75, 0.25, 0.25, 1.25, 1.25, -0.25, -0.25, 0.75, 0.75, -0.75, -0.75], shape: [2, 3, 2])
    }

    /// `a.sum((0,2))`
    func test_sumDims02() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002, -1.39999998, -1.24000001, 1.72000003, 0.790000021, -1.91999996, -0.300000012], [2, 3, 2])
        let y = try a.sum(dims: [0, 2])
        assertValues(y, [-0.659999847, 0.149999857, 0.370000124], shape: [3], gradFn: "SumBackward1")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25], [3]))
        assertValues(a.grad, [-0.75, -0.75, 0.25, 0.25, 1.25, 1.25, -0.75, -0.75, 0.25, 0.25, 1.25, 1.25], shape: [2, 3, 2])
    }

    /// `a.sum((0,2), keepdim=True)`
    func test_sumDims02Keep() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002, -1.39999998, -1.24000001, 1.72000003, 0.790000021, -1.91999996, -0.300000012], [2, 3, 2])
        let y = try a.sum(dims: [0, 2], keepdim: true)
        assertValues(y, [-0.659999847, 0.149999857, 0.370000124], shape: [1, 3, 1], gradFn: "SumBackward1")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25], [1, 3, 1]))
        assertValues(a.grad, [-0.75, -0.75, 0.25, 0.25, 1.25, 1.25, -0.75, -0.75, 0.25, 0.25, 1.25, 1.25], shape: [2, 3, 2])
    }

    /// `a.mean()`
    func test_meanAll() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let y = try a.mean()
        assertValues(y, [0.368333429], shape: [], gradFn: "MeanBackward0")
        try y.backward(gradient: floats([-0.75], []))
        assertValues(a.grad, [-0.125, -0.125, -0.125, -0.125, -0.125, -0.125], shape: [2, 3])
    }

    /// `a.mean(0)`
    func test_meanDim0() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let y = try a.mean(dims: [0])
        assertValues(y, [-0.925000012, 1.48500001, 0.545000017], shape: [3], gradFn: "MeanBackward1")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25], [3]))
        assertValues(a.grad, [-0.375, 0.125, 0.625, -0.375, 0.125, 0.625], shape: [2, 3])
    }

    /// `a.mean(-1, keepdim=True)`
    func test_meanDimNegKeep() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let y = try a.mean(dims: [-1], keepdim: true)
        assertValues(y, [0.49000001, 0.24666667], shape: [2, 1], gradFn: "MeanBackward1")
        try y.backward(gradient: floats([-0.75, 0.25], [2, 1]))
        assertValues(a.grad, [-0.25, -0.25, -0.25, 0.0833333358, 0.0833333358, 0.0833333358], shape: [2, 3])
    }

    /// `a.mean((0,1))`
    func test_meanDims01() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002, -1.39999998, -1.24000001, 1.72000003, 0.790000021, -1.91999996, -0.300000012], [2, 3, 2])
        let y = try a.mean(dims: [0, 1])
        assertValues(y, [-0.186666653, 0.163333341], shape: [2], gradFn: "MeanBackward1")
        try y.backward(gradient: floats([-0.75, 0.25], [2]))
        assertValues(a.grad, [-0.125, 0.0416666679, -0.125, 0.0416666679, -0.125, 0.0416666679, -0.125, 0.0416666679, -0.125, 0.0416666679, -0.125, 0.0416666679], shape: [2, 3, 2])
    }

    /// `a.sum()`
    func test_sum0d() throws {
        let a = try leaf([0], [])
        let y = a.sum()
        assertValues(y, [0], shape: [], gradFn: "SumBackward0")
        try y.backward(gradient: floats([-0.75], []))
        assertValues(a.grad, [-0.75], shape: [])
    }

    /// `a @ b`
    func test_matmul1d1d() throws {
        let a = try leaf([0, 1.98000002, -0.50999999], [3])
        let b = try leaf([1.57000005, 1.02999997, -1.83000004], [3])
        let y = try a.matmul(b)
        assertValues(y, [2.97269988], shape: [], gradFn: "DotBackward0")
        try y.backward(gradient: floats([-0.75], []))
        assertValues(a.grad, [-1.17750001, -0.772499979, 1.37250006], shape: [3])
        assertValues(b.grad, [-0, -1.48500001, 0.382499993], shape: [3])
    }

    /// `a @ b`
    func test_matmul2d1d() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let b = try leaf([1.57000005, 1.02999997, -1.83000004], [3])
        let y = try a.matmul(b)
        assertValues(y, [2.97269988, -4.81280041], shape: [2], gradFn: "MvBackward0")
        try y.backward(gradient: floats([-0.75, 0.25], [2]))
        assertValues(a.grad, [-1.17750001, -0.772499979, 1.37250006, 0.392500013, 0.257499993, -0.457500011], shape: [2, 3])
        assertValues(b.grad, [-0.462500006, -1.23749995, 0.782500029], shape: [3])
    }

    /// `a @ b`
    func test_matmul1d2d() throws {
        let a = try leaf([0, 1.98000002], [2])
        let b = try leaf([1.57000005, 1.02999997, -1.83000004, -0.560000002, 1.98000002, 0.0500000007], [2, 3])
        let y = try a.matmul(b)
        assertValues(y, [-1.10880005, 3.92040014, 0.0989999995], shape: [3], gradFn: "SqueezeBackward4")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25], [3]))
        assertValues(a.grad, [-3.20750022, 0.977500021], shape: [2])
        assertValues(b.grad, [-0, 0, 0, -1.48500001, 0.495000005, 2.4749999], shape: [2, 3])
    }

    /// `a @ b`
    func test_matmul2d2d() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let b = try leaf([1.57000005, 1.02999997, -1.83000004, -0.560000002, 1.98000002, 0.0500000007, -1.99000001, 0.460000008, 1.87, -0.939999998, -1.63, 1.36000001], [3, 4])
        let y = try a.matmul(b)
        assertValues(y, [2.96670008, 0.578399956, -3.10890007, 0.217200041, 2.04769993, -3.36000013, -1.19259989, 3.66740012], shape: [2, 4], gradFn: "MmBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75, 0.25, 1.25], [2, 4]))
        assertValues(a.grad, [-3.06750011, -4.07499981, -4.01499987, -0.752499938, 1.52499998, 3.4000001], shape: [2, 3])
        assertValues(b.grad, [-1.38750005, 1.38750005, -0.462500006, -2.3125, -0.742500007, -0.247500002, 2.72249985, 0.742499948, 1.58249998, -1.3275001, -0.237499982, 2.12750006], shape: [3, 4])
    }

    /// `a.mm(b)`
    func test_mm() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [3, 2])
        let b = try leaf([1.57000005, 1.02999997, -1.83000004, -0.560000002], [2, 2])
        let y = try a.mm(b)
        assertValues(y, [-3.62340021, -1.10880005, 2.58480024, 0.510700047, -1.37370014, 0.123699903], shape: [3, 2], gradFn: "MmBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], [3, 2]))
        assertValues(a.grad, [-0.920000017, 1.23250008, 1.70500016, -2.14750004, 0.405000031, -0.952500045], shape: [3, 2])
        assertValues(b.grad, [0.105000019, -0.61500001, -2.59750009, -0.242500067], shape: [2, 2])
    }

    /// `a.mv(b)`
    func test_mv() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [3, 2])
        let b = try leaf([1.57000005, 1.02999997], [2])
        let y = try a.mv(b)
        assertValues(y, [2.03939986, -2.70619988, 3.20230007], shape: [3], gradFn: "MvBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25], [3]))
        assertValues(a.grad, [-1.17750001, -0.772499979, 0.392500013, 0.257499993, 1.9625001, 1.2874999], shape: [3, 2])
        assertValues(b.grad, [1.1099999, 0.0525000095], shape: [2])
    }

    /// `a.dot(b)`
    func test_dot() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002], [4])
        let b = try leaf([1.57000005, 1.02999997, -1.83000004, -0.560000002], [4])
        let y = try a.dot(b)
        assertValues(y, [4.00869989], shape: [], gradFn: "DotBackward0")
        try y.backward(gradient: floats([-0.75], []))
        assertValues(a.grad, [-1.17750001, -0.772499979, 1.37250006, 0.420000017], shape: [4])
        assertValues(b.grad, [-0, -1.48500001, 0.382499993, 1.38750005], shape: [4])
    }

    /// `a.t() @ b`
    func test_matmulTransposed() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [3, 2])
        let b = try leaf([1.57000005, 1.02999997, -1.83000004, -0.560000002, 1.98000002, 0.0500000007], [3, 2])
        let y = try a.t().matmul(b)
        assertValues(y, [2.89350009, 0.335099995, 9.66210079, 3.1553998], shape: [2, 2], gradFn: "MmBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25], [2, 2]))
        assertValues(a.grad, [-0.920000017, 1.70500016, 1.23250008, -2.14750004, -1.47249997, 2.46249986], shape: [3, 2])
        assertValues(b.grad, [2.4749999, -0.495000005, -1.93000007, 0.335000008, 1.25749993, -0.152500004], shape: [3, 2])
    }

    /// `a @ b`
    func test_mmConstLeft() throws {
        let a = floats([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let b = try leaf([1.57000005, 1.02999997, -1.83000004, -0.560000002, 1.98000002, 0.0500000007], [3, 2])
        let y = try a.matmul(b)
        assertValues(y, [-4.63320017, -1.13429999, -1.54820037, -2.37989998], shape: [2, 2], gradFn: "MmBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25], [2, 2]))
        assertValues(b.grad, [-2.3125, 0.462500006, -0.247500062, 0.247500002, 2.38249993, -0.527500033], shape: [3, 2])
    }

    /// `a @ b`
    func test_matmulIntInt() throws {
        let a = Tensor(ints: [0, 4, -1, -4, 2, 3], shape: [2, 3])
        let b = Tensor(ints: [3, 2, -4], shape: [3])
        let y = try a.matmul(b)
        XCTAssertEqual(y.dtype, .int64)
        XCTAssertEqual(y.intValues(), [12, -20])
        XCTAssertEqual(y.shape, [2])
    }

    /// `torch.linalg.vector_norm(a)`
    func test_vectorNorm() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let y = try a.vectorNorm()
        assertValues(y, [3.33812833], shape: [], gradFn: "LinalgVectorNormBackward0")
        try y.backward(gradient: floats([-0.75], []))
        assertValues(a.grad, [-0, -0.444860041, 0.114585161, 0.415652096, -0.222430021, -0.359482884], shape: [2, 3])
    }

    /// `torch.linalg.vector_norm(a)`
    func test_vectorNorm1d() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002], [4])
        let y = try a.vectorNorm()
        assertValues(y, [2.75735378], shape: [], gradFn: "LinalgVectorNormBackward0")
        try y.backward(gradient: floats([-0.75], []))
        assertValues(a.grad, [-0, -0.538559854, 0.138719946, 0.503199816], shape: [4])
    }

    /// `F.mse_loss(a, b)`
    func test_mseLoss() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let b = floats([1.57000005, 1.02999997, -1.83000004, -0.560000002, 1.98000002, 0.0500000007], [2, 3])
        let y = try a.mseLoss(b).0
        assertValues(y, [1.6927501], shape: [], gradFn: "MseLossBackward0")
        try y.backward(gradient: floats([-0.75], []))
        assertValues(a.grad, [0.392500043, -0.237500012, -0.330000013, 0.32249999, 0.247500002, -0.387500048], shape: [2, 3])
    }

    /// `F.mse_loss(a, b)`
    func test_mseLossBothGrad() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002], [4])
        let b = try leaf([1.57000005, 1.02999997, -1.83000004, -0.560000002], [4])
        let y = try a.mseLoss(b).0
        assertValues(y, [1.69347501], shape: [], gradFn: "MseLossBackward0")
        try y.backward(gradient: floats([-0.75], []))
        assertValues(a.grad, [0.588750005, -0.356250018, -0.495000005, 0.483749986], shape: [4])
        assertValues(b.grad, [-0.588750005, 0.356250018, 0.495000005, -0.483749986], shape: [4])
    }

    /// `F.mse_loss(a, b, reduction='sum')`
    func test_mseLossSum() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let b = floats([1.57000005, 1.02999997, -1.83000004, -0.560000002, 1.98000002, 0.0500000007], [2, 3])
        let y = try a.mseLoss(b, reduction: .sum).0
        assertValues(y, [10.1565008], shape: [], gradFn: "MseLossBackward0")
        try y.backward(gradient: floats([-0.75], []))
        assertValues(a.grad, [2.35500002, -1.42500007, -1.98000002, 1.93499994, 1.48500001, -2.32500005], shape: [2, 3])
    }

    /// `F.mse_loss(a, b, reduction='none')`
    func test_mseLossNone() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let b = floats([1.57000005, 1.02999997, -1.83000004, -0.560000002, 1.98000002, 0.0500000007], [2, 3])
        let y = try a.mseLoss(b, reduction: .none).0
        assertValues(y, [2.46490026, 0.902500093, 1.74240017, 1.66409993, 0.980100036, 2.40250015], shape: [2, 3], gradFn: "MseLossBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], [2, 3]))
        assertValues(a.grad, [2.35500002, 0.475000024, 3.30000019, 0.644999981, -1.48500001, -2.32500005], shape: [2, 3])
    }

    /// `F.mse_loss(a, b)`
    func test_mseLossIntTarget() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002], [4])
        let b = Tensor(ints: [3, 2, -4, -1], shape: [4])
        let y = try a.mseLoss(b).0
        assertValues(y, [5.47574997], shape: [], gradFn: "MseLossBackward0")
        try y.backward(gradient: floats([-0.75], []))
        assertValues(a.grad, [1.125, 0.00749999285, -1.30875003, 0.318750024], shape: [4])
    }

    /// `a.view(6)`
    func test_view() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let y = try a.view([6])
        assertValues(y, [0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], shape: [6], gradFn: "ViewBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], [6]))
        assertValues(a.grad, [-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], shape: [2, 3])
    }

    /// `a.view(-1, 2)`
    func test_viewInfer() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let y = try a.view([-1, 2])
        assertValues(y, [0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], shape: [3, 2], gradFn: "ViewBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], [3, 2]))
        assertValues(a.grad, [-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], shape: [2, 3])
    }

    /// `a.reshape(3, 2)`
    func test_reshapeContiguous() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let y = try a.reshape([3, 2])
        assertValues(y, [0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], shape: [3, 2], gradFn: "ViewBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], [3, 2]))
        assertValues(a.grad, [-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], shape: [2, 3])
    }

    /// `a.t().reshape(6)`
    func test_reshapeOfTranspose() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let y = try a.t().reshape([6])
        assertValues(y, [0, -1.85000002, 1.98000002, 0.99000001, -0.50999999, 1.60000002], shape: [6], gradFn: "UnsafeViewBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], [6]))
        assertValues(a.grad, [-0.75, 1.25, 0.75, 0.25, -0.25, -0.75], shape: [2, 3])
    }

    /// `a.t()`
    func test_t2d() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let y = try a.t()
        assertValues(y, [0, -1.85000002, 1.98000002, 0.99000001, -0.50999999, 1.60000002], shape: [3, 2], gradFn: "TBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], [3, 2]))
        assertValues(a.grad, [-0.75, 1.25, 0.75, 0.25, -0.25, -0.75], shape: [2, 3])
    }

    /// `a.t()`
    func test_t1d() throws {
        let a = try leaf([0, 1.98000002, -0.50999999], [3])
        let y = try a.t()
        assertValues(y, [0, 1.98000002, -0.50999999], shape: [3], gradFn: "TBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25], [3]))
        assertValues(a.grad, [-0.75, 0.25, 1.25], shape: [3])
    }

    /// `a.T`
    func test_T2d() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let y = a.T()
        assertValues(y, [0, -1.85000002, 1.98000002, 0.99000001, -0.50999999, 1.60000002], shape: [3, 2], gradFn: "PermuteBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], [3, 2]))
        assertValues(a.grad, [-0.75, 1.25, 0.75, 0.25, -0.25, -0.75], shape: [2, 3])
    }

    /// `a.transpose(0, 2)`
    func test_transpose() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002, -1.39999998, -1.24000001, 1.72000003, 0.790000021, -1.91999996, -0.300000012], [2, 3, 2])
        let y = try a.transpose(0, 2)
        assertValues(y, [0, -1.39999998, -0.50999999, 1.72000003, 0.99000001, -1.91999996, 1.98000002, -1.24000001, -1.85000002, 0.790000021, 1.60000002, -0.300000012], shape: [2, 3, 2], gradFn: "TransposeBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75, 0.25, 1.25, -0.25, 0.75, -0.75, 0.25], [2, 3, 2]))
        assertValues(a.grad, [-0.75, 0.25, 1.25, -0.25, 0.75, -0.75, 0.25, 1.25, -0.25, 0.75, -0.75, 0.25], shape: [2, 3, 2])
    }

    /// `a.transpose(-1, 0)`
    func test_transposeNeg() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let y = try a.transpose(-1, 0)
        assertValues(y, [0, -1.85000002, 1.98000002, 0.99000001, -0.50999999, 1.60000002], shape: [3, 2], gradFn: "TransposeBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], [3, 2]))
        assertValues(a.grad, [-0.75, 1.25, 0.75, 0.25, -0.25, -0.75], shape: [2, 3])
    }

    /// `a.unsqueeze(1)`
    func test_unsqueeze() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let y = try a.unsqueeze(1)
        assertValues(y, [0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], shape: [2, 1, 3], gradFn: "UnsqueezeBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], [2, 1, 3]))
        assertValues(a.grad, [-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], shape: [2, 3])
    }

    /// `a.unsqueeze(-1)`
    func test_unsqueezeNeg() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let y = try a.unsqueeze(-1)
        assertValues(y, [0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], shape: [2, 3, 1], gradFn: "UnsqueezeBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], [2, 3, 1]))
        assertValues(a.grad, [-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], shape: [2, 3])
    }

    /// `a.squeeze()`
    func test_squeezeAll() throws {
        let a = try leaf([0, 1.98000002, -0.50999999], [1, 3, 1])
        let y = try a.squeeze()
        assertValues(y, [0, 1.98000002, -0.50999999], shape: [3], gradFn: "SqueezeBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25], [3]))
        assertValues(a.grad, [-0.75, 0.25, 1.25], shape: [1, 3, 1])
    }

    /// `a.squeeze(2)`
    func test_squeezeDim() throws {
        let a = try leaf([0, 1.98000002, -0.50999999], [1, 3, 1])
        let y = try a.squeeze(2)
        assertValues(y, [0, 1.98000002, -0.50999999], shape: [1, 3], gradFn: "SqueezeBackward1")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25], [1, 3]))
        assertValues(a.grad, [-0.75, 0.25, 1.25], shape: [1, 3, 1])
    }

    /// `a.squeeze(0)`
    func test_squeezeNonOne() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let y = try a.squeeze(0)
        assertValues(y, [0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], shape: [2, 3], gradFn: "SqueezeBackward1")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], [2, 3]))
        assertValues(a.grad, [-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], shape: [2, 3])
    }

    /// `a.expand(3, 4)`
    func test_expand() throws {
        let a = try leaf([0, 1.98000002, -0.50999999], [3, 1])
        let y = try a.expand([3, 4])
        assertValues(y, [0, 0, 0, 0, 1.98000002, 1.98000002, 1.98000002, 1.98000002, -0.50999999, -0.50999999, -0.50999999, -0.50999999], shape: [3, 4], gradFn: "ExpandBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75, 0.25, 1.25, -0.25, 0.75, -0.75, 0.25], [3, 4]))
        assertValues(a.grad, [0.5, 1.5, 0], shape: [3, 1])
    }

    /// `a.expand(2, -1)`
    func test_expandNewDims() throws {
        let a = try leaf([0, 1.98000002, -0.50999999], [3])
        let y = try a.expand([2, -1])
        assertValues(y, [0, 1.98000002, -0.50999999, 0, 1.98000002, -0.50999999], shape: [2, 3], gradFn: "ExpandBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], [2, 3]))
        assertValues(a.grad, [-1, 1, 0.5], shape: [3])
    }

    /// `a.clone()`
    func test_clone() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002], [2, 2])
        let y = a.clone()
        assertValues(y, [0, 1.98000002, -0.50999999, -1.85000002], shape: [2, 2], gradFn: "CloneBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25], [2, 2]))
        assertValues(a.grad, [-0.75, 0.25, 1.25, -0.25], shape: [2, 2])
    }

    /// `a.t().contiguous().view(6) * a.view(6)`
    func test_viewThenMul() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let y = try a.t().contiguous().view([6]).mul(a.view([6]))
        assertValues(y, [0, -3.66300011, -1.00979996, -1.83150005, -0.504899979, 2.56000018], shape: [6], gradFn: "MulBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], [6]))
        assertValues(a.grad, [-0, -1.10000002, 3.21749997, 0.247500002, 0.0800000131, -2.4000001], shape: [2, 3])
    }

    /// `a[1]`
    func test_selectFirst() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002, -1.39999998, -1.24000001, 1.72000003, 0.790000021, -1.91999996, -0.300000012], [3, 4])
        let y = try a.index([.int(1)])
        assertValues(y, [0.99000001, 1.60000002, -1.39999998, -1.24000001], shape: [4], gradFn: "SelectBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25], [4]))
        assertValues(a.grad, [0, 0, 0, 0, -0.75, 0.25, 1.25, -0.25, 0, 0, 0, 0], shape: [3, 4])
    }

    /// `a[-1]`
    func test_selectNegative() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002, -1.39999998, -1.24000001, 1.72000003, 0.790000021, -1.91999996, -0.300000012], [3, 4])
        let y = try a.index([.int(-1)])
        assertValues(y, [1.72000003, 0.790000021, -1.91999996, -0.300000012], shape: [4], gradFn: "SelectBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25], [4]))
        assertValues(a.grad, [0, 0, 0, 0, 0, 0, 0, 0, -0.75, 0.25, 1.25, -0.25], shape: [3, 4])
    }

    /// `a[:, 0]`
    func test_selectColumn() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002, -1.39999998, -1.24000001, 1.72000003, 0.790000021, -1.91999996, -0.300000012], [3, 4])
        let y = try a.index([.slice(start: nil, stop: nil, step: nil), .int(0)])
        assertValues(y, [0, 0.99000001, 1.72000003], shape: [3], gradFn: "SelectBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25], [3]))
        assertValues(a.grad, [-0.75, 0, 0, 0, 0.25, 0, 0, 0, 1.25, 0, 0, 0], shape: [3, 4])
    }

    /// `a[1, 2]`
    func test_selectElement() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002, -1.39999998, -1.24000001, 1.72000003, 0.790000021, -1.91999996, -0.300000012], [3, 4])
        let y = try a.index([.int(1), .int(2)])
        assertValues(y, [-1.39999998], shape: [], gradFn: "SelectBackward0")
        try y.backward(gradient: floats([-0.75], []))
        assertValues(a.grad, [0, 0, 0, 0, 0, 0, -0.75, 0, 0, 0, 0, 0], shape: [3, 4])
    }

    /// `a[0:6:2]`
    func test_sliceStep() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002, -1.39999998], [7])
        let y = try a.index([.slice(start: 0, stop: 6, step: 2)])
        assertValues(y, [0, -0.50999999, 0.99000001], shape: [3], gradFn: "SliceBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25], [3]))
        assertValues(a.grad, [-0.75, 0, 0.25, 0, 1.25, 0, 0], shape: [7])
    }

    /// `a[1::3]`
    func test_sliceStepDefaultStop() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002, -1.39999998], [7])
        let y = try a.index([.slice(start: 1, stop: nil, step: 3)])
        assertValues(y, [1.98000002, 0.99000001], shape: [2], gradFn: "SliceBackward0")
        try y.backward(gradient: floats([-0.75, 0.25], [2]))
        assertValues(a.grad, [0, -0.75, 0, 0, 0.25, 0, 0], shape: [7])
    }

    /// `a[-3:]`
    func test_sliceNegativeStart() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001], [5])
        let y = try a.index([.slice(start: -3, stop: nil, step: nil)])
        assertValues(y, [-0.50999999, -1.85000002, 0.99000001], shape: [3], gradFn: "SliceBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25], [3]))
        assertValues(a.grad, [0, 0, -0.75, 0.25, 1.25], shape: [5])
    }

    /// `a[:, ::2]`
    func test_sliceColumnsStep() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002, -1.39999998, -1.24000001, 1.72000003, 0.790000021], [2, 5])
        let y = try a.index([.slice(start: nil, stop: nil, step: nil), .slice(start: nil, stop: nil, step: 2)])
        assertValues(y, [0, -0.50999999, 0.99000001, 1.60000002, -1.24000001, 0.790000021], shape: [2, 3], gradFn: "SliceBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], [2, 3]))
        assertValues(a.grad, [-0.75, 0, 0.25, 0, 1.25, -0.25, 0, 0.75, 0, -0.75], shape: [2, 5])
    }

    /// `a[2:100]`
    func test_sliceClamped() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002], [4])
        let y = try a.index([.slice(start: 2, stop: 100, step: nil)])
        assertValues(y, [-0.50999999, -1.85000002], shape: [2], gradFn: "SliceBackward0")
        try y.backward(gradient: floats([-0.75, 0.25], [2]))
        assertValues(a.grad, [0, 0, -0.75, 0.25], shape: [4])
    }

    /// `a[3:1]`
    func test_sliceEmpty() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002], [4])
        let y = try a.index([.slice(start: 3, stop: 1, step: nil)])
        assertValues(y, [], shape: [0], gradFn: "SliceBackward0")
        try y.backward(gradient: floats([], [0]))
        assertValues(a.grad, [0, 0, 0, 0], shape: [4])
    }

    /// `a[:]`
    func test_fullSlice() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let y = try a.index([.slice(start: nil, stop: nil, step: nil)])
        assertValues(y, [0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], shape: [2, 3], gradFn: "SliceBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], [2, 3]))
        assertValues(a.grad, [-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], shape: [2, 3])
    }

    /// `a[None]`
    func test_newAxis() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let y = try a.index([.newAxis])
        assertValues(y, [0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], shape: [1, 2, 3], gradFn: "UnsqueezeBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], [1, 2, 3]))
        assertValues(a.grad, [-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], shape: [2, 3])
    }

    /// `a[:, None]`
    func test_newAxisMiddle() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let y = try a.index([.slice(start: nil, stop: nil, step: nil), .newAxis])
        assertValues(y, [0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], shape: [2, 1, 3], gradFn: "UnsqueezeBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], [2, 1, 3]))
        assertValues(a.grad, [-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], shape: [2, 3])
    }

    /// `a[...]`
    func test_ellipsis() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let y = try a.index([.ellipsis])
        assertValues(y, [0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], shape: [2, 3], gradFn: "AliasBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], [2, 3]))
        assertValues(a.grad, [-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], shape: [2, 3])
    }

    /// `a[..., 0]`
    func test_ellipsisThenInt() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let y = try a.index([.ellipsis, .int(0)])
        assertValues(y, [0, -1.85000002], shape: [2], gradFn: "SelectBackward0")
        try y.backward(gradient: floats([-0.75, 0.25], [2]))
        assertValues(a.grad, [-0.75, 0, 0, 0.25, 0, 0], shape: [2, 3])
    }

    /// `a[..., None]`
    func test_ellipsisNewAxis() throws {
        let a = try leaf([0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], [2, 3])
        let y = try a.index([.ellipsis, .newAxis])
        assertValues(y, [0, 1.98000002, -0.50999999, -1.85000002, 0.99000001, 1.60000002], shape: [2, 3, 1], gradFn: "UnsqueezeBackward0")
        try y.backward(gradient: floats([-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], [2, 3, 1]))
        assertValues(a.grad, [-0.75, 0.25, 1.25, -0.25, 0.75, -0.75], shape: [2, 3])
    }

    /// `a[0] * a[2]`
    func test_selectThenMul() throws {
        let a = try leaf([0, 1.98000002, -0.50999999], [3])
        let y = try a.index([.int(0)]).mul(a.index([.int(2)]))
        assertValues(y, [-0], shape: [], gradFn: "MulBackward0")
        try y.backward(gradient: floats([-0.75], []))
        assertValues(a.grad, [0.382499993, 0, 0], shape: [3])
    }
}
