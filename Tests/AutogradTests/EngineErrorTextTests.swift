import XCTest
@testable import Autograd

/// Error kinds and texts, each copied from PyTorch 2.x (`str(exception)`).
final class EngineErrorTextTests: XCTestCase {
    private let all = TensorIndex.slice(start: nil, stop: nil, step: nil)

    func testBroadcastMismatch() {
        assertTorchError(.runtime, "The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 0") {
            try Tensor.ones([3]).add(Tensor.ones([4]))
        }
        assertTorchError(.runtime, "The size of tensor a (2) must match the size of tensor b (4) at non-singleton dimension 0") {
            try Tensor.ones([2, 3]).mul(Tensor.ones([4, 3]))
        }
    }

    func testMatrixProductShapes() {
        assertTorchError(.runtime, "mm: mat1 and mat2 shapes cannot be multiplied (1x3 and 100x2)") {
            try Tensor.ones([1, 3]).mm(Tensor.ones([100, 2]))
        }
        assertTorchError(.runtime, "mm: mat1 and mat2 shapes cannot be multiplied (1x3 and 100x2)") {
            try Tensor.ones([1, 3]).matmul(Tensor.ones([100, 2]))
        }
        assertTorchError(.runtime, "mm: mat1 and mat2 shapes cannot be multiplied (1x4 and 2x3)") {
            try Tensor.ones([4]).matmul(Tensor.ones([2, 3]))
        }
        assertTorchError(.runtime, "size mismatch, got input (2), mat (2x3), vec (4)") {
            try Tensor.ones([2, 3]).mv(Tensor.ones([4]))
        }
        assertTorchError(.runtime, "size mismatch, got input (2), mat (2x3), vec (4)") {
            try Tensor.ones([2, 3]).matmul(Tensor.ones([4]))
        }
        assertTorchError(.runtime, "inconsistent tensor size, expected tensor [3] and src [4] to have the same number of elements, but got 3 and 4 elements respectively") {
            try Tensor.ones([3]).dot(Tensor.ones([4]))
        }
        assertTorchError(.runtime, "inconsistent tensor size, expected tensor [3] and src [4] to have the same number of elements, but got 3 and 4 elements respectively") {
            try Tensor.ones([3]).matmul(Tensor.ones([4]))
        }
        assertTorchError(.runtime, "1D tensors expected, but got 2D and 1D tensors") {
            try Tensor.ones([3, 1]).dot(Tensor.ones([3]))
        }
        assertTorchError(.runtime, "vector + matrix @ vector expected, got 1, 1, 1") {
            try Tensor.ones([3]).mv(Tensor.ones([3]))
        }
        assertTorchError(.runtime, "mm: self must be a matrix, got 1-D tensor") {
            try Tensor.ones([3]).mm(Tensor.ones([3, 3]))
        }
        assertTorchError(.runtime, "mm: mat2 must be a matrix, got 1-D tensor") {
            try Tensor.ones([3, 3]).mm(Tensor.ones([3]))
        }
        assertTorchError(.runtime, "both arguments to matmul need to be at least 1D, but they are 0D and 1D") {
            try Tensor.scalar(.float(1)).matmul(Tensor.ones([3]))
        }
    }

    func testMatrixProductDtypes() {
        assertTorchError(.runtime, "expected m1 and m2 to have the same dtype, but got: float != long int") {
            try Tensor.ones([2, 2]).mm(Tensor.ones([2, 2], dtype: .int64))
        }
        assertTorchError(.runtime, "expected m1 and m2 to have the same dtype, but got: long int != float") {
            try Tensor.ones([3], dtype: .int64).matmul(Tensor.ones([3, 2]))
        }
        assertTorchError(.runtime, "dot : expected both vectors to have same dtype, but found Float and Long") {
            try Tensor.ones([3]).dot(Tensor.ones([3], dtype: .int64))
        }
        assertTorchError(.runtime, "addmv input tensors must have the same dtype, but got Long, Float, and Long") {
            try Tensor.ones([2, 3]).mv(Tensor.ones([3], dtype: .int64))
        }
        assertTorchError(.runtime, "addmv input tensors must have the same dtype, but got Float, Long, and Float") {
            try Tensor.ones([2, 3], dtype: .int64).matmul(Tensor.ones([3]))
        }
    }

