import Foundation
import XCTest
@testable import Script

/// The op-table edge-shape property: every op (Tests/Oracle/shapes, written by Tools/gen_shape_cases.py)
/// runs on random 0-d, empty, size-1 broadcast and mismatched shapes with random dims, and must print what
/// PyTorch 2.15 printed: the same result and gradients, or the same error. A trap fails the whole run.
final class OpShapePropertyTests: XCTestCase {
    /// Programs whose output still differs, with why.
    static let knownDifferences: Set<String> = [
        // PyTorch's index_put_ on empty tensors fails with internal setStorage errors (and succeeds on
        // some empty shapes); gradstep gives the ordinary out-of-bounds IndexError.
        "op_index_put",
    ]

    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Oracle").appendingPathComponent("shapes")
    }

    func testEveryOpOnEdgeShapesMatchesPyTorch() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
            .filter { $0.hasSuffix(".py") }.map { String($0.dropLast(3)) }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 80, "expected the edge-shape corpus in \(Self.directory.path)")
        for name in names where !Self.knownDifferences.contains(name) {
            let base = Self.directory.appendingPathComponent(name)
            let source = try String(contentsOf: base.appendingPathExtension("py"), encoding: .utf8)
            let expected = try String(contentsOf: base.appendingPathExtension("out"), encoding: .utf8)
            let (stdout, error) = OracleCasesTests.run(source)
            XCTAssertNil(error, "\(name).py")
            let got = stdout.split(separator: "\n", omittingEmptySubsequences: false)
            let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
            if let k = (0..<min(got.count, want.count)).first(where: { got[$0] != want[$0] }) ?? (got.count == want.count ? nil : min(got.count, want.count)) {
                XCTFail("\(name).py line \(k + 1): got \(k < got.count ? String(got[k]) : "<end>"), PyTorch printed \(k < want.count ? String(want[k]) : "<end>")")
            }
        }
    }
}
