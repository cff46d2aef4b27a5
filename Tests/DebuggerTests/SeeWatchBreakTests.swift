import XCTest
@testable import Debugger
import Script

/// watch / unwatch, break conditions, info break, delete, and where train and loops stop.
final class SeeWatchBreakTests: XCTestCase {
    func testWatchShowsOnlyWhenChanged() {
        let s = See.session()
        var (_, c) = See.run(s, "watch params.grad")
        XCTAssertTrue(c.outText.hasPrefix("1: params.grad = None\n"), c.outText)
        (_, c) = See.run(s, "backward")
        XCTAssertTrue(c.outText.hasSuffix("1: params.grad = tensor([-35.5000, -13.0000,  -4.5000])\n"), c.outText)
        (_, c) = See.run(s, "vars")
        XCTAssertFalse(c.outText.contains("1: params.grad"), c.outText)
        (_, c) = See.run(s, "zero_grad")
        XCTAssertTrue(c.outText.contains("1: params.grad = None"), c.outText)
        (_, c) = See.run(s, "unwatch 1")
        XCTAssertTrue(c.outText.contains("watch 1 removed"), c.outText)
        See.run(s, "forward")
        (_, c) = See.run(s, "backward")
        XCTAssertFalse(c.outText.contains("1: params.grad"), c.outText)
        (_, c) = See.run(s, "unwatch 7")
        XCTAssertTrue(c.errText.contains("no watch number 7"), c.errText)
    }

    func testParseConditions() throws {
        XCTAssertEqual(try BreakCondition.parse(["nan"]), .nan)
        XCTAssertEqual(try BreakCondition.parse(["loss", "<", "0.1"]), .loss(.less, 0.1))
        XCTAssertEqual(try BreakCondition.parse(["loss<=0.5"]), .loss(.lessOrEqual, 0.5))
        XCTAssertEqual(try BreakCondition.parse(["grad", "W", ">", "1e3"]), .grad("W", .greater, 1000))
        XCTAssertEqual(try BreakCondition.parse(["grad", "W>=2"]), .grad("W", .greaterOrEqual, 2))
        XCTAssertEqual(try BreakCondition.parse(["step", "5"]), .step(5))
        for bad in [[], ["loss"], ["loss", "~", "1"], ["step", "-1"], ["grad", ">", "1"], ["foo"]] {
            XCTAssertThrowsError(try BreakCondition.parse(bad), "\(bad)")
        }
    }

    func testTrainStopsAtLossBreakpoint() throws {
        let s = See.session()
        See.run(s, "break loss < 1")
        let (_, c) = See.run(s, "train 100 0.01")
        // PyTorch losses: 13.125, 2.73886, 0.788405 → stops at iteration 3.
        XCTAssertTrue(c.outText.contains("breakpoint 1 (loss < 1) stopped at iteration 3 (after backward, before its step): loss = 0.7884"), c.outText)
        XCTAssertFalse(c.outText.contains("trained"), c.outText)
        let (_, info) = See.run(s, "info break")
        XCTAssertEqual(info.outText, "1  loss < 1  (hit 1 time)\n")
        XCTAssertTrue(See.run(s, "delete 1").1.outText.contains("breakpoint 1 deleted"))
        XCTAssertEqual(See.run(s, "info break").1.outText, "no breakpoints\n")
        XCTAssertTrue(See.run(s, "delete 4").1.errText.contains("no breakpoint number 4"))
    }

    /// Breakpoints are checked inside the compiled plan (train stays compiled): a hit there stops at
    /// the same iteration, with the same grads and report, as without compiling.
    func testBreakpointInsideCompiledTrainStopsAsWithoutCompiling() throws {
        let compiled = See.session(), plain = See.session()
        plain.compilesLoops = false
        var texts: [String] = []
        for s in [compiled, plain] {
            See.run(s, "break step 30")
            texts.append(See.run(s, "train 100 0.01").1.outText)
        }
        guard case .compiled = compiled.trainPlanStatus else { return XCTFail("train left the plan: \(compiled.trainPlanStatus)") }
        XCTAssertEqual(texts[0], texts[1])
        XCTAssertTrue(texts[0].contains("stopped at iteration 30 (after backward, before its step)"), texts[0])
        XCTAssertEqual(Repr.repr(try compiled.interpreter.evaluate("params.grad")), Repr.repr(try plain.interpreter.evaluate("params.grad")))
        XCTAssertEqual(Repr.repr(try compiled.interpreter.evaluate("params")), Repr.repr(try plain.interpreter.evaluate("params")))
    }

    /// A hit leaves the grads of that iteration and reports the exact loss, and the next train
    /// resumes past the stop.
    func testBreakpointInTrainAndContinuePastIt() throws {
        let s = See.session()
        See.run(s, "break loss < 1")
        var (_, c) = See.run(s, "train 100 0.01")
        // PyTorch: loss.item() at iteration 3 is 0.7884049415588379; the exact value is shown.
        XCTAssertTrue(c.outText.contains("stopped at iteration 3 (after backward, before its step): loss = 0.7884049415588379\n"), c.outText)
        // The grads of the stopped iteration (PyTorch: params.grad after the third backward).
        XCTAssertEqual(Repr.repr(try s.interpreter.evaluate("params.grad")), "tensor([-6.7703, -2.3484, -0.2558])")
        // The next train does not stop again where it resumes; the loss keeps falling below 1 after it.
        (_, c) = See.run(s, "train 100 0.01")
        XCTAssertTrue(c.outText.contains("iter   1/100  loss 0.7884049415588379"), c.outText)
        XCTAssertTrue(c.outText.contains("stopped at iteration 2"), c.outText)
    }

    func testTrainStopsAtStepNanAndGrad() {
        var s = See.session()
        See.run(s, "break step 2")
        var (_, c) = See.run(s, "train 10 0.01")
        XCTAssertTrue(c.outText.contains("stopped at iteration 2 (after backward, before its step): reached iteration 2"), c.outText)
        s = See.session()
        See.run(s, "break nan")
        (_, c) = See.run(s, "train 1000 1")
        // An infinite loss is caught by train's own divergence stop first (it names the lr).
        XCTAssertTrue(c.errText.contains("stopped at iteration"), c.errText)
        XCTAssertEqual(Breakpoints.reason(.nan, BreakState(iteration: 1, loss: 2, grads: [("w", [1, .infinity])])), "w.grad contains inf")
        XCTAssertEqual(Breakpoints.reason(.nan, BreakState(iteration: 1, loss: .nan, grads: [])), "loss = nan")
        XCTAssertNil(Breakpoints.reason(.nan, BreakState(iteration: 1, loss: 2, grads: [("w", [1, 2])])))
        s = See.session()
        See.run(s, "break grad params > 1e3")
        (_, c) = See.run(s, "train 1000 0.1")
        XCTAssertTrue(c.outText.contains("largest |params.grad| = "), c.outText)
    }

    func testPythonLoopStopsAtBreakpoint() throws {
        let s = See.session()
        See.run(s, "break loss < 1")
        let (outcome, c) = See.run(s, """
        for i in range(50):
            loss = ((f(x, params) - y)**2).mean()
            loss.backward()
            with torch.no_grad():
                params -= 0.01 * params.grad
                params.grad = None
        """)
        XCTAssertEqual(outcome, .failed)
        XCTAssertTrue(c.outText.contains("breakpoint 1 (loss < 1) stopped at after loop iteration 3: loss = 0.7884"), c.outText)
        XCTAssertEqual(Repr.repr(try s.interpreter.evaluate("i")), "2")
    }
}
