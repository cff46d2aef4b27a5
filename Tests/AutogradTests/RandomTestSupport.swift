import XCTest

/// Bit-exact comparison of float fills against PyTorch's `.tolist()` doubles.
func randomAssertExactly(
    _ got: [Float], _ expected: [Double], _ label: String = "",
    file: StaticString = #filePath, line: UInt = #line
) {
    XCTAssertEqual(got.count, expected.count, "\(label): count", file: file, line: line)
    var mismatches = 0
    for (index, (value, want)) in zip(got, expected).enumerated() where Double(value) != want {
        mismatches += 1
        if mismatches <= 5 {
            XCTFail("\(label)[\(index)]: got \(Double(value)), PyTorch \(want)", file: file, line: line)
        }
    }
    if mismatches > 5 { XCTFail("\(label): \(mismatches) mismatches in all", file: file, line: line) }
}

/// Left-to-right Double sum, the same order Python's `for` loop used for the reference checksums.
func randomSequentialSum(_ values: [Float]) -> Double {
    var total = 0.0
    for value in values { total += Double(value) }
    return total
}
