import XCTest
@testable import Script
import Autograd

/// Bad input never traps the interpreter: each case raises a clear Python error (or gives PyTorch's
/// value). Several are regressions for traps found by probing and fuzzing (see Fuzz/README in README).
final class RobustInputTests: XCTestCase {
    /// Runs `source`; returns printed output and the error, if any.
    func run(_ source: String, maxElements: Int? = nil) -> (out: String, error: PyError?) {
        var out = ""
        let interp = Interpreter(output: { out += $0 })
        interp.preloadTorch()
        if let maxElements { interp.maxElements = maxElements }
        do {
            try interp.run(source)
            return (out, nil)
        } catch let e as PyError {
            return (out, e)
        } catch {
            XCTFail("unexpected error type: \(error)")
            return (out, nil)
        }
    }

    func assertError(_ source: String, _ kind: PyError.Kind, _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        let (_, e) = run(source)
        XCTAssertEqual(e?.kind, kind, source, file: file, line: line)
        XCTAssertEqual(e?.message, message, source, file: file, line: line)
    }

    func assertPrints(_ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        let (out, e) = run(source)
        XCTAssertNil(e, "\(source): \(e.map { "\($0.kind): \($0.message)" } ?? "")", file: file, line: line)
        XCTAssertEqual(out, expected, source, file: file, line: line)
    }

    func testHugeTinyAndSpecialLiterals() {
        // python3: print(1e400, -0.0, float('nan'), 1e-400); torch.tensor([1e400, -0.0, nan])
        assertPrints("print(1e400, -0.0, float('nan'), 1e-400)", "inf -0.0 nan 0.0\n")
        assertPrints("print(torch.tensor([1e400, -0.0, float('nan')]))", "tensor([inf, -0., nan])\n")
        assertError("int(1e400)", .overflow, "cannot convert float infinity to integer")
        assertError("int(float('nan'))", .value, "cannot convert float NaN to integer")
    }

    func testIndexesOutOfRangeAndVeryNegative() {
        let t = "t = torch.tensor([1., 2., 3.])\n"
        assertError(t + "t[3]", .index, "index 3 is out of bounds for dimension 0 with size 3")
        assertError(t + "t[-4]", .index, "index -4 is out of bounds for dimension 0 with size 3")
        assertError(t + "t[-9223372036854775808]", .index, "index -9223372036854775808 is out of bounds for dimension 0 with size 3")
        assertError("[1, 2, 3][9223372036854775807]", .index, "list index out of range")
        assertError("[1, 2, 3][-9223372036854775808]", .index, "list index out of range")
    }

    func testSlicesWithExtremeBoundsAndSteps() {
        // Regression: t[1::2**63-1] trapped on `e - b + step - 1` in Tensor.slice.
        assertPrints("t = torch.arange(10)\nprint(t[1::9223372036854775807], t[3:9:4], t[9223372036854775807:])",
                     "tensor([1]) tensor([3, 7]) tensor([], dtype=torch.int64)\n")
        // Regression: `i += step` in list slicing overflowed.
        assertPrints("print([1, 2, 3][1::9223372036854775807], [1, 2, 3][::-9223372036854775808])", "[2] [3]\n")
        assertError("torch.arange(3)[::-1]", .value, "step must be greater than zero")
    }

    func testZeroSizeTensors() {
        // PyTorch: tensor(0.) tensor(nan) tensor([]) tensor([], size=(0, 0))
        assertPrints("z = torch.zeros(0)\nprint(z.sum(), z.mean(), z[1:0], torch.zeros(0, 3) @ torch.zeros(3, 0))",
                     "tensor(0.) tensor(nan) tensor([]) tensor([], size=(0, 0))\n")
        assertError("torch.zeros(0).max()", .runtime,
                    "max(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.")
    }

    func testWritesThroughEmptyViews() {
        // Fuzzer crash (crash-de47fa74…): x[1] of a (3, 0) tensor was a view with an offset past the
        // end of its empty storage; writing or reading it trapped.
        assertPrints("x = torch.zeros(3, 0)\nx[1] = 5\nx[1].add_(1)\ny = x[2]\ny += 1\nprint(x, x[1], torch.cat([x[1], x[0]]))",
                     "tensor([], size=(3, 0)) tensor([]) tensor([])\n")
        assertPrints("x = torch.zeros(3, 0, requires_grad=True)\n(x[2] * 2).sum().backward()\nprint(x.grad)", "tensor([], size=(3, 0))\n")
        // A step far larger than the dim: stride * step overflowed.
        assertPrints("t = torch.zeros(3, 4)\nprint(t[::9223372036854775807].shape, t[:, ::9223372036854775807].shape)",
                     "torch.Size([1, 4]) torch.Size([3, 1])\n")
    }

