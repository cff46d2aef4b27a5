import XCTest
@testable import Debugger
import Script
import Autograd

/// A failed input changes nothing in the session; deep recursion, NaN during training and bad input
/// give clear errors. Expected texts are CPython's / PyTorch 2.x's.
final class RobustSessionTests: XCTestCase {
    static let model = """
    x = torch.tensor([0., 1., 2., 3.])
    y = torch.tensor([1., 2., 5., 10.])
    w = torch.tensor([0.5, -1.], requires_grad=True)
    items = [1, 2]
    loss = ((w[0] * x + w[1] - y)**2).mean()
    """

    func run(_ s: DebugSession, _ input: String) -> (RunOutcome, BufferConsole) {
        let c = BufferConsole()
        return (s.run(input, console: c), c)
    }

    /// Everything a failed input must leave alone, as text.
    func state(_ s: DebugSession) -> String {
        let names = s.interpreter.globals.vars.keys.sorted().filter { ["x", "y", "w", "items", "loss", "z"].contains($0) }
        var out = names.map { n in "\(n)=\(s.interpreter.globals.vars[n].map(Repr.repr) ?? "nil")" }
        if case .tensor(let w)? = s.interpreter.globals.vars["w"] {
            out.append("w.grad=\(w.grad.map { Repr.repr(.tensor($0)) } ?? "None") rg=\(w.requiresGrad)")
        }
        out.append("lr=\(s.learningRate) recorded=\(s.tracker.statements.count)")
        return out.joined(separator: "\n")
    }

    func testFailedInputsLeaveStateUnchanged() {
        let s = DebugSession()
        XCTAssertEqual(run(s, Self.model).0, .ok)
        XCTAssertEqual(run(s, "backward").0, .ok)
        XCTAssertEqual(run(s, "def f(x): return f(x)").0, .ok)
        let before = state(s)
        let bad: [(String, String)] = [
            ("s = 'abc", "unterminated string literal (detected at line 1)"),
            // One compound statement is one input: its first lines change state, its last one fails.
            ("if True:\n    w.data[0] = 7.\n    items.append(3)\n    z = 1\n    w[5]", "IndexError: index 5 is out of bounds for dimension 0 with size 2"),
            ("with torch.no_grad():\n    w -= 1\n    items[0] = 9\n    torch.arange(0, 1, 0)", "RuntimeError: step must be nonzero"),
            ("if True:\n    w.grad.zero_()\n    w.requires_grad_(False)\n    z = torch.zeros(100000, 100000)", "more than gradstep's limit of 100000000"),
            ("z = f(1)", "RecursionError: maximum recursion depth exceeded"),
            ("z = torch.tensor([1, 2]) // 0", "RuntimeError: ZeroDivisionError"),
            ("z = torch.tensor([2**63])", "ValueError: Overflow when unpacking long long"),
            ("z = [0] * 10**12", "MemoryError"),
            ("lr 1e999", "invalid learning rate"),
            ("stpe 0.1", "did you mean 'step'?"),
        ]
        for (input, message) in bad {
            let (outcome, c) = run(s, input)
            XCTAssertEqual(outcome, .failed, input)
            XCTAssertTrue(c.errText.contains(message), "\(input)\n\(c.errText)")
            XCTAssertEqual(state(s), before, input)
        }
    }

    func testRecursionErrorAtPythonsDefaultLimitOnALargeStack() throws {
        // The CLI runs on a 512 MB thread, so Python's limit of 1000 applies (CPython prints the
        // first three identical frames, then "[Previous line repeated 996 more times]").
        let text = try LargeStackThread.run { () -> String in
            let s = ScriptSession(filename: "rec.py")
            let c = BufferConsole()
            _ = s.run("def f(x): return f(x)\nf(1)\n", console: c)
            let d = BufferConsole()
            _ = s.run("def g(n):\n    return 0 if n == 0 else 1 + g(n - 1)\nprint(g(990))\n", console: d)
            return c.errText + "|" + d.outText
        }
        XCTAssertTrue(text.contains("  [Previous line repeated 996 more times]\nRecursionError: maximum recursion depth exceeded\n"), text)
        XCTAssertTrue(text.contains("  File \"rec.py\", line 2, in <module>\n"), text)
        XCTAssertTrue(text.hasSuffix("|990\n"), text)
        XCTAssertTrue(text.contains("  File \"rec.py\", line 1, in f\n    def f(x): return f(x)\n"), text)
    }

