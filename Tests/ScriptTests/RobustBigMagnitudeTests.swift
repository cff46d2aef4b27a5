import XCTest
@testable import Script

/// `BigMagnitude` (the limbs behind `pow(a, b, m)` on big ints) against `BigDecimal`'s digit strings:
/// division by Knuth's algorithm D is the part that is easy to get subtly wrong (its add-back step
/// runs for about one quotient digit in 2**32), so random operands of many sizes, with divisors whose
/// top limbs make the estimate too large, are checked by q * d + r == a and r < d.
final class RobustBigMagnitudeTests: XCTestCase {
    private struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func digits(_ n: Int) -> String {
            var s = String(next() % 9 + 1)
            for _ in 1..<max(n, 1) { s += String(next() % 10) }
            return s
        }
    }

    func testDivisionAgreesWithDecimalArithmetic() {
        var rng = SplitMix(state: 21)
        for _ in 0..<400 {
            let a = rng.digits(Int(rng.next() % 90) + 1)
            // Divisors near powers of two and with all-ones top limbs exercise the estimate's corrections.
            let d: String
            switch rng.next() % 4 {
            case 0: d = BigDecimal.add(BigMagnitude(limbs: [0, 0, UInt32(rng.next() % 4) + 1]).decimal, "-1")
            case 1: d = BigMagnitude(limbs: [UInt32(truncatingIfNeeded: rng.next()), 0xFFFF_FFFF, 0x8000_0000]).decimal
            default: d = rng.digits(Int(rng.next() % 40) + 1)
            }
            let (q, r) = BigMagnitude(decimal: a).quotientAndRemainder(dividingBy: BigMagnitude(decimal: d))
            XCTAssertEqual(BigDecimal.add(BigDecimal.multiply(q.decimal, d), r.decimal), a, "\(a) / \(d)")
            XCTAssertEqual(BigDecimal.compare(r.decimal, d), -1, "\(a) % \(d)")
            XCTAssertEqual(BigMagnitude(decimal: a).decimal, a)
        }
    }

    func testModularPowerMatchesCPython() throws {
        let interp = Interpreter()
        func pow(_ a: String, _ b: String, _ m: String) throws -> String {
            func v(_ s: String) -> Value { Arithmetic.normalizeBig(s) }
            return Repr.repr(try Builtins.modularPower(v(a), v(b), v(m), interp))
        }
        // python3: pow(10**30, 2, 10**40 + 7), pow(2, 10**30, 10**40 + 7), pow(-7, 10**25 + 1, 13)
        XCTAssertEqual(try pow("1" + String(repeating: "0", count: 30), "2", "1" + String(repeating: "0", count: 39) + "7"),
                       "9999999999999999999300000000000000000007")
        XCTAssertEqual(try pow("2", "1" + String(repeating: "0", count: 30), "1" + String(repeating: "0", count: 39) + "7"),
                       "9876351759253779499038390711716799184558")
        XCTAssertEqual(try pow("-7", "1" + String(repeating: "0", count: 24) + "1", "13"), "2")
        XCTAssertThrowsError(try pow("6", "-1", "1" + String(repeating: "0", count: 20)))
    }
}
