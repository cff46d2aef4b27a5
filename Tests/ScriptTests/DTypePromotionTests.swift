import XCTest
import Autograd
@testable import Script

/// The promotion tables of the small dtypes, as `np.promote_types` and `torch.promote_types` print
/// them (numpy 2.4 and torch 2.15, every pair).
final class DTypePromotionTests: XCTestCase {
    static let numpyNames = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16", "float32", "float64"]
    static let numpyTable = """
        bool int8 int16 int32 int64 uint8 uint16 uint32 uint64 float16 float32 float64
        int8 int8 int16 int32 int64 int16 int32 int64 float64 float16 float32 float64
        int16 int16 int16 int32 int64 int16 int32 int64 float64 float32 float32 float64
        int32 int32 int32 int32 int64 int32 int32 int64 float64 float64 float64 float64
        int64 int64 int64 int64 int64 int64 int64 int64 float64 float64 float64 float64
        uint8 int16 int16 int32 int64 uint8 uint16 uint32 uint64 float16 float32 float64
        uint16 int32 int32 int32 int64 uint16 uint16 uint32 uint64 float32 float32 float64
        uint32 int64 int64 int64 int64 uint32 uint32 uint32 uint64 float64 float64 float64
        uint64 float64 float64 float64 float64 uint64 uint64 uint64 uint64 float64 float64 float64
        float16 float16 float32 float64 float64 float16 float32 float64 float64 float16 float32 float64
        float32 float32 float32 float64 float64 float32 float32 float64 float64 float32 float32 float64
        float64 float64 float64 float64 float64 float64 float64 float64 float64 float64 float64 float64
        """
    static let torchNames = ["bool", "int8", "int16", "int32", "int64", "uint8", "float16", "float32", "float64"]
    static let torchTable = """
        bool int8 int16 int32 int64 uint8 float16 float32 float64
        int8 int8 int16 int32 int64 int16 float16 float32 float64
        int16 int16 int16 int32 int64 int16 float16 float32 float64
        int32 int32 int32 int32 int64 int32 float16 float32 float64
        int64 int64 int64 int64 int64 int64 float16 float32 float64
        uint8 int16 int16 int32 int64 uint8 float16 float32 float64
        float16 float16 float16 float16 float16 float16 float16 float32 float64
        float32 float32 float32 float32 float32 float32 float32 float32 float64
        float64 float64 float64 float64 float64 float64 float64 float64 float64
        """

    static func dtype(_ name: String) -> DType? { DType(rawValue: "torch." + name) }

    func check(_ names: [String], _ table: String, _ promote: (DType, DType) -> DType) {
        let rows = table.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        XCTAssertEqual(rows.count, names.count)
        for (i, row) in rows.enumerated() {
            for (j, want) in row.enumerated() {
                guard let a = Self.dtype(names[i]), let b = Self.dtype(names[j]) else { return XCTFail("unknown dtype") }
                XCTAssertEqual(promote(a, b).shortName, want, "\(names[i]) with \(names[j])")
            }
        }
    }

    func testNumpyPromotion() { check(Self.numpyNames, Self.numpyTable, NumpyDType.promote) }
    func testTorchPromotion() { check(Self.torchNames, Self.torchTable, DType.promote) }

    /// Casts from float as x86's C casts make them (numpy's and PyTorch's).
    func testCastsFromDouble() {
        XCTAssertEqual([300.7, -1.5, 1e10, .nan].map(DType.uint8.castFromDouble), [44, 255, 0, 0])
        XCTAssertEqual([300.7, -1.5, 1e10, 200].map(DType.int8.castFromDouble), [44, -1, 0, -56])
        XCTAssertEqual([1e10, -1e10, -1].map(DType.uint32.castFromDouble), [1410065408, 2884901888, 4294967295])
        XCTAssertEqual([1e20, -1, -3.7].map(DType.uint64.castFromDouble).map { UInt64(bitPattern: $0) }, [0, UInt64.max, UInt64.max - 2])
    }
}
