import XCTest
@testable import Autograd

/// A float32 leaf that requires grad, as `torch.tensor(values, requires_grad=True).reshape(shape)`.
func leaf(_ values: [Float], _ shape: [Int]) throws -> Tensor {
    let t = Tensor(floats: values, shape: shape)
    try t.requiresGrad_(true)
    return t
}

/// A float32 tensor that does not require grad.
func floats(_ values: [Float], _ shape: [Int]) -> Tensor {
    Tensor(floats: values, shape: shape)
}

/// Asserts a float32 tensor's shape, grad_fn name and values (relative/absolute tolerance `tol`).
func assertValues(_ t: Tensor?, _ expected: [Float], shape: [Int], gradFn: String? = nil,
                  tol: Float = 1e-5, file: StaticString = #filePath, line: UInt = #line) {
    guard let t else { XCTFail("tensor is nil", file: file, line: line); return }
    XCTAssertEqual(t.dtype, .float32, "dtype", file: file, line: line)
    XCTAssertEqual(t.shape, shape, "shape", file: file, line: line)
    XCTAssertEqual(t.gradFn?.name, gradFn, "grad_fn", file: file, line: line)
    let v = t.floatValues()
    XCTAssertEqual(v.count, expected.count, "count", file: file, line: line)
    for (i, (a, e)) in zip(v, expected).enumerated() {
        if a.isNaN && e.isNaN { continue }
        if a == e { continue }
        let err = Swift.abs(a - e)
        if !(err <= tol * Swift.max(1, Swift.abs(e))) {
            XCTFail("element \(i): got \(a), expected \(e) (all: \(v))", file: file, line: line)
            return
        }
    }
}

/// Asserts that `body` throws a TorchError of `kind` with exactly `message`.
func assertTorchError<T>(_ kind: TorchError.Kind, _ message: String, file: StaticString = #filePath, line: UInt = #line,
                         _ body: () throws -> T) {
    do {
        _ = try body()
        XCTFail("expected \(kind.rawValue): \(message)", file: file, line: line)
    } catch let e as TorchError {
        XCTAssertEqual(e.kind, kind, file: file, line: line)
        XCTAssertEqual(e.message, message, file: file, line: line)
    } catch {
        XCTFail("unexpected error \(error)", file: file, line: line)
    }
}
