import XCTest
@testable import Script
@testable import Autograd

/// The interpreter's fast paths (direct tensor-method calls, precomputed call binding, `t ** n`
/// without a wrapped exponent) behave exactly as the general paths: values, errors, lines.
final class InterpreterFastPathTests: XCTestCase {
    private func run(_ source: String) throws -> String {
        var out = ""
        let interp = Interpreter(output: { out += $0 })
        try interp.run(source)
        return out
    }

    private func error(_ source: String) -> PyError? {
        do { _ = try run(source); return nil } catch { return error as? PyError }
    }

    func testNoTensorPropertyIsAlsoAMethodName() {
        // The direct method-call path looks names up in `methods` only; a property of the same
        // name would be shadowed.
        let clash = TensorAttributes.propertyNames.filter { TensorAttributes.methods[$0] != nil }
        XCTAssertEqual(clash, [])
    }

    func testTensorMethodCallsAndBoundMethodsAgree() throws {
        let out = try run("""
        import torch
        t = torch.tensor([1., 2., 3.], requires_grad=True)
        s = t.sum()
        m = t.mul
        print(s.item(), m(2).tolist(), t.mul(2).tolist(), t.size(0), t.view(3, 1).shape)
        s.backward()
        print(t.grad)
        """)
        XCTAssertEqual(out, "6.0 [2.0, 4.0, 6.0] [2.0, 4.0, 6.0] 3 torch.Size([3, 1])\ntensor([1., 1., 1.])\n")
    }

    func testCallingATensorPropertyOrUnknownMethodRaisesAsBefore() {
        let notCallable = error("import torch\nt = torch.ones(2)\n\nx = t.shape()")
        XCTAssertEqual(notCallable?.kind, .type)
        XCTAssertEqual(notCallable?.message, "'torch.Size' object is not callable")
        XCTAssertEqual(notCallable?.line, 4)
        let unknown = error("import torch\nt = torch.ones(2)\ny = t.nosuch(1)")
        XCTAssertEqual(unknown?.kind, .attribute)
        XCTAssertEqual(unknown?.message, "'Tensor' object has no attribute 'nosuch'")
        XCTAssertEqual(unknown?.line, 3)
    }

    func testMethodArgumentErrorsKeepTheirMessageAndLine() {
        let e = error("import torch\nt = torch.ones(2, 3)\n\nt.transpose(0)")
        XCTAssertEqual(e?.kind, .type)
        XCTAssertEqual(e?.message, "transpose() missing 1 required positional argument: 'dim1'")
        XCTAssertEqual(e?.line, 4)
    }

    func testArgumentsAreEvaluatedAfterTheCalleeAttribute() throws {
        // Reading `t.grad` of a non-leaf warns; the order of warnings and prints must not change.
        let out = try run("""
        log = []
        def note(x):
            log.append(x)
            return x
        import torch
        t = torch.ones(2)
        note(t).add(note(1))
        print(len(log))
        """)
        XCTAssertEqual(out, "2\n")
    }

    func testFunctionBindingDefaultsKeywordsAndErrors() throws {
        let out = try run("""
        def f(a, b=2, *, c=3):
            return a + b * 10 + c * 100
        def g(x, y):
            p, q, r = x
            return p + q + r + y
        print(f(1), f(1, 5), f(1, c=7), f(b=4, a=1), g([1, 2, 3], 4))
        """)
        XCTAssertEqual(out, "321 351 721 341 10\n")
        XCTAssertEqual(error("def f(a, b):\n    return a\nf(1)")?.message, "f() missing 1 required positional argument: 'b'")
        XCTAssertEqual(error("def f(a, b):\n    return a\nf()")?.message, "f() missing 2 required positional arguments: 'a' and 'b'")
        XCTAssertEqual(error("def f(a):\n    return a\nf(1, 2)")?.message, "f() takes 1 positional argument but 2 were given")
        XCTAssertEqual(error("def f(a):\n    return a\nf(1, a=2)")?.message, "f() got multiple values for argument 'a'")
        XCTAssertEqual(error("def f(*, k):\n    return k\nf()")?.message, "f() missing 1 required keyword-only argument: 'k'")
    }

    func testTensorPowerByANumberMatchesTheTensorExponent() throws {
        let out = try run("""
        import torch
        x = torch.tensor([1.5, -2., 3.], requires_grad=True)
        a = x ** 2
        b = x ** torch.tensor(2)
        y = torch.tensor([1.5, 2., 3.])
        c = y ** 0.1
        d = y ** torch.tensor(0.1)
        e = torch.tensor([2, 3]) ** 2
        print(a, b, sep='\\n')
        print(c.tolist() == d.tolist(), a.grad_fn.name(), e, y ** -0.5)
        a.sum().backward()
        print(x.grad)
        """)
        XCTAssertEqual(out, """
        tensor([2.2500, 4.0000, 9.0000], grad_fn=<PowBackward0>)
        tensor([2.2500, 4.0000, 9.0000], grad_fn=<PowBackward1>)
        True PowBackward0 tensor([4, 9]) tensor([0.8165, 0.7071, 0.5774])
        tensor([ 3., -4.,  6.])

        """)
        XCTAssertEqual(error("import torch\ny = torch.tensor([2, 3]) ** -1")?.message, "Integers to negative integer powers are not allowed.")
    }

    func testCallScopesBindRebindDeleteAndCloseOverNames() throws {
        let out = try run("""
        g = 1
        def outer(a, b=5, *args, k=2, **kw):
            c = a + b
            def inner(x):
                return x + c + g
            lam = lambda y: y * c
            sq = [c * i for i in range(3)]
            c = c + 0
            del b
            a, (p, q) = 10, (20, 30)
            return inner(1), lam(2), sq, args, kw, k, a, p, q
        print(outer(1))
        print(outer(1, 2, 3, 4, k=9, z=0))
        def setg():
            global g
            g = 42
            h = g + 1
            return h
        print(setg(), g)
        """)
        XCTAssertEqual(out, """
        (8, 12, [0, 6, 12], (), {}, 2, 10, 20, 30)
        (5, 6, [0, 3, 6], (3, 4), {'z': 0}, 9, 10, 20, 30)
        43 42

        """)
        let e = error("def f():\n    x = 1\n    del x\n    return x\nf()")
        XCTAssertEqual(e?.message, "cannot access local variable 'x' where it is not associated with a value")
        XCTAssertEqual(e?.kind, .unboundLocal)
    }

    func testAFunctionWithManyLocalsBindsThemAll() throws {
        // More names than a linear call table holds: the scope falls back to the dictionary.
        let assigns = (0..<40).map { "    v\($0) = \($0) * k" }.joined(separator: "\n")
        let sum = (0..<40).map { "v\($0)" }.joined(separator: " + ")
        let out = try run("def f(k):\n\(assigns)\n    return \(sum)\nprint(f(2))")
        XCTAssertEqual(out, "1560\n")
        XCTAssertGreaterThan(40, Scope.maxSlots)
    }
}
