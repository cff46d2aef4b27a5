import XCTest
@testable import Script
@testable import Autograd

/// The interpreter's Python semantics: scoping, loops, unpacking, no_grad, printing, errors.
final class InterpreterSemanticsTests: XCTestCase {
    /// Runs `source` and returns what it printed.
    private func run(_ source: String) throws -> String {
        var out = ""
        let interp = Interpreter(output: { out += $0 })
        try interp.run(source)
        return out
    }

    private func error(_ source: String) -> PyError? {
        do { _ = try run(source); return nil } catch { return error as? PyError }
    }

    func testFunctionLocalsDoNotLeakAndGlobalsAreReadable() throws {
        let out = try run("""
        k = 10
        def f(x, y=2):
            z = x * y + k
            return z
        print(f(3), f(3, y=5))
        print('z' in dir() if False else 0)
        """)
        XCTAssertEqual(out, "16 25\n0\n")
        XCTAssertEqual(error("def f():\n    q = 1\nf()\nprint(q)")?.message, "name 'q' is not defined")
    }

    func testGlobalStatementWritesModuleScope() throws {
        XCTAssertEqual(try run("n = 0\ndef inc():\n    global n\n    n += 1\ninc(); inc()\nprint(n)"), "2\n")
    }

    func testLoopsBreakContinueElseAndRangeSteps() throws {
        let out = try run("""
        s = 0
        for i in range(10, 0, -3):
            if i == 4: continue
            s += i
        print(s, i)
        for j in range(5):
            if j == 2: break
        else:
            print('no')
        print(j)
        w = 0
        while w < 3: w += 1
        print(w)
        """)
        XCTAssertEqual(out, "18 1\n2\n3\n")
    }

    func testTupleUnpackingOfTensorUsesUnbind() throws {
        let out = try run("""
        import torch
        p = torch.tensor([1., 2., 3.], requires_grad=True)
        a, b, c = p
        print(b, b.grad_fn.name())
        (q, r), s = (1, 2), 3
        print(q, r, s)
        """)
        XCTAssertEqual(out, "tensor(2., grad_fn=<UnbindBackward0>) UnbindBackward0\n1 2 3\n")
        XCTAssertEqual(error("a, b = [1, 2, 3]")?.message, "too many values to unpack (expected 2)")
        XCTAssertEqual(error("a, b, c = [1, 2]")?.message, "not enough values to unpack (expected 3, got 2)")
    }

    func testNoGradBlockStopsRecordingAndRestores() throws {
        let out = try run("""
        import torch
        w = torch.tensor([1., 2.], requires_grad=True)
        with torch.no_grad():
            v = w * 2
            print(torch.is_grad_enabled())
        u = w * 2
        print(v.requires_grad, u.requires_grad, torch.is_grad_enabled())
        """)
        XCTAssertEqual(out, "False\nFalse True True\n")
    }

    func testPythonNumbersAndFormatting() throws {
        let out = try run("""
        print(7 // 2, -7 // 2, 7 % -3, 2 ** 10, 2 ** -1, 10 ** 20, 1 / 4)
        print(f"{3.14159:.2f} {42:5d}|", "{:.3f}".format(2 / 3), "%.1f%%" % 12.34)
        print([1, 2.5, 'a', None, True], (1,), {'k': 1})
        """)
        XCTAssertEqual(out, "3 -4 -2 1024 0.5 100000000000000000000 0.25\n3.14    42| 0.667 12.3%\n[1, 2.5, 'a', None, True] (1,) {'k': 1}\n")
    }

    func testErrorsCarryKindLineAndHint() {
        let e = error("W = 1\nprint(w)")
        XCTAssertEqual(e?.kind, .name)
        XCTAssertEqual(e?.line, 2)
        XCTAssertEqual(e?.hint, "did you mean 'W'?")
        XCTAssertEqual(error("import torch\ntorch.ones(3) + torch.ones(4)")?.message,
                       "The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 0")
        XCTAssertEqual(error("def f(x): return f(x)\nf(1)")?.kind, .recursion)
        XCTAssertEqual(error("1 / 0")?.kind, .zeroDivision)
    }

    func testInterruptStopsLoops() {
        var count = 0
        let interp = Interpreter()
        interp.shouldInterrupt = { count += 1; return count > 100 }
        XCTAssertThrowsError(try interp.run("while True: pass")) { e in
            XCTAssertEqual((e as? PyError)?.kind, .keyboardInterrupt)
        }
    }
}

extension InterpreterSemanticsTests {
    func testPreloadedTorchNamesDoNotShadowPythonBuiltins() throws {
        var out = ""
        let interp = Interpreter(output: { out += $0 })
        interp.preloadTorch()
        try interp.run("print(round(2.5), round(3.14159, 2), max(3, 7), abs(-2))")
        XCTAssertEqual(out, "2 3.14 7 2\n")
    }

    func testKeywordTyposSuggestTheKeyword() {
        let interp = Interpreter()
        interp.globals.vars["lr"] = .float(0.1)
        XCTAssertThrowsError(try interp.run("x = Tru")) { e in
            XCTAssertEqual((e as? PyError)?.hint, "did you mean 'True'?")
        }
    }
}