    func testArangeZeroAndWrongSignStep() {
        assertError("torch.arange(0, 5, 0)", .runtime, "step must be nonzero")
        assertError("torch.arange(5, 0, 1)", .runtime, "upper bound and lower bound inconsistent with step sign")
        assertPrints("print(torch.arange(5, 0, -2))", "tensor([5, 3, 1])\n")
    }

    func testDivisionByZeroAsPyTorch() {
        assertPrints("print(torch.tensor([1., -1., 0.]) / 0, torch.tensor([1, -1, 0]) / 0, torch.tensor([1., -1., 0.]) // 0)",
                     "tensor([inf, -inf, nan]) tensor([inf, -inf, nan]) tensor([inf, -inf, nan])\n")
        // PyTorch: integer // and % by zero raise RuntimeError: ZeroDivisionError.
        assertError("torch.tensor([1, -1, 0]) // 0", .runtime, "ZeroDivisionError")
        assertError("torch.tensor([1, -1, 0]) % torch.tensor([1, 0, 2])", .runtime, "ZeroDivisionError")
        assertError("1 / 0", .zeroDivision, "division by zero")
    }

    func testInt64OverflowInArithmeticAndShapes() {
        // Python ints grow; tensors wrap as PyTorch's int64.
        assertPrints("print(9223372036854775807 + 1, torch.tensor([9223372036854775807]) + 1, torch.tensor([2]) ** 100)",
                     "9223372036854775808 tensor([-9223372036854775808]) tensor([0])\n")
        // Regression: torch.tensor([2**63-1]) trapped converting through Double.
        assertPrints("print(torch.tensor([9223372036854775807, -9223372036854775808]))",
                     "tensor([ 9223372036854775807, -9223372036854775808])\n")
        assertError("torch.tensor([2**63])", .value, "Overflow when unpacking long long")
        // Regression: int pow with exponent 2**63-1 trapped converting the Double exponent.
        assertPrints("print(torch.tensor([3]) ** 9223372036854775807)", "tensor([-6148914691236517205])\n")
        assertError("torch.zeros(4611686018427387904, 4)", .runtime,
                    "Storage size calculation overflowed with sizes=[4611686018427387904, 4]")
        assertError("torch.zeros(100000, 100000)", .runtime,
                    "tensor of [100000, 100000] would hold 10000000000 elements, more than gradstep's limit of 100000000 (set a larger one with `limit elements N`)")
    }

    func testRangeAndRepetitionOverflow() {
        // Regression: range element and count arithmetic overflowed.
        assertPrints("print(list(range(-9223372036854775808, 9223372036854775807, 4611686018427387904)))",
                     "[-9223372036854775808, -4611686018427387904, 0, 4611686018427387904]\n")
        assertPrints("print(9223372036854775806 in range(-9223372036854775808, 9223372036854775807, 2))", "True\n")
        assertError("list(range(-9223372036854775808, 9223372036854775807))", .memory,
                    "range of 9223372036854775807 items is too large to expand")
        // Regression: `count * n` overflowed for list repetition; strings were silently cut.
        assertError("[0, 0] * 4611686018427387904", .memory,
                    "list of more than 9223372036854775807 items is too large (gradstep's limit is 100000000)")
        assertError("'ab' * 100000000", .memory, "string of 200000000 bytes is too large (gradstep's limit is 100000000)")
        XCTAssertNil(run("s = 'ab' * 1000", maxElements: 2000).error)
        XCTAssertEqual(run("s = 'ab' * 1001", maxElements: 2000).error?.kind, .memory)
    }

    func testPercentFormatOfNonFiniteFloats() {
        // Regression: '%d' % 1e400 trapped converting inf to Int.
        assertError("'%d' % 1e400", .overflow, "cannot convert float infinity to integer")
        assertError("'%d' % float('nan')", .value, "cannot convert float NaN to integer")
        assertPrints("print('%d %d' % (5, 2.7))", "5 2\n")
    }

    func testSelfContainingContainers() {
        // Regression: printing a list that contains itself recursed until the native stack overflowed.
        // python3: [1, [...]] {'k': {...}} True True
        assertPrints("a = [1]\na.append(a)\nd = {}\nd['k'] = d\nprint(a, d)\nprint(a == a, [a] == [a])",
                     "[1, [...]] {'k': {...}}\nTrue True\n")
        assertPrints("c = []\nc.append(c)\na = []\na.append(a)\nprint(a == c)", "False\n")
    }

