import XCTest
@testable import Autograd

/// Full `prod()` in binary_kernel_reduce_vec's order (AVX2 lanes, four accumulators, the thread
/// split of 32,768+ elements), against torch 2.15's bits for x_i = 1 + ((37·i mod 101) − 50) / 5000.
final class ProdParityTests: XCTestCase {
    func testFullProductMatchesPyTorch() throws {
        let expected: [(Int, UInt32, UInt64)] = [
            (63, 0x3f808dcc, 0x3ff011b9799acd81),
            (100, 0x3f7ed8e0, 0x3fefdb1c3ceb7f97),
            (1000, 0x3f7c2e42, 0x3fef85c92589f13c),
            (40000, 0x3eff4a4f, 0x3fdfe94ef93b795e),
        ]
        for (n, float, double) in expected {
            // The 40,000 case splits over the threads; torch's figure is for 2 of them.
            if n >= VectorLoop.grainSize && VectorLoop.threads != 2 { continue }
            let x = (0..<n).map { i -> Float in Float((i * 37) % 101 - 50) / 5000 + 1 }
            XCTAssertEqual(Tensor(floats: x, shape: [n]).prod().floatValues()[0].bitPattern, float, "float32 prod of \(n)")
            XCTAssertEqual(Tensor(doubles: x.map(Double.init), shape: [n]).prod().doubleValues()[0].bitPattern, double, "float64 prod of \(n)")
        }
    }
}
