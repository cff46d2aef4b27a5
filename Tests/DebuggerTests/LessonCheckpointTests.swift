import XCTest
@testable import Debugger
import Script

/// Checkpoints evaluated against a real session; values from PyTorch 2.x (W.grad of seed 002's first error).
final class LessonCheckpointTests: XCTestCase {
    func session() -> DebugSession {
        let s = DebugSession()
        let c = BufferConsole()
        let setup = """
        x = torch.linspace(0, 1, 10)
        y_true = 3 * x + torch.sin(6 * x) + 1
        W = torch.tensor([0., 0.], requires_grad=True)
        err = torch.linalg.vector_norm(W[0]*x + W[1] - y_true) / x.shape[0]
        err.backward()
        """
        XCTAssertEqual(s.run(setup, console: c), .ok, c.errText)
        return s
    }

    func check(_ s: DebugSession, _ text: String, last: CommandOutcome = .none) throws -> CheckpointResult {
        CheckpointEvaluator.evaluate(try Checkpoint.parse(text, line: 1).get(), interpreter: s.interpreter, last: last)
    }

    func testPassingCheckpoints() throws {
        let s = session()
        for text in ["W.grad ≈ [-0.171, -0.305]", "err ≈ 0.8162", "err < 0.9", "err >= 0.8", "x.shape == (10,)",
                     "W.shape != (3,)", "W.requires_grad", "W.grad is not None",
                     "x.grad is None", "err.grad_fn.name() == 'DivBackward0'", "W.grad ≈ [-0.17, -0.31] ± 0.01",
                     "W.grad[0] ≈ -1.71e-1"] {
            let r = try check(s, text)
            XCTAssertTrue(r.passed, "\(text): \(r.message)")
        }
    }

    func testFailureMessagesSayWhatIsThere() throws {
        let s = session()
        XCTAssertEqual(try check(s, "err < 0.2").message,
                       "err is tensor(0.8162, grad_fn=<DivBackward0>) (0.8162075877189636), which is not < 0.2")
        XCTAssertEqual(try check(s, "W.grad ≈ [-0.171, -0.205]").message,
                       "W.grad is tensor([-0.1710, -0.3053]), expected ≈ [-0.171, -0.205] within 0.001 (element 1: -0.305287629365921, expected -0.205)")
        XCTAssertEqual(try check(s, "x.shape == (2,)").message, "x.shape is torch.Size([10]), expected (2,)")
        XCTAssertEqual(try check(s, "W.grad is None").message, "W.grad is tensor([-0.1710, -0.3053]), not None")
        XCTAssertEqual(try check(s, "loss < 1").message, "`loss` cannot be evaluated: NameError: name 'loss' is not defined")
        XCTAssertEqual(try check(s, "W ≈ [1, 2, 3]").message,
                       "W is tensor([0., 0.], requires_grad=True) with 2 number(s), expected 3: [1, 2, 3]")
        XCTAssertEqual(try check(s, "error").message, "the command succeeded, but it should have failed")
        XCTAssertEqual(try check(s, "error shapes", last: CommandOutcome(failed: true, output: "RuntimeError: boom")).message,
                       "the command failed, but its message does not contain \"shapes\"")
        XCTAssertTrue(try check(s, "error boom", last: CommandOutcome(failed: true, output: "RuntimeError: boom")).passed)
    }

    func testDefaultTolerance() {
        XCTAssertEqual(CheckpointEvaluator.defaultTolerance("0.69").text, "0.01")
        XCTAssertEqual(CheckpointEvaluator.defaultTolerance("[-0.171, -0.305]").text, "0.001")
        XCTAssertEqual(CheckpointEvaluator.defaultTolerance("9").text, "1.0")
        XCTAssertEqual(CheckpointEvaluator.defaultTolerance("2*first").text, "1.0")
        XCTAssertEqual(CheckpointEvaluator.defaultTolerance("1.5e-3").text, "0.1%")
    }
}
