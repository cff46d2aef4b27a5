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
        "o01_sgd_variants": "add_(g, alpha=1-dampening) rounds twice (mul then add) where PyTorch's kernel fuses a*x+y: last-bit difference",
        "c15_two_layer_net_tutorial": "numbers differ from PyTorch in the last digits (stdout line 1: expected '9 28.606037139892578', got '9 28.606040954589844')",
        "c16_dynamic_net": "numbers differ from PyTorch in the last digits (stdout line 1: expected '99 3.1422641277313232', got '99 3.1422646045684814')",
        "o12_lr_change_midway": "numbers differ from PyTorch in the last digits (stdout line 3: expected '2 0.1 0.1466062217950821', got '2 0.1 0.1466062068939209')",
        "c01_seed002_line_fitting": "Tensor.numpy() returns a tensor (no numpy arrays yet), so `print(l, W)` prints tensor(...) instead of numpy's `6.661948 [0.279 0.498]`; the numbers match",
        "c02_seed002_polyfit": "Tensor.numpy() returns a tensor (no numpy arrays yet); the numbers match",
        "c03_poly_sequential_each_optimizer": "float64 tensors (the optimizers' step counters under torch.float64, Adam's bias correction) are not supported",
        "c04_mlp_classifier": "NotImplementedError: torch.float64: dtype torch.float64 is not supported by gradstep (tensors are float32, int64 or bool)",
        "c08_embedding_bag_of_words": "NotImplementedError: torch.float64: dtype torch.float64 is not supported by gradstep (tensors are float32, int64 or bool)",
        "c10_gradient_clipping_free": "NotImplementedError: torch.float64: dtype torch.float64 is not supported by gradstep (tensors are float32, int64 or bool)",
        "d03_custom_dataset": "float64 tensors (default collate of Python floats) are not supported",
        "d05_collate_types": "float64 tensors (default collate of Python floats) are not supported",
        "i01_init": "AttributeError: module 'torch.linalg' has no attribute 'qr'",
        "m14_double_float": "float64 tensors are not supported (Module.double())",
        "o02_adam_variants": "float64 tensors are not supported (Adam's step counter tensor / bias correction)",
        "o03_optimizer_repr_state": "float64 tensors are not supported (optimizer step counter)",
        "o06_optimizer_state_dict_roundtrip": "float64 tensors are not supported (optimizer step counter)",
        "a02_custom_relu_tutorial": "stdout line 1: expected '99 29.335779190063477', got '99 29.33578109741211'",
        "c13_custom_loss_module": "float64 tensors are not supported",
        "c15_two_layer_net_tutorial": "numbers differ from PyTorch in the last digits (stdout line 1: expected '9 28.606037139892578', got '9 28.606040954589844')",
        "c16_dynamic_net": "numbers differ from PyTorch in the last digits (stdout line 1: expected '99 3.1422641277313232', got '99 3.1422646045684814')",
        "c17_regression_loader_val": "float64 tensors are not supported",
        "c18_char_embedding_lm": "NotImplementedError: torch.float64: dtype torch.float64 is not supported by gradstep (tensors are float32, int64 or bool)",
        "c19_train_eval_functions": "NotImplementedError: torch.float64: dtype torch.float64 is not supported by gradstep (tensors are float32, int64 or bool)",
        "c21_mnist_like_cnn_loader": "NotImplementedError: torch.float64: dtype torch.float64 is not supported by gradstep (tensors are float32, int64 or bool)",
        "c23_linear_regression_closed_form_compare": "AttributeError: module 'torch.linalg' has no attribute 'lstsq'",
        "d12_floats_and_samplers": "float64 tensors are not supported",
        "k03_embedding_bag_of_words": "loss.item() differs from PyTorch in the last printed digits (0.1693715900182724 vs 0.1693716049194336): float32 summation order in the embedding-mean/cross-entropy chain",
        "e08_load_state_dict_mismatch_uncaught": "the uncaught multi-line RuntimeError (Error(s) in loading state_dict ...) is not reported with the text PyTorch's traceback ends with",
        "i03_init_modes": "AttributeError: 'Tensor' object has no attribute 'new_empty'",
        "l16_activation_formulas": "AttributeError: module 'torch' has no attribute 'erf'",
        "m25_wrong_input_errors": "RuntimeError: addmm: mat1 and mat2 shapes cannot be multiplied (5x5 and 3x2)",
        "m30_bn2d_ln2d": "stdout line 2: expected 'tensor([0.0000e+00, 3.9736e-08], grad_fn=<MeanBackward1>) NativeBatchN', got 'tensor([1.9868e-08, 0.0000e+00], grad_fn=<MeanBackward1>) NativeBatchN'",
        "m32_factory_kwargs": "float64 tensors are not supported",
        "m36_apply_typecheck": "TypeError: 'no_grad' object is not callable",
        "o13_named_param_optimizer": "float64 tensors are not supported",
        "o14_no_grad_params_skip": "float64 tensors are not supported",
        "o15_adagrad_rmsprop_state": "float64 tensors are not supported",
        "o05_optimizer_errors": "torch.optim.SGD([tensors], ...) still routes to the Swift SGD, which the loop compiler needs (its error texts differ: 'Invalid learning rate: -1.0')",
        "o08_step_no_grad": "torch.optim.SGD([tensors], ...) still routes to the Swift SGD, which the loop compiler needs (no optimizer.state)",
        "o09_lr_schedulers": "torch.optim.SGD([tensors], ...) still routes to the Swift SGD, which the loop compiler needs (lr_scheduler needs the Python Optimizer)",
        "o17_scheduler_state_and_epoch": "torch.optim.SGD([tensors], ...) still routes to the Swift SGD, which the loop compiler needs (lr_scheduler: SGD is not an Optimizer)",
        "o22_scheduler_misc": "torch.optim.SGD([tensors], ...) still routes to the Swift SGD, which the loop compiler needs (lr_scheduler: SGD is not an Optimizer)",
        "o26_sgd_maximize_and_dampening": "torch.optim.SGD([tensors], ...) still routes to the Swift SGD, which the loop compiler needs (no optimizer.state)",
        "o16_sgd_tensor_lr_and_defaults": "float64 tensors are not supported (a tensor lr)",
        "o21_adam_groups_betas": "NotImplementedError: torch.float64: dtype torch.float64 is not supported by gradstep (tensors are float32, int64 or bool)",
        "o23_weight_decay_compare": "float64 tensors are not supported",
        "o24_add_param_group_training": "float64 tensors are not supported",
        "o25_scheduler_custom_optimizer_warning": "warnings.catch_warnings is missing",
        "u02_training_with_clipping": "float64 tensors are not supported",
        "c06_softmax_regression_d2l": "kernel torch._C._nn.cross_entropy_loss missing",
        "c07_batchnorm_dropout_mlp": "torch.batch_norm / torch.dropout kernels missing",
        "c09_save_load_like": "the copy module (copy.deepcopy) is missing",
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
        "o05_optimizer_errors": "torch.optim.SGD([tensors], ...) still routes to the Swift SGD, which the loop compiler needs (its error texts differ: 'Invalid learning rate: -1.0')",
        "o08_step_no_grad": "torch.optim.SGD([tensors], ...) still routes to the Swift SGD, which the loop compiler needs (no optimizer.state)",
        "o09_lr_schedulers": "torch.optim.SGD([tensors], ...) still routes to the Swift SGD, which the loop compiler needs (lr_scheduler needs the Python Optimizer)",
        "s01_mse_l1": "kernel torch._C._nn.l1_loss missing",
        "s02_cross_entropy": "kernel torch._C._nn.cross_entropy_loss missing",
        "s03_nll_logsoftmax": "kernel torch._C._nn.nll_loss_nd missing",
        "s04_bce": "kernel torch._C._nn.binary_cross_entropy missing",
        "s05_huber_smoothl1": "kernels torch._C._nn.huber_loss / smooth_l1_loss missing",
        "s06_functional_misc": "kernel torch._C._nn.one_hot missing",
        "a01_custom_function": "torch.autograd.Function missing",
        "a03_function_ctx_features": "torch.autograd.Function missing",
        "a04_function_in_module": "torch.autograd.Function missing",
        "c05_custom_autograd_free_linear_regression": "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union",
        "c11_xor_mlp": "kernel torch._C._nn.binary_cross_entropy missing",
        "c12_logistic_regression_loader": "torch.binary_cross_entropy_with_logits missing",
        "c14_eval_dropout_inference": "torch.dropout missing",
        "c22_d2l_mlp_init": "kernel torch._C._nn.cross_entropy_loss missing",
        "c24_quickstart_tutorial": "torch.dtype missing",
        "d14_dict_batches_training": "torch.binary_cross_entropy_with_logits missing",
        "e01_ce_batch_mismatch": "numbers differ from PyTorch in the last digits (error: expected ValueError: Expected input batch_size (3) to match target batch_size (2)., got NotImplementedError: torc)",
        "e02_bce_out_of_range": "kernel torch._C._nn.binary_cross_entropy missing",
        "e03_embedding_index_error": "torch.embedding missing",
        "e04_conv_channel_mismatch": "numbers differ from PyTorch in the last digits (error: expected RuntimeError: Given groups=1, weight of size [4, 3, 3, 3], expected input[1, 1, 8, 8] to have 3 channels)",
        "e09_nll_target_out_of_bounds": "kernel torch._C._nn.nll_loss_nd missing",
        "l11_inplace_activations": "torch.relu_ missing",
        "l12_embedding_maxnorm": "torch.embedding_renorm_ missing",
        "l13_conv_padding_modes": "torch.conv2d missing",
        "l14_more_activations": "torch.selu missing",
        "l15_dropout_extremes": "torch.dropout missing",
        "m03_sequential_repr": "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union",
        "m16_sequential_ops": "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union",
        "m24_sequential_multiply_pop": "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union",
        "m26_state_dict_buffers_bn": "torch.batch_norm missing",
        "m27_device_handling": "torch.device missing",
        "m31_autoencoder_repr": "kernel torch._C._nn.binary_cross_entropy missing",
        "m34_direct_forward_and_slicing": "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union",
        "m35_state_dict_partial": "TypeError: Expected state_dict to be dict-like, got <class 'OrderedDict'>.",
        "o17_scheduler_state_and_epoch": "TypeError: SGD is not an Optimizer",
        "o18_custom_optimizer": "TypeError: 'no_grad' object is not callable",
        "o22_scheduler_misc": "TypeError: SGD is not an Optimizer",
        "o26_sgd_maximize_and_dampening": "AttributeError: 'SGD' object has no attribute 'state'",
        "s10_cross_entropy_shapes": "kernel torch._C._nn.cross_entropy_loss missing",
        "s11_loss_gradients_compare": "kernel torch._C._nn.l1_loss missing",
        "s12_legacy_reduction_args": "kernel torch._C._nn.l1_loss missing",
        "s13_weighted_losses": "kernel torch._C._nn.huber_loss missing",
        "s14_ce_weight_ignore_combo": "kernel torch._C._nn.cross_entropy_loss missing",
        "s15_multilabel_bce": "torch.binary_cross_entropy_with_logits missing",
        "s16_nll_weight_ignore": "kernel torch._C._nn.nll_loss_nd missing",
        "u01_clip_grad": "AttributeError: 'Tensor' object has no attribute 'clamp_min_'",
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
