import XCTest
@testable import Script

/// Python ints past 64 bits and sets in CPython's iteration order (expected values from CPython 3).
final class BigIntAndSetTests: XCTestCase {
    func run(_ source: String) throws -> String {
        var out = ""
        let interp = Interpreter(output: { out += $0 }, warn: { _ in })
        try interp.run(source)
        return out
    }

    func testFloorDivisionAndModuloFollowPython() {
        XCTAssertEqual(BigDecimal.floorDivMod("1000000000000000000000000000000", "7")?.quotient, "142857142857142857142857142857")
        XCTAssertEqual(BigDecimal.floorDivMod("-10000000000000000000000000", "3")?.quotient, "-3333333333333333333333334")
        XCTAssertEqual(BigDecimal.floorDivMod("-36893488147419103232", "7")?.remainder, "3")
        XCTAssertEqual(BigDecimal.floorDivMod("100000000000000000000", "-7")?.remainder, "-5")
        XCTAssertNil(BigDecimal.floorDivMod("5", "0"))
        XCTAssertEqual(BigDecimal.compare("-18446744073709551616", "5"), -1)
        XCTAssertEqual(BigDecimal.integral(1e20), "100000000000000000000")
    }

    func testBigIntProgram() throws {
        let out = try run("""
        print(2 ** 64 % 1000, 10 ** 19 < 9 * 10 ** 18, max(2 ** 64, 5), int(1e20))
        print(-(10 ** 20) // 7, 2 ** 64 >= 2 ** 64, 10 ** 19 == 1e19)
        """)
        XCTAssertEqual(out, "616 False 18446744073709551616 100000000000000000000\n-14285714285714285715 True True\n")
    }

    func testSetsPrintInCPythonOrder() throws {
        let out = try run("""
        print({10, 3, 8, 1, 100, 7, 64, 33, 17})
        print({1, 2} | {9, 17, 33}, set(), {-1, -5, 2, 0.5, 1.5})
        s = set(range(30)); s.discard(4); s.add(100); print(len(s), 4 in s, 100 in s)
        print({1, 2, 3, 40} & {40, 2, 9}, set([5, 4, 3]) - {4}, sorted({3, 1, 2}, reverse=True))
        """)
        XCTAssertEqual(out, """
        {64, 1, 33, 3, 100, 7, 8, 10, 17}
        {1, 2, 17, 33, 9} set() {0.5, 1.5, 2, -5, -1}
        30 False True
        {40, 2} {3, 5} [3, 2, 1]

        """)
    }
}
