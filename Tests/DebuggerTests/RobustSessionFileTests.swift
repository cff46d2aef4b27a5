import XCTest
@testable import Debugger
import Script
import Autograd
import Foundation

/// `save FILE` / `load FILE` restore a session exactly; writes are atomic; bad files change nothing.
final class RobustSessionFileTests: XCTestCase {
    static let model = """
    x = torch.tensor([0., 1., 2., 3.])
    y = torch.tensor([1., 2., 5., 10.])
    params = torch.tensor([0.1, -1., 2.], requires_grad=True)
    def f(x, params):
        a, b, c = params
        return a*(x**2) + b*x + c

    loss = ((f(x, params) - y)**2).mean()
    """

    var dir = ""

    override func setUpWithError() throws {
        dir = NSTemporaryDirectory() + "gradstep-robust-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: dir)
    }

    @discardableResult
    func run(_ s: DebugSession, _ input: String) -> BufferConsole {
        let c = BufferConsole()
        _ = s.run(input, console: c)
        return c
    }

    func tensor(_ s: DebugSession, _ name: String) -> Tensor? {
        if case .tensor(let t)? = s.interpreter.globals.vars[name] { return t }
        return nil
    }

    func testSaveLoadRestoresEverythingBitForBit() throws {
        let a = DebugSession()
        run(a, Self.model)
        run(a, "lr 0.003")  // sets the Python variable lr (the 8th variable)
        run(a, "train 5")
        run(a, "forward")
        run(a, "backward")
        run(a, "odd = torch.tensor([float('nan'), -0.0, 1e-45, float('inf')])")
        run(a, "n = [1, 2.5, 'a', None, (x, params), {'k': 2**70}]")
        let path = dir + "/s.json"
        let saved = run(a, "save \(path)")
        XCTAssertTrue(saved.outText.contains("saved 8 variables and 7 recorded statements"), saved.outText + saved.errText)

        let b = DebugSession()
        run(b, "junk = 1")
        let loaded = run(b, "load \(path)")
        XCTAssertEqual(loaded.errText, "")
        XCTAssertNil(b.interpreter.globals.vars["junk"], "load replaces the session")
        XCTAssertEqual(b.learningRate, 0.003)
        for name in ["x", "y", "params", "odd", "loss"] {
            let (ta, tb) = (tensor(a, name), tensor(b, name))
            XCTAssertEqual(ta?.shape, tb?.shape, name)
            XCTAssertEqual(ta?.floatValues().map(\.bitPattern), tb?.floatValues().map(\.bitPattern), name)
            XCTAssertEqual(ta?.requiresGrad, tb?.requiresGrad, name)
        }
        let pa = try XCTUnwrap(tensor(a, "params")), pb = try XCTUnwrap(tensor(b, "params"))
        XCTAssertEqual(pa.grad?.floatValues().map(\.bitPattern), pb.grad?.floatValues().map(\.bitPattern))
        XCTAssertNotNil(pb.grad)
        XCTAssertTrue(pb.isLeaf)
        XCTAssertEqual(Repr.repr(b.interpreter.globals.vars["n"] ?? .none), Repr.repr(a.interpreter.globals.vars["n"] ?? .none))
        // The tuple in `n` holds the same tensor object as `params` (identity survives).
        if case .list(let l)? = b.interpreter.globals.vars["n"], case .tuple(let t) = l.items[4], case .tensor(let p) = t[1] {
            XCTAssertTrue(p === pb)
        } else {
            XCTFail("n")
        }
        // The model is back: the def works, the recorded statements replay, training continues identically.
        XCTAssertEqual(b.tracker.statements.count, a.tracker.statements.count)
        XCTAssertEqual(run(b, "print(f(x, params))").outText, run(a, "print(f(x, params))").outText)
        let trainB = run(b, "train 3")
        XCTAssertEqual(trainB.errText, "")
        XCTAssertEqual(trainB.outText, run(a, "train 3").outText)
        XCTAssertEqual(tensor(a, "params")?.floatValues().map(\.bitPattern), tensor(b, "params")?.floatValues().map(\.bitPattern))
    }

    func testLoadOfMissingOrDamagedFileChangesNothing() throws {
        let s = DebugSession()
        run(s, Self.model)
        let before = Repr.repr(s.interpreter.globals.vars["params"] ?? .none)
        var c = run(s, "load \(dir)/missing.json")
        XCTAssertTrue(c.errText.contains("cannot read '\(dir)/missing.json'"), c.errText)
        let damaged = dir + "/bad.json"
        try Data("{\"format\":\"gradstep-session\",\"version\":1,".utf8).write(to: URL(fileURLWithPath: damaged))
        c = run(s, "load \(damaged)")
        XCTAssertTrue(c.errText.contains("not a gradstep session file (or it is damaged)"), c.errText)
        XCTAssertEqual(Repr.repr(s.interpreter.globals.vars["params"] ?? .none), before)
        XCTAssertNotNil(s.interpreter.globals.vars["f"])
    }

    func testSaveIsAtomicAndReportsUnwritableDirectories() throws {
        let s = DebugSession()
        run(s, Self.model)
        let path = dir + "/s.json"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        run(s, "save \(path)")
        XCTAssertTrue(SessionArchive.isSessionFile(path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0 != "s.json" }
        XCTAssertEqual(leftovers, [], "the temporary file is renamed into place")
        let c = run(s, "save \(dir)/no/such/dir/s.json")
        XCTAssertTrue(c.errText.contains("cannot write '\(dir)/no/such/dir/s.json'"), c.errText)
        XCTAssertTrue(SessionArchive.isSessionFile(path))
    }

    func testSessionFileRoundTripsThroughJSON() throws {
        let s = DebugSession()
        run(s, Self.model)
        let file = s.sessionFile()
        XCTAssertEqual(try SessionArchive.decode(SessionArchive.encode(file)), file)
        XCTAssertEqual(BitText.float(-0.0), "80000000")
        XCTAssertEqual(try BitText.float("7fc00000").bitPattern, Float.nan.bitPattern)
    }
}

extension RobustSessionFileTests {
    /// The loss history (`plot loss`) survives save / reset / load exactly.
    func testLossHistoryIsSavedAndLoaded() throws {
        let path = NSTemporaryDirectory() + "gradstep-losshistory-\(getpid()).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let s = DebugSession()
        let c = BufferConsole()
        _ = s.run("w = torch.tensor([0.5], requires_grad=True)\nloss = ((w * 3 - 1) ** 2).sum()\ntrain 25 0.01\nsave \(path)\n", console: c)
        XCTAssertTrue(c.errText.isEmpty, c.errText)
        let before = (s.plots.lossSteps, s.plots.losses)
        XCTAssertGreaterThanOrEqual(before.1.count, 25)
        _ = s.run("reset\n", console: c)
        XCTAssertTrue(s.plots.losses.isEmpty)
        _ = s.run("load \(path)\n", console: c)
        XCTAssertEqual(s.plots.lossSteps, before.0)
        XCTAssertEqual(s.plots.losses.map(\.bitPattern), before.1.map(\.bitPattern))
    }
}