    func testViewErrors() {
        assertTorchError(.runtime, "shape '[4]' is invalid for input of size 6") { try Tensor.ones([2, 3]).view([4]) }
        assertTorchError(.runtime, "view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.") {
            try Tensor.ones([2, 3]).t().view([6])
        }
        assertTorchError(.runtime, "only one dimension can be inferred") { try Tensor.ones([6]).view([-1, -1]) }
        assertTorchError(.runtime, "shape '[4, -1]' is invalid for input of size 6") { try Tensor.ones([6]).view([4, -1]) }
        assertTorchError(.runtime, "shape '[2]' is invalid for input of size 1") { try Tensor.scalar(.float(1)).view([2]) }
        assertTorchError(.runtime, "shape '[4]' is invalid for input of size 6") { try Tensor.ones([6]).reshape([4]) }
        assertTorchError(.runtime, "The expanded size of the tensor (2) must match the existing size (3) at non-singleton dimension 1.  Target sizes: [4, 2].  Tensor sizes: [3]") {
            try Tensor.ones([3]).expand([4, 2])
        }
        assertTorchError(.runtime, "expand(torch.FloatTensor{[2, 3]}, size=[3]): the number of sizes provided (1) must be greater or equal to the number of dimensions in the tensor (2)") {
            try Tensor.ones([2, 3]).expand([3])
        }
        assertTorchError(.runtime, "t() expects a tensor with <= 2 dimensions, but self is 3D") { try Tensor.ones([2, 3, 4]).t() }
    }

    func testIndexErrors() {
        assertTorchError(.index, "index 3 is out of bounds for dimension 0 with size 3") { try Tensor.ones([3]).index([.int(3)]) }
        assertTorchError(.index, "index -4 is out of bounds for dimension 0 with size 3") { try Tensor.ones([3]).index([.int(-4)]) }
        assertTorchError(.index, "index 5 is out of bounds for dimension 1 with size 3") { try Tensor.ones([2, 3]).index([.int(0), .int(5)]) }
        assertTorchError(.index, "too many indices for tensor of dimension 1") { try Tensor.ones([3]).index([.int(0), .int(0)]) }
        assertTorchError(.index, "too many indices for tensor of dimension 1") { try Tensor.ones([3]).index([all, all]) }
        assertTorchError(.index, "too many indices for tensor of dimension 1") { try Tensor.ones([3]).index([.newAxis, .int(0), .int(0)]) }
        assertTorchError(.index, "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to convert a 0-dim tensor to a number") {
            try Tensor.scalar(.float(1)).index([.int(0)])
        }
        assertTorchError(.value, "slice step cannot be zero") { try Tensor.ones([3]).index([.slice(start: nil, stop: nil, step: 0)]) }
        assertTorchError(.value, "step must be greater than zero") { try Tensor.ones([3]).index([.slice(start: nil, stop: nil, step: -1)]) }
        assertTorchError(.index, "index 3 is out of bounds for dimension 0 with size 3") { try Tensor.ones([3]).setIndex([.int(3)], .wrapped(.float(1))) }
    }

    func testDimOutOfRange() {
        assertTorchError(.index, "Dimension out of range (expected to be in range of [-2, 1], but got 2)") { try Tensor.ones([2, 3]).sum(dims: [2]) }
        assertTorchError(.index, "Dimension out of range (expected to be in range of [-2, 1], but got -3)") { try Tensor.ones([2, 3]).transpose(0, -3) }
        assertTorchError(.index, "Dimension out of range (expected to be in range of [-3, 2], but got 3)") { try Tensor.ones([2, 3]).unsqueeze(3) }
        assertTorchError(.index, "Dimension out of range (expected to be in range of [-2, 1], but got 2)") { try Tensor.ones([2, 3]).squeeze(2) }
        assertTorchError(.index, "Dimension out of range (expected to be in range of [-2, 1], but got 2)") { try Tensor.ones([2, 3]).mean(dims: [2]) }
        assertTorchError(.runtime, "dim 0 appears multiple times in the list of dims") { try Tensor.ones([2, 3]).sum(dims: [0, 0]) }
    }

