import Foundation
import XCTest
@testable import Script

/// Every program in Tests/Oracle/loops (differential-testing finds: loops with prints every k
/// iterations, early exits, hidden Python state, loop-carried tensors, optimizers, views) must print
/// the same, and fail the same way, with loop compilation on and off.
final class LoopCorpusTests: XCTestCase {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Oracle").appendingPathComponent("loops")
    }

    private func run(_ source: String, compile: Bool) -> (String, String?, Int) {
        var out = ""
        let interp = Interpreter(output: { out += $0 }, warn: { out += "[warning] " + $0 })
        interp.compilesLoops = compile
        var failure: String?
        do {
            try interp.run(source)
        } catch let e as PyError {
            failure = "\(e.description) (line \(e.line))"
        } catch {
            failure = "\(error)"
        }
        return (out, failure, interp.loopOutcomes.values.map(\.compiledIterations).reduce(0, +))
    }

    func testEveryProgramPrintsTheSameCompiledAndInterpreted() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter { $0.hasSuffix(".py") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 150)
        var compiledPrograms = 0
        for name in names {
            let source = try String(contentsOf: Self.directory.appendingPathComponent(name), encoding: .utf8)
            let compiled = run(source, compile: true)
            let plain = run(source, compile: false)
            XCTAssertEqual(compiled.0, plain.0, "output of \(name)")
            XCTAssertEqual(compiled.1, plain.1, "error of \(name)")
            XCTAssertEqual(plain.2, 0)
            if compiled.2 > 0 { compiledPrograms += 1 }
        }
        // The corpus exercises the compiler, not only the interpreter.
        XCTAssertGreaterThanOrEqual(compiledPrograms, 60)
    }

    /// Programs with PyTorch's output beside them (NAME.out, made by make_expected.sh) print it compiled.
    func testProgramsWithPyTorchOutputMatchIt() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter { $0.hasSuffix(".out") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 4)
        for name in names {
            let base = Self.directory.appendingPathComponent(String(name.dropLast(4)))
            let source = try String(contentsOf: base.appendingPathExtension("py"), encoding: .utf8)
            let expected = try String(contentsOf: base.appendingPathExtension("out"), encoding: .utf8)
            let compiled = run(source, compile: true)
            XCTAssertEqual(compiled.0, expected, "output of \(name)")
            XCTAssertNil(compiled.1, "error of \(name)")
        }
    }

    /// Course training loops through nn.Module subclasses, nn layers, loss modules and the bundled
    /// optimizers compile; one that changes Python state in forward stays interpreted and says why.
    func testModuleAndOptimizerLoopsCompile() throws {
        for name in ["mod1_polyfit_module_sgd", "mod2_linear_sgd_momentum_nesterov", "mod3_sequential_relu_adam",
                     "mod4_adamw_tanh_module", "mod5_sgd_maximize_dampening", "mod7_adam_weight_decay_list",
                     "mod9_rmsprop_centered_momentum", "mod10_rmsprop_plain_maximize", "mod11_adagrad_options",
                     "mod12_steplr_sgd", "mod13_multistep_exponential", "mod14_lambda_cosine"] {
            let source = try String(contentsOf: Self.directory.appendingPathComponent(name + ".py"), encoding: .utf8)
            XCTAssertGreaterThan(run(source, compile: true).2, 100, name)
        }
        let source = try String(contentsOf: Self.directory.appendingPathComponent("mod8_module_records_in_forward.py"), encoding: .utf8)
        let interp = Interpreter(output: { _ in }, warn: { _ in })
        try interp.run(source)
        XCTAssertEqual(interp.loopOutcomes.values.first?.reason, "an assignment to attribute `calls`")
    }

    /// Epoch loops over a DataLoader of a TensorDataset compile (in order and shuffled, drop_last
    /// both ways, a last partial batch, a generator of the loader's own, `enumerate(loader)`): every
    /// epoch but the first, the printing ones, the retraced ones after them and the last runs as a
    /// plan, and the outputs above equal PyTorch's. A loader with a collate_fn of its own stays
    /// interpreted and says why.
    func testDataLoaderEpochLoopsCompile() throws {
        for (name, epochs) in [("dl1_linear_partial_batch", 60), ("dl2_shuffle_drop_last_mlp", 50), ("dl3_shuffle_generator_partial", 40),
                               ("dl4_shuffle_enumerate_randn_after", 30), ("dl5_sequential_drop_last_sgd", 100), ("mod15_dataloader_batches", 40)] {
            let source = try String(contentsOf: Self.directory.appendingPathComponent(name + ".py"), encoding: .utf8)
            let interp = Interpreter(output: { _ in }, warn: { _ in })
            try interp.run(source)
            let outcome = try XCTUnwrap(interp.loopOutcomes.values.first(where: { $0.iterations == epochs }), name)
            XCTAssertNil(outcome.reason, name)
            XCTAssertGreaterThanOrEqual(outcome.compiledIterations * 2, epochs, name)
        }
        let custom = """
        import torch
        from torch.utils.data import DataLoader, TensorDataset
        x = torch.arange(12.).reshape(6, 2)
        dl = DataLoader(TensorDataset(x), batch_size=4, collate_fn=lambda b: torch.stack([s[0] for s in b]))
        w = torch.zeros(2, requires_grad=True)
        for epoch in range(10):
            for xb in dl:
                (xb @ w).sum().backward()
        print(w.grad)
        """
        let interp = Interpreter(output: { _ in }, warn: { _ in })
        try interp.run(custom)
        XCTAssertEqual(interp.loopOutcomes.values.first?.compiledIterations, 0)
        XCTAssertTrue(interp.loopOutcomes.values.first?.reason?.hasPrefix("it iterates over a DataLoader whose batches are sampled and collated in Python") == true)
        // Integer class labels: the loop runs interpreted and the report names them.
        let labels = Interpreter(output: { _ in }, warn: { _ in })
        try labels.run("""
        import torch
        from torch.utils.data import DataLoader, TensorDataset
        torch.manual_seed(0)
        X = torch.randn(40, 2)
        dl = DataLoader(TensorDataset(X, (X[:, 0] > 0).long()), batch_size=16, shuffle=True)
        model = torch.nn.Linear(2, 2)
        opt = torch.optim.SGD(model.parameters(), lr=0.1)
        for epoch in range(10):
            for xb, yb in dl:
                loss = torch.nn.functional.cross_entropy(model(xb), yb)
                opt.zero_grad()
                loss.backward()
                opt.step()
        """)
        XCTAssertEqual(labels.loopOutcomes.values.first?.reason,
                       "a batch of an integer tensor (class labels, say): plans hold float32 tensors only")
        // An epoch that sums `loss.item()` over its batches reads values into Python, and is named for that.
        let mod16 = Interpreter(output: { _ in }, warn: { _ in })
        try mod16.run(try String(contentsOf: Self.directory.appendingPathComponent("mod16_dataloader_shuffle.py"), encoding: .utf8))
        XCTAssertTrue(mod16.loopOutcomes.values.first?.reason?.hasSuffix("reads tensor values into Python") == true, mod16.loopOutcomes.values.first?.reason ?? "")
    }

    /// Every long loop of the scheduler programs compiles: the lr each replayed step reads changes
    /// between iterations, and the outputs above equal PyTorch's (mod17: the lr lambda raises in a
    /// replayed iteration, and the loop stops there with PyTorch's state).
    func testEveryLoopThroughASchedulerCompiles() throws {
        for name in ["mod12_steplr_sgd", "mod13_multistep_exponential", "mod14_lambda_cosine", "mod17_lambda_lr_raises"] {
            let source = try String(contentsOf: Self.directory.appendingPathComponent(name + ".py"), encoding: .utf8)
            let interp = Interpreter(output: { _ in }, warn: { _ in })
            try interp.run(source)
            XCTAssertFalse(interp.loopOutcomes.isEmpty, name)
            for (line, o) in interp.loopOutcomes { XCTAssertGreaterThan(o.compiledIterations, 140, "\(name) line \(line): \(o.reason ?? "")") }
        }
    }
}
