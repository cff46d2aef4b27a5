import XCTest
@testable import Autograd

/// Tensor prints from the visible PyTorch cases (/work/shared/oracle/cases/visible) and the
/// seed notebooks, plus PyTorch's documented empty / bool / nan forms.
final class PrintTensorFormatterTests: XCTestCase {
    private func float(_ shape: [Int], _ values: [Float], suffixes: [String] = [], prefix: String = "tensor(") -> String {
        TensorFormatter.repr(shape: shape, values: .float(values), prefix: prefix, suffixes: suffixes)
    }

    // v01_tensor_print
    func testBasicPrints() {
        XCTAssertEqual(float([3], [1, 2, 3]), "tensor([1., 2., 3.])")
        XCTAssertEqual(float([2, 2], [1, 2, 3, 4]), "tensor([[1., 2.],\n        [3., 4.]])")
        XCTAssertEqual(float([], [2.5]), "tensor(2.5000)")
        XCTAssertEqual(float([3], [0.5, -1.25, 3]), "tensor([ 0.5000, -1.2500,  3.0000])")
        XCTAssertEqual(TensorFormatter.repr(shape: [3], values: .int([1, 2, 3])), "tensor([1, 2, 3])")
        XCTAssertEqual(float([2], [1, 2], suffixes: ["requires_grad=True"]), "tensor([1., 2.], requires_grad=True)")
    }

    // v35_print_formats
    func testFormatModes() {
        XCTAssertEqual(float([3], [1e-5, 1, 1000]), "tensor([1.0000e-05, 1.0000e+00, 1.0000e+03])")
        XCTAssertEqual(float([2], [0.001, 123456]), "tensor([1.0000e-03, 1.2346e+05])")
        XCTAssertEqual(float([3], [-0.0, 0.0, 2.5]), "tensor([-0.0000, 0.0000, 2.5000])")
        XCTAssertEqual(float([], [-0.0]), "tensor(-0.)")
        XCTAssertEqual(float([2], [1.5, 100.25]), "tensor([  1.5000, 100.2500])")
        XCTAssertEqual(float([1], [12345.678]), "tensor([12345.6777])")
        XCTAssertEqual(float([2], [1e10, 1]), "tensor([1.0000e+10, 1.0000e+00])")
        XCTAssertEqual(float([2, 2], [1e-3, 2, 3, 4e3]),
                       "tensor([[1.0000e-03, 2.0000e+00],\n        [3.0000e+00, 4.0000e+03]])")
        XCTAssertEqual(float([], [100]), "tensor(100.)")
    }

    // v36_print_summarized
    func testSummarized() {
        let step = Float(1) / Float(1999)
        let linspace = (0..<2000).map { index -> Float in
            index < 1000 ? Float(index) * step : 1 - Float(1999 - index) * step
        }
        XCTAssertEqual(float([2000], linspace), """
            tensor([0.0000e+00, 5.0025e-04, 1.0005e-03,  ..., 9.9900e-01, 9.9950e-01,
                    1.0000e+00])
            """)
        XCTAssertEqual(TensorFormatter.repr(shape: [1500], values: .int((0..<1500).map { Int64($0) })),
                       "tensor([   0,    1,    2,  ..., 1497, 1498, 1499])")
        XCTAssertEqual(float([1001], Array(repeating: 1, count: 1001)), "tensor([1., 1., 1.,  ..., 1., 1., 1.])")
        XCTAssertEqual(float([40, 30], (0..<1200).map { Float($0) }), """
            tensor([[0.0000e+00, 1.0000e+00, 2.0000e+00,  ..., 2.7000e+01, 2.8000e+01,
                     2.9000e+01],
                    [3.0000e+01, 3.1000e+01, 3.2000e+01,  ..., 5.7000e+01, 5.8000e+01,
                     5.9000e+01],
                    [6.0000e+01, 6.1000e+01, 6.2000e+01,  ..., 8.7000e+01, 8.8000e+01,
                     8.9000e+01],
                    ...,
                    [1.1100e+03, 1.1110e+03, 1.1120e+03,  ..., 1.1370e+03, 1.1380e+03,
                     1.1390e+03],
                    [1.1400e+03, 1.1410e+03, 1.1420e+03,  ..., 1.1670e+03, 1.1680e+03,
                     1.1690e+03],
                    [1.1700e+03, 1.1710e+03, 1.1720e+03,  ..., 1.1970e+03, 1.1980e+03,
                     1.1990e+03]])
            """)
    }

    // v16_linspace_arange
    func testWrappingAndIntMode() {
        let linspace: [Float] = [-1, -0.8, -0.6, -0.4, -0.2, -1.4901161193847656e-08, 0.2, 0.4, 0.6, 0.8, 1]
        XCTAssertEqual(float([11], linspace), """
            tensor([-1.0000e+00, -8.0000e-01, -6.0000e-01, -4.0000e-01, -2.0000e-01,
                    -1.4901e-08,  2.0000e-01,  4.0000e-01,  6.0000e-01,  8.0000e-01,
                     1.0000e+00])
            """)
        XCTAssertEqual(float([20], (0..<20).map { Float($0) }), """
            tensor([ 0.,  1.,  2.,  3.,  4.,  5.,  6.,  7.,  8.,  9., 10., 11., 12., 13.,
                    14., 15., 16., 17., 18., 19.])
            """)
        XCTAssertEqual(float([4], [0, 0.25, 0.5, 0.75]), "tensor([0.0000, 0.2500, 0.5000, 0.7500])")
        XCTAssertEqual(float([2, 3], Array(repeating: 0, count: 6)), "tensor([[0., 0., 0.],\n        [0., 0., 0.]])")
        XCTAssertEqual(float([3], [0, 0, 0], suffixes: ["requires_grad=True"]), "tensor([0., 0., 0.], requires_grad=True)")
    }