    func testLargeStackThreadReturnsAndRethrows() throws {
        XCTAssertEqual(try LargeStackThread.run(stackSize: 1 << 20) { 42 }, 42)
        struct Boom: Error {}
        XCTAssertThrowsError(try LargeStackThread.run { () throws -> Int in throw Boom() }) { XCTAssertTrue($0 is Boom) }
    }

    func testTracebackLinesMatchPython() {
        func run(_ s: ScriptSession, _ input: String) -> (RunOutcome, BufferConsole) {
            let c = BufferConsole()
            return (s.run(input, console: c), c)
        }
        // The --plain session (whole-file line numbers), as `python3 tb.py`.
        let s = ScriptSession(filename: "tb.py")
        let (_, c) = run(s, "def g(x):\n    y = 1\n    return x.foo\n\ndef h():\n    return g(1)\nh()\n")
        // python3 tb.py
        XCTAssertTrue(c.errText.contains("""
          File "tb.py", line 7, in <module>
            h()
          File "tb.py", line 6, in h
            return g(1)
                   ^^^^
          File "tb.py", line 3, in g
            return x.foo
                   ^^^^^
        AttributeError: 'int' object has no attribute 'foo'
        """), c.errText)
    }

    func testTrainStopsOnNaNLossWithCause() {
        let s = DebugSession()
        XCTAssertEqual(run(s, "x = torch.tensor([1., 2., 3.])\nw = torch.tensor([0.5], requires_grad=True)\nloss = torch.log(w * x - 1).mean()").0, .ok)
        let (_, c) = run(s, "train 3")
        XCTAssertTrue(c.errText.contains("stopped at iteration 1: the loss became nan."), c.errText)
        XCTAssertTrue(c.errText.contains("Likely cause: log of a non-positive number"), c.errText)
        guard case .tensor(let w)? = s.interpreter.globals.vars["w"] else { return XCTFail("w") }
        XCTAssertEqual(w.floatValues(), [0.5])
    }

    func testTrainStopsOnNaNGradientBeforeTheStep() {
        let s = DebugSession()
        XCTAssertEqual(run(s, "x = torch.tensor([0., 2., 3.])\nw = torch.tensor([0.5], requires_grad=True)\nloss = torch.sqrt(w * x).sum()").0, .ok)
        let (_, c) = run(s, "train 3")
        XCTAssertTrue(c.errText.contains("stopped at iteration 1: the gradient of w became nan or inf."), c.errText)
        XCTAssertTrue(c.errText.contains("Likely cause:"), c.errText)
        guard case .tensor(let w)? = s.interpreter.globals.vars["w"] else { return XCTFail("w") }
        XCTAssertEqual(w.floatValues(), [0.5], "the poisoned step must not be applied")
        XCTAssertNil(w.grad)
    }

    func testTrainWithTooLargeLearningRateBlamesTheLearningRate() {
        let s = DebugSession()
        XCTAssertEqual(run(s, "x = torch.tensor([1., 2., 3.])\ny = torch.tensor([2., 4., 6.])\nw = torch.tensor([0.5], requires_grad=True)\nloss = ((w * x - y)**2).mean()").0, .ok)
        let (_, c) = run(s, "train 200 10")
        XCTAssertTrue(c.errText.contains("the loss became inf"), c.errText)
        XCTAssertTrue(c.errText.contains("The learning rate (10.0) is probably too large"), c.errText)
    }
}