    func testRecursionRaisesRecursionErrorOnAnyStack() {
        // On XCTest's thread (8 MB) the stack guard stops before the native stack overflows.
        let (_, e) = run("def f(x): return f(x)\nf(1)")
        XCTAssertEqual(e?.kind, .recursion)
        XCTAssertEqual(e?.message, "maximum recursion depth exceeded")
    }

    func testRecursionLimitIsConfigurable() {
        let interp = Interpreter()
        interp.recursionLimit = 50
        XCTAssertThrowsError(try interp.run("def g(n):\n    return 0 if n == 0 else 1 + g(n - 1)\nx = g(60)")) { error in
            XCTAssertEqual((error as? PyError)?.kind, .recursion)
        }
        XCTAssertNoThrow(try interp.run("y = g(40)"))
        XCTAssertEqual(interp.recursionLimit, 50)
    }

    func testInfiniteLoopsAreInterruptible() {
        let interp = Interpreter()
        var polls = 0
        interp.shouldInterrupt = { polls += 1; return polls > 1000 }
        for source in ["while True:\n    pass", "for i in range(10**18):\n    pass", "x = [i for i in range(10**6)]\nwhile True:\n    x = x"] {
            polls = 0
            XCTAssertThrowsError(try interp.run(source), source) { error in
                XCTAssertEqual((error as? PyError)?.kind, .keyboardInterrupt, source)
            }
        }
    }

    func testUnterminatedNulNonUTF8AndHugeInput() {
        XCTAssertThrowsError(try parseModule("s = 'abc")) { error in
            XCTAssertEqual((error as? SyntaxError)?.message, "unterminated string literal (detected at line 1)")
        }
        XCTAssertThrowsError(try parseModule("x = (1, 2\n")) { error in
            XCTAssertEqual((error as? SyntaxError)?.message, "'(' was never closed")
        }
        XCTAssertThrowsError(try parseModule("x = 1\0"))
        let lossy = String(decoding: [0x78, 0x20, 0x3D, 0x20, 0xFF, 0xFE, 0x0A], as: UTF8.self)
        XCTAssertThrowsError(try parseModule(lossy))
        let line = "x = " + String(repeating: "1+", count: 200) + "1  # " + String(repeating: "y", count: 1_000_000)
        XCTAssertNil(run(line).error)
        let deep = "x = " + String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000)
        XCTAssertThrowsError(try parseModule(deep))
    }

    func testEnumerateStartNearIntMaxDoesNotOverflow() {
        // python3: for i, x in enumerate([1, 2], 2**63 - 1): print(i)
        assertPrints("for i, x in enumerate([1, 2], 2**63 - 1): print(i)", "9223372036854775807\n9223372036854775808\n")
    }

    func testArangeWithIntegersNearInt64LimitsDoesNotTrap() {
        // ATen sizes an int64 arange as (end - start + step - sign) / step in wrapping int64 arithmetic, so
        // these wrap to an empty tensor in PyTorch 2.15 (measured), and a size that wraps negative is its error.
        assertPrints("print(torch.arange(0, 10, 2**63 - 1).tolist())", "[]\n")
        assertPrints("print(torch.arange(2**63 - 2, -2**63, -2**62).tolist())", "[]\n")
        assertPrints("print(torch.arange(2**63 - 4, 2**63 - 1, 2).tolist())", "[9223372036854775804, 9223372036854775806]\n")
        assertError("torch.arange(0, 2**63 - 1, 2**62)", .runtime, "invalid size, possible overflow?")
    }

    func testSizeNumelWrapsLikePyTorch() {
        assertPrints("print(torch.Size([2, 3]).numel())", "6\n")
        // THPSize_numel multiplies in int64: 2**62 * 4 wraps to 0 instead of trapping.
        assertPrints("print(torch.Size([2**62, 4]).numel())", "0\n")
    }

    func testInt64ExtremesAndClampStayExact() {
        // PyTorch keeps int64 exact: max/argmax along a dim and clamp bounds at the int64 limits.
        assertPrints("print(torch.tensor([[2**63 - 1]]).max(0).values.tolist())", "[9223372036854775807]\n")
        assertPrints("print(torch.tensor([-2**63, 2**63 - 1]).argmax().item())", "1\n")
        assertPrints("print(torch.tensor([2**53, 2**53 + 1]).max(0).values.item())", "9007199254740993\n")
        assertPrints("print(torch.tensor([2**53 + 1, 2**53]).argmin().item())", "1\n")
        assertPrints("print(torch.tensor([5, -2**63]).clamp(min=-2**63, max=2**63 - 1).tolist())", "[5, -9223372036854775808]\n")
        assertPrints("print(torch.tensor([2**53 + 1]).clamp(max=2**53).tolist())", "[9007199254740992]\n")
    }
}