    // v26_parameter: the caller's prefix may span lines; the indent is its last line's.
    func testParameterPrefix() {
        XCTAssertEqual(float([2], [1, -1], suffixes: ["requires_grad=True"], prefix: "Parameter containing:\ntensor("),
                       "Parameter containing:\ntensor([ 1., -1.], requires_grad=True)")
        XCTAssertEqual(float([2, 2], [1, 2, 3, 4], prefix: "Parameter containing:\ntensor("),
                       "Parameter containing:\ntensor([[1., 2.],\n        [3., 4.]])")
    }

    // Seed 000: a suffix that would pass 80 columns goes on its own line.
    func testSuffixOnItsOwnLine() {
        let yhat: [Float] = [
            -1.0763e-01, -9.4094e-01, -4.0345e+00, -9.3884e+00, -1.7002e+01,
            -2.6877e+01, -3.9011e+01, -5.3406e+01, -7.0062e+01, -8.8977e+01,
            -1.1015e+02, -1.3359e+02, -1.5928e+02, -1.8724e+02, -2.1746e+02,
            -2.4994e+02, -2.8467e+02, -3.2167e+02, -3.6093e+02, -4.0245e+02,
        ]
        XCTAssertEqual(float([20], yhat, suffixes: ["grad_fn=<AddBackward0>"]), """
            tensor([-1.0763e-01, -9.4094e-01, -4.0345e+00, -9.3884e+00, -1.7002e+01,
                    -2.6877e+01, -3.9011e+01, -5.3406e+01, -7.0062e+01, -8.8977e+01,
                    -1.1015e+02, -1.3359e+02, -1.5928e+02, -1.8724e+02, -2.1746e+02,
                    -2.4994e+02, -2.8467e+02, -3.2167e+02, -3.6093e+02, -4.0245e+02],
                   grad_fn=<AddBackward0>)
            """)
        XCTAssertEqual(float([], [44301.6484375], suffixes: ["grad_fn=<MeanBackward0>"]),
                       "tensor(44301.6484, grad_fn=<MeanBackward0>)")
        XCTAssertEqual(float([3], [-70097.9297, -4488.5391, -324.2715]),
                       "tensor([-70097.9297,  -4488.5391,   -324.2715])")
        XCTAssertEqual(float([3], [0.5809, -10.3335, 49.2795], suffixes: ["requires_grad=True"]),
                       "tensor([  0.5809, -10.3335,  49.2795], requires_grad=True)")
    }

    func testEmptyTensors() {
        XCTAssertEqual(float([0], []), "tensor([])")
        XCTAssertEqual(float([0, 3], []), "tensor([], size=(0, 3))")
        XCTAssertEqual(TensorFormatter.repr(shape: [0], values: .int([])), "tensor([], dtype=torch.int64)")
        XCTAssertEqual(TensorFormatter.repr(shape: [2, 0], values: .bool([])), "tensor([], size=(2, 0), dtype=torch.bool)")
        XCTAssertEqual(float([0], [], suffixes: ["requires_grad=True"]), "tensor([], requires_grad=True)")
    }

    func testBoolAndIntTensors() {
        XCTAssertEqual(TensorFormatter.repr(shape: [2], values: .bool([true, false])), "tensor([ True, False])")
        XCTAssertEqual(TensorFormatter.repr(shape: [2], values: .bool([true, true])), "tensor([True, True])")
        XCTAssertEqual(TensorFormatter.repr(shape: [], values: .bool([false])), "tensor(False)")
        XCTAssertEqual(TensorFormatter.repr(shape: [], values: .int([-7])), "tensor(-7)")
        XCTAssertEqual(TensorFormatter.repr(shape: [2, 2, 2], values: .int((0..<8).map { Int64($0) })),
                       "tensor([[[0, 1],\n         [2, 3]],\n\n        [[4, 5],\n         [6, 7]]])")
        XCTAssertEqual(TensorFormatter.repr(shape: [3], values: .int([-10, 5, 100])), "tensor([-10,   5, 100])")
    }

    func testNonFinite() {
        XCTAssertEqual(float([2], [.nan, 1]), "tensor([nan, 1.])")
        XCTAssertEqual(float([3], [.infinity, -.infinity, 1.5]), "tensor([   inf,   -inf, 1.5000])")
        XCTAssertEqual(float([], [.nan]), "tensor(nan)")
        XCTAssertEqual(float([], [-.infinity]), "tensor(-inf)")
        XCTAssertEqual(float([2], [.nan, 1e-5]), "tensor([       nan, 1.0000e-05])")
    }

    func testInvalidShapeDoesNotTrap() {
        XCTAssertEqual(float([2, 2], [1, 2, 3]), "tensor(<invalid: shape [2, 2] with 3 values>)")
        XCTAssertEqual(float([-1], []), "tensor(<invalid: shape [-1] with 0 values>)")
    }
}