    func testItemAndDtypeErrors() {
        assertTorchError(.runtime, "a Tensor with 3 elements cannot be converted to Scalar") { try Tensor.ones([3]).item() }
        assertTorchError(.runtime, "a Tensor with 0 elements cannot be converted to Scalar") { try Tensor.ones([0]).item() }
        assertTorchError(.notImplemented, "mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: Long") {
            try Tensor.ones([3], dtype: .int64).mean()
        }
        assertTorchError(.notImplemented, "mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: Long") {
            try Tensor.ones([3], dtype: .int64).mean(dims: [0])
        }
        assertTorchError(.notImplemented, "linalg.vector_norm: Expected a floating point or complex tensor as input. Got Long") {
            try Tensor.ones([3], dtype: .int64).vectorNorm()
        }
        assertTorchError(.notImplemented, "Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.") {
            try Tensor.ones([1], dtype: .bool).sub(Tensor.ones([1], dtype: .bool))
        }
        assertTorchError(.notImplemented, "Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.") {
            try Tensor.ones([1], dtype: .bool).neg()
        }
        assertTorchError(.runtime, "Integers to negative integer powers are not allowed.") {
            try Tensor.ones([3], dtype: .int64).pow(-1, exponentIsInt: true)
        }
        assertTorchError(.runtime, "result type Float can't be cast to the desired output type Long") {
            try Tensor.ones([3], dtype: .int64).div_(Tensor.wrapped(.int(2)))
        }
        assertTorchError(.runtime, "result type Float can't be cast to the desired output type Long") {
            try Tensor.ones([3], dtype: .int64).add_(Tensor.wrapped(.float(1.5)))
        }
        assertTorchError(.runtime, "output with shape [3] doesn't match the broadcast shape [2, 3]") {
            try Tensor.ones([3]).add_(Tensor.ones([2, 3]))
        }
    }

    func testRequiresGradErrors() throws {
        assertTorchError(.runtime, "only Tensors of floating point dtype can require gradients") {
            try Tensor.ones([3], dtype: .int64).requiresGrad_(true)
        }
        assertTorchError(.runtime, "Only Tensors of floating point and complex dtype can require gradients") {
            try Tensor.ones([2], dtype: .int64).withRequiresGrad(true)
        }
        let x = try leaf([1, 1], [2])
        let y = try x.mul(Tensor.wrapped(.int(2)))
        assertTorchError(.runtime, "you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().") {
            try y.requiresGrad_(false)
        }
        XCTAssertNoThrow(try y.requiresGrad_(true))
        XCTAssertNoThrow(try x.retainGrad())
        assertTorchError(.runtime, "can't retain_grad on Tensor that has requires_grad=False") { try Tensor.ones([2]).retainGrad() }
        try x.requiresGrad_(false)
        XCTAssertFalse(x.requiresGrad)
    }

    func testInPlaceOnLeafErrors() throws {
        let x = try leaf([1, 1, 1], [3])
        let msg = "a leaf Variable that requires grad is being used in an in-place operation."
        assertTorchError(.runtime, msg) { try x.add_(Tensor.wrapped(.int(1))) }
        assertTorchError(.runtime, msg) { try x.mul_(Tensor.wrapped(.int(2))) }
        assertTorchError(.runtime, msg) { try x.fill_(.float(5)) }
        assertTorchError(.runtime, msg) { try x.zero_() }
        assertTorchError(.runtime, msg) { try x.copy_(Tensor.ones([3])) }
        assertTorchError(.runtime, "a view of a leaf Variable that requires grad is being used in an in-place operation.") {
            try x.setIndex([.int(0)], .wrapped(.float(5)))
        }
        XCTAssertEqual(x.floatValues(), [1, 1, 1])
        XCTAssertEqual(x.version.value, 0)
    }

    func testBackwardErrors() throws {
        assertTorchError(.runtime, "grad can be implicitly created only for scalar outputs") {
            try leaf([1, 1, 1], [3]).mul(Tensor.wrapped(.int(2))).backward()
        }
        assertTorchError(.runtime, "element 0 of tensors does not require grad and does not have a grad_fn") {
            try Tensor.ones([3]).sum().backward()
        }
        assertTorchError(.runtime, "Mismatch in shape: grad_output[0] has a shape of torch.Size([2]) and output[0] has a shape of torch.Size([3]).") {
            try leaf([1, 1, 1], [3]).mul(Tensor.wrapped(.int(2))).backward(gradient: Tensor.ones([2]))
        }
    }
}
