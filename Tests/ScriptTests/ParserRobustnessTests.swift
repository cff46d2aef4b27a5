import XCTest
@testable import Script

final class ParserRobustnessTests: XCTestCase {
    /// A statement of a long script is parsed alone with its own line number (the debugger's script
    /// mode), giving the lines and errors parsing it behind blank lines gave.
    func testAStartLineNumbersTheStatementsAndErrors() throws {
        let module = try Parser.parse("x = 1\ny = 2\n", startLine: 7000)
        XCTAssertEqual(module.body.map(\.start.line), [7000, 7001])
        XCTAssertThrowsError(try Parser.parse("z = (\n", startLine: 7000)) { e in
            XCTAssertEqual((e as? SyntaxError)?.line, 7000)
        }
    }

    func testDeepParenthesesGiveAnError() {
        let source = "x = " + String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000)
        XCTAssertThrowsError(try parseModule(source)) { error in
            XCTAssertEqual((error as? SyntaxError)?.message, "too many nested parentheses")
        }
        let ok = String(repeating: "(", count: 150) + "1" + String(repeating: ")", count: 150)
        XCTAssertNoThrow(try parseModule(ok))
        let brackets = String(repeating: "[", count: 199) + String(repeating: "]", count: 199)
        XCTAssertNoThrow(try parseModule(brackets))
    }

    func testDeepOperatorChainsGiveAnError() {
        for op in ["-", "not ", "~"] {
            let source = String(repeating: op, count: 100_000) + "x"
            XCTAssertThrowsError(try parseModule(source), op)
        }
        let power = Array(repeating: "x", count: 100_000).joined(separator: "**")
        XCTAssertThrowsError(try parseModule(power))
        let ternary = String(repeating: "a if b else ", count: 50_000) + "c"
        XCTAssertThrowsError(try parseModule(ternary))
        let lambdas = String(repeating: "lambda: ", count: 50_000) + "0"
        XCTAssertThrowsError(try parseModule(lambdas))
        // CPython fails such chains with a RecursionError during compilation; we refuse them while parsing.
        let longSum = Array(repeating: "x", count: 100_000).joined(separator: " + ")
        XCTAssertThrowsError(try parseModule(longSum)) { error in
            XCTAssertEqual((error as? SyntaxError)?.message, "expression too long or too deeply nested")
        }
        let longTrailers = "x" + String(repeating: ".a", count: 100_000)
        XCTAssertThrowsError(try parseModule(longTrailers))
        let reasonableSum = Array(repeating: "x", count: 500).joined(separator: " + ")
        XCTAssertNoThrow(try parseModule(reasonableSum))
        let unary = String(repeating: "-", count: 500) + "x"
        XCTAssertNoThrow(try parseModule(unary))
    }

    func testDeepIndentationGivesAnError() {
        var source = ""
        for level in 0..<150 {
            source += String(repeating: " ", count: level) + "if x:\n"
        }
        source += String(repeating: " ", count: 150) + "pass\n"
        XCTAssertThrowsError(try parseModule(source)) { error in
            XCTAssertEqual((error as? SyntaxError)?.message, "too many levels of indentation")
        }
    }

    func testHugeLinesNulAndGarbage() {
        let big = "x = [" + String(repeating: "1.5, ", count: 200_000) + "1]"
        XCTAssertNoThrow(try parseModule(big))
        let bigString = "s = '" + String(repeating: "a", count: 1_000_000) + "'"
        XCTAssertNoThrow(try parseModule(bigString))
        XCTAssertThrowsError(try parseModule("x = 1\0")) { error in
            XCTAssertEqual((error as? SyntaxError)?.message, "source code cannot contain null bytes")
        }
        let lossy = String(decoding: [0x78, 0x20, 0x3D, 0x20, 0xFF, 0xFE, 0x0A], as: UTF8.self)
        XCTAssertThrowsError(try parseModule(lossy)) { error in
            XCTAssertEqual((error as? SyntaxError)?.message, "invalid character '\u{FFFD}' (U+FFFD)")
            XCTAssertEqual((error as? SyntaxError)?.column, 5)
        }
        for garbage in ["\u{7}", "\\", "f'{", "'''", "((((", ")))", "x = [1, 2", "@", "def", "class", "lambda", "f'{x!}'",
                        "f'{x:{y:{z}}}'", "0x", "1e", "1_", "\u{FEFF}x", "if\n", "for x in", "x[", "x.", "\t\t\t", "\r\r",
                        "try:\n  x\n", "a if", "f(**)", "*", "**x", "x = *a"] {
            do {
                _ = try parseModule(garbage)
            } catch {
                XCTAssertFalse(error.rendered.isEmpty)
            }
        }
    }

    func testIncompleteInput() {
        XCTAssertTrue(isIncompleteInput("x = (1 +\n"))
        XCTAssertTrue(isIncompleteInput("foo(\n  a,\n"))
        XCTAssertTrue(isIncompleteInput("for i in range(3):\n"))
        XCTAssertTrue(isIncompleteInput("for i in range(3):\n    print(i)\n"))
        XCTAssertTrue(isIncompleteInput("with torch.no_grad(): w -= 1\n"))
        XCTAssertTrue(isIncompleteInput("def f(x):\n    y = x\n    return y"))
        XCTAssertTrue(isIncompleteInput("s = '''abc\n"))
        XCTAssertTrue(isIncompleteInput("x = 1 + \\\n"))
        XCTAssertTrue(isIncompleteInput("if x:\n    a\nelse:\n"))
        XCTAssertFalse(isIncompleteInput("for i in range(3):\n    print(i)\n\n"))
        XCTAssertFalse(isIncompleteInput("x = 1\n"))
        XCTAssertFalse(isIncompleteInput("print(x)"))
        XCTAssertFalse(isIncompleteInput("d = {'a': 1}\n"))
        XCTAssertFalse(isIncompleteInput("x = )\n"))
        XCTAssertFalse(isIncompleteInput("x = 'abc\n"))
        XCTAssertFalse(isIncompleteInput("print(a b\n"))
        XCTAssertFalse(isIncompleteInput(""))
    }
}
