import XCTest
@testable import Autograd

/// The brief's examples of Python `repr(float)` and `format(value, spec)`, checked against
/// CPython 3.11 results.
final class PrintPythonFormatTests: XCTestCase {
    func testRepr() {
        XCTAssertEqual(PythonFloat.repr(2.0), "2.0")
        XCTAssertEqual(PythonFloat.repr(1.0 / 3.0), "0.3333333333333333")
        XCTAssertEqual(PythonFloat.repr(1e-5), "1e-05")
        XCTAssertEqual(PythonFloat.repr(1e20), "1e+20")
        XCTAssertEqual(PythonFloat.repr(1.5e-7), "1.5e-07")
        XCTAssertEqual(PythonFloat.repr(-0.0), "-0.0")
        XCTAssertEqual(PythonFloat.repr(.infinity), "inf")
        XCTAssertEqual(PythonFloat.repr(-.infinity), "-inf")
        XCTAssertEqual(PythonFloat.repr(.nan), "nan")
        XCTAssertEqual(PythonFloat.repr(100000.0), "100000.0")
        XCTAssertEqual(PythonFloat.repr(1e16), "1e+16")
        XCTAssertEqual(PythonFloat.repr(1e15), "1000000000000000.0")
        XCTAssertEqual(PythonFloat.repr(9007199254740992.0), "9007199254740992.0")
        XCTAssertEqual(PythonFloat.repr(0.0001), "0.0001")
        XCTAssertEqual(PythonFloat.repr(Double(Float(1.9269152879714966))), "1.9269152879714966")
        XCTAssertEqual(PythonFloat.str(0.1), "0.1")
    }

    func testFloatFormats() throws {
        XCTAssertEqual(try PythonFormat.format(.float(0.5678), spec: ".2f"), "0.57")
        XCTAssertEqual(try PythonFormat.format(.float(0.68912), spec: "3.3f"), "0.689")
        XCTAssertEqual(try PythonFormat.format(.float(3.14159), spec: ">8.4f"), "  3.1416")
        XCTAssertEqual(try PythonFormat.format(.float(1.23456), spec: "e"), "1.234560e+00")
        XCTAssertEqual(try PythonFormat.format(.float(0.0001234), spec: "g"), "0.0001234")
        XCTAssertEqual(try PythonFormat.format(.float(1234567.891), spec: ","), "1,234,567.891")
        XCTAssertEqual(try PythonFormat.format(.float(2.675), spec: ".2f"), "2.67")
        XCTAssertEqual(try PythonFormat.format(.float(0.125), spec: ".2f"), "0.12")
        XCTAssertEqual(try PythonFormat.format(.float(0.375), spec: ".2f"), "0.38")
        XCTAssertEqual(try PythonFormat.format(.float(2.5), spec: ".0f"), "2")
        XCTAssertEqual(try PythonFormat.format(.float(12.0), spec: ".3"), "12.0")
        XCTAssertEqual(try PythonFormat.format(.float(1234.5), spec: ".2"), "1.2e+03")
        XCTAssertEqual(try PythonFormat.format(.float(0.5), spec: "%"), "50.000000%")
        XCTAssertEqual(try PythonFormat.format(.float(-1.5), spec: "07,"), "-0,001.5")
        XCTAssertEqual(try PythonFormat.format(.float(.infinity), spec: "010"), "0000000inf")
        XCTAssertEqual(try PythonFormat.format(.float(-0.0001), spec: "z.2f"), "0.00")
        XCTAssertEqual(try PythonFormat.format(.float(-0.0001), spec: ".2f"), "-0.00")
    }

    func testIntStringBoolFormats() throws {
        XCTAssertEqual(try PythonFormat.format(.int(42), spec: "5d"), "   42")
        XCTAssertEqual(try PythonFormat.format(.int(1234567), spec: ","), "1,234,567")
        XCTAssertEqual(try PythonFormat.format(.int(1234), spec: "08,"), "0,001,234")
        XCTAssertEqual(try PythonFormat.format(.int(-12), spec: "=+8"), "-     12")
        XCTAssertEqual(try PythonFormat.format(.int(255), spec: "#x"), "0xff")
        XCTAssertEqual(try PythonFormat.format(.int(3), spec: ".2f"), "3.00")
        XCTAssertEqual(try PythonFormat.format(.int(Int.min), spec: "d"), "-9223372036854775808")
        XCTAssertEqual(try PythonFormat.format(.string("ab"), spec: "<10"), "ab        ")
        XCTAssertEqual(try PythonFormat.format(.string("ab"), spec: "^7"), "  ab   ")
        XCTAssertEqual(try PythonFormat.format(.string("hello"), spec: ".2"), "he")
        XCTAssertEqual(try PythonFormat.format(.bool(true), spec: ""), "True")
        XCTAssertEqual(try PythonFormat.format(.bool(true), spec: ">5"), "    1")
        XCTAssertEqual(try PythonFormat.format(.bool(false), spec: ".1f"), "0.0")
    }

    func testErrors() {
        XCTAssertThrowsError(try PythonFormat.format(.float(1.5), spec: "d")) { error in
            XCTAssertEqual("\(error)", "ValueError: Unknown format code 'd' for object of type 'float'")
        }
        XCTAssertThrowsError(try PythonFormat.format(.string("a"), spec: "f")) { error in
            XCTAssertEqual((error as? PythonFormatError)?.message, "Unknown format code 'f' for object of type 'str'")
        }
        XCTAssertThrowsError(try PythonFormat.format(.float(1.5), spec: "99999999999999999999f")) { error in
            XCTAssertEqual((error as? PythonFormatError)?.message, "Too many decimal digits in format string")
        }
    }
}
