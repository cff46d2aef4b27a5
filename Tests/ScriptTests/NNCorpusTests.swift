import Foundation
import XCTest
@testable import Script

/// Runs every program in Tests/Oracle/nn (torch.nn / torch.optim / torch.utils.data course code,
/// expected outputs from real PyTorch by Tests/Oracle/nn/make_expected.sh) through the interpreter,
/// which loads the bundled Python library on import.
final class NNCorpusTests: XCTestCase {
    /// Programs that do not match PyTorch yet, each with the reason. A listed program that starts
    /// matching fails the test, so the list only shrinks.
    static let expectedFailures: [String: String] = [
        "c01_seed002_line_fitting": "Tensor.numpy() returns a tensor (no numpy arrays yet), so `print(l, W)` prints tensor(...) instead of numpy's `6.661948 [0.279 0.498]`; the numbers match",
        "c02_seed002_polyfit": "Tensor.numpy() returns a tensor (no numpy arrays yet); the numbers match",
        "c03_poly_sequential_each_optimizer": "float64 tensors (the optimizers' step counters under torch.float64, Adam's bias correction) are not supported",
        "c04_mlp_classifier": "kernel torch._C._nn.cross_entropy_loss missing",
        "c06_softmax_regression_d2l": "kernel torch._C._nn.cross_entropy_loss missing",
        "c07_batchnorm_dropout_mlp": "torch.batch_norm / torch.dropout kernels missing",
        "c08_embedding_bag_of_words": "torch.embedding kernel missing",
        "c09_save_load_like": "the copy module (copy.deepcopy) is missing",
        "c10_gradient_clipping_free": "kernel torch._C._nn.smooth_l1_loss missing",
        "d03_custom_dataset": "float64 tensors (default collate of Python floats) are not supported",
        "d04_random_split": "builtin callable() is missing",
        "d05_collate_types": "float64 tensors (default collate of Python floats) are not supported",
        "i01_init": "Tensor.new_tensor missing",
        "l01_layers_forward": "activation kernels (leaky_relu, elu, gelu, silu, softplus, hardtanh) missing",
        "l02_activation_grads": "activation kernels (leaky_relu, elu, gelu, silu, softplus, hardtanh) missing",
        "l03_dropout": "torch.dropout kernel missing",
        "l04_embedding": "torch.embedding kernel missing",
        "l05_layernorm": "torch.layer_norm kernel missing",
        "l06_batchnorm": "torch.batch_norm kernel missing",
        "l07_flatten": "Tensor.unflatten missing",
        "l08_bilinear": "torch.bilinear kernel missing",
        "l09_conv2d": "tuple * int (sequence repetition) missing in the interpreter; conv2d kernel missing",
        "l10_cnn_mnist_shape": "tuple * int (sequence repetition) missing; conv2d / max_pool2d kernels missing",
        "m05_state_dict": "collections.OrderedDict is a Python class here (dict cannot be subclassed yet), so isinstance(od, dict) is False",
        "m06_load_state_dict_errors": "collections.OrderedDict is not a dict subclass (isinstance(od, dict) is False)",
        "m14_double_float": "float64 tensors are not supported (Module.double())",
        "o01_sgd_variants": "add_(g, alpha=1-dampening) rounds twice (mul then add) where PyTorch's kernel fuses a*x+y: last-bit difference",
        "o02_adam_variants": "float64 tensors are not supported (Adam's step counter tensor / bias correction)",
        "o03_optimizer_repr_state": "float64 tensors are not supported (optimizer step counter)",
        "o05_optimizer_errors": "torch.optim.SGD([tensors], ...) still routes to the Swift SGD, which the loop compiler needs (its error texts differ: 'Invalid learning rate: -1.0')",
        "o06_optimizer_state_dict_roundtrip": "float64 tensors are not supported (optimizer step counter)",
        "o08_step_no_grad": "torch.optim.SGD([tensors], ...) still routes to the Swift SGD, which the loop compiler needs (no optimizer.state)",
        "o09_lr_schedulers": "torch.optim.SGD([tensors], ...) still routes to the Swift SGD, which the loop compiler needs (lr_scheduler needs the Python Optimizer)",
        "s01_mse_l1": "kernel torch._C._nn.l1_loss missing",
        "s02_cross_entropy": "kernel torch._C._nn.cross_entropy_loss missing",
        "s03_nll_logsoftmax": "kernel torch._C._nn.nll_loss_nd missing",
        "s04_bce": "kernel torch._C._nn.binary_cross_entropy missing",
        "s05_huber_smoothl1": "kernels torch._C._nn.huber_loss / smooth_l1_loss missing",
        "s06_functional_misc": "kernel torch._C._nn.one_hot missing",
    ]

    static var corpusDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Oracle").appendingPathComponent("nn")
    }

    /// Whether `name`.py prints PyTorch's stdout and last error line; the mismatch when not.
    static func check(_ name: String) throws -> String? {
        let base = corpusDirectory.appendingPathComponent(name)
        let source = try String(contentsOf: base.appendingPathExtension("py"), encoding: .utf8)
        let expectedOut = try String(contentsOf: base.appendingPathExtension("out"), encoding: .utf8)
        let expectedErr = try String(contentsOf: base.appendingPathExtension("err"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let (stdout, error) = OracleCasesTests.run(source)
        if stdout != expectedOut {
            let got = stdout.split(separator: "\n", omittingEmptySubsequences: false)
            let want = expectedOut.split(separator: "\n", omittingEmptySubsequences: false)
            let i = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
            let line = i < want.count ? String(want[i]) : "<end>"
            let gotLine = i < got.count ? String(got[i]) : "<end>"
            return "stdout line \(i + 1): expected \(line.debugDescription), got \(gotLine.debugDescription)" + (error.map { " (error: \($0))" } ?? "")
        }
        if (expectedErr.isEmpty ? nil : expectedErr) != error {
            return "error: expected \(expectedErr.isEmpty ? "none" : expectedErr), got \(error ?? "none")"
        }
        return nil
    }

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpusDirectory.path)) ?? [])
            .filter { $0.hasSuffix(".py") }.map { String($0.dropLast(3)) }.sorted()
    }

    func testCorpusMatchesPyTorch() throws {
        let names = Self.names
        XCTAssertGreaterThanOrEqual(names.count, 60, "expected the nn corpus in \(Self.corpusDirectory.path)")
        var passing = 0
        for name in names {
            let mismatch = try Self.check(name)
            if mismatch == nil { passing += 1 }
            if let reason = Self.expectedFailures[name] {
                XCTAssertNotNil(mismatch, "\(name).py now matches PyTorch: remove it from expectedFailures (was: \(reason))")
            } else if let mismatch {
                XCTFail("\(name).py: \(mismatch)")
            }
        }
        for name in Self.expectedFailures.keys where !names.contains(name) { XCTFail("expectedFailures lists a missing program \(name)") }
        print("nn corpus: \(passing)/\(names.count) programs match PyTorch")
    }
}
