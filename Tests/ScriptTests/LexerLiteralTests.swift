import XCTest
@testable import Script

final class LexerLiteralTests: XCTestCase {
    private func kinds(_ source: String) throws -> [TokenKind] {
        try Lexer.tokenize(source).map(\.kind)
    }

    private func single(_ source: String) throws -> TokenKind {
        let all = try kinds(source)
        XCTAssertEqual(all.count, 3, "\(all)")  // literal, NEWLINE, ENDMARKER
        return all[0]
    }

    private func string(_ source: String) throws -> String? {
        if case .string(let literal) = try single(source) { return literal.value }
        return nil
    }

    func testIntegers() throws {
        XCTAssertEqual(try single("100_000"), .integer(100_000))
        XCTAssertEqual(try single("0xFF"), .integer(255))
        XCTAssertEqual(try single("0o17"), .integer(15))
        XCTAssertEqual(try single("0b1010"), .integer(10))
        XCTAssertEqual(try single("0"), .integer(0))
        XCTAssertEqual(try single("00"), .integer(0))
        XCTAssertEqual(try single("100000000000000000000"), .bigInteger("100000000000000000000"))
    }

    func testFloats() throws {
        XCTAssertEqual(try single("1e-5"), .float(1e-5))
        XCTAssertEqual(try single("3."), .float(3.0))
        XCTAssertEqual(try single(".5"), .float(0.5))
        XCTAssertEqual(try single("1_000.0"), .float(1000.0))
        XCTAssertEqual(try single("1.5E+3"), .float(1500.0))
        XCTAssertEqual(try single("1e400"), .float(.infinity))
        XCTAssertEqual(try single("2j"), .imaginary(2.0))
    }

    func testStrings() throws {
        XCTAssertEqual(try string("'a\\nb'"), "a\nb")
        XCTAssertEqual(try string("\"it's\""), "it's")
        XCTAssertEqual(try string("'\\x41\\u00e9\\101\\''"), "Aé A'".replacingOccurrences(of: " ", with: ""))
        XCTAssertEqual(try string("r'a\\nb'"), "a\\nb")
        XCTAssertEqual(try string("r'\\''"), "\\'")
        XCTAssertEqual(try string("'''x\ny'''"), "x\ny")
        XCTAssertEqual(try string("\"\"\"a \"quoted\" b\"\"\""), "a \"quoted\" b")
        XCTAssertEqual(try string("'\\q'"), "\\q")
        XCTAssertEqual(try string("'caf\u{e9}'"), "café")
    }

    func testFStringTokenKeepsRawBody() throws {
        guard case .string(let literal) = try single("f'{x!r:>{w}} {{}}\\n'") else { return XCTFail() }
        XCTAssertTrue(literal.isFString)
        XCTAssertEqual(literal.value, "{x!r:>{w}} {{}}\\n")
        XCTAssertEqual(literal.bodyStart, SourcePosition(line: 1, column: 3))
    }

    func testOperatorsAndPositions() throws {
        let tokens = try Lexer.tokenize("a **= b // c @ d != e -> ...")
        XCTAssertEqual(tokens.map(\.kind), [
            .name("a"), .op("**="), .name("b"), .op("//"), .name("c"), .op("@"), .name("d"), .op("!="), .name("e"),
            .op("->"), .op("..."), .newline, .endMarker,
        ])
        XCTAssertEqual(tokens[2].start, SourcePosition(line: 1, column: 7))
        XCTAssertEqual(tokens[2].end, SourcePosition(line: 1, column: 8))
    }

    func testIndentationTokens() throws {
        let source = "if x:\n    y = 1\n\n    # comment\n    if z:\n        w\nv\n"
        XCTAssertEqual(try kinds(source), [
            .keyword("if"), .name("x"), .op(":"), .newline,
            .indent, .name("y"), .op("="), .integer(1), .newline,
            .keyword("if"), .name("z"), .op(":"), .newline,
            .indent, .name("w"), .newline,
            .dedent, .dedent, .name("v"), .newline, .endMarker,
        ])
    }

    func testTabsIndentConsistently() throws {
        XCTAssertEqual(try kinds("if x:\n\ty\n\tif z:\n\t\tw\n").filter { $0 == .indent || $0 == .dedent },
                       [.indent, .indent, .dedent, .dedent])
        XCTAssertThrowsError(try Lexer.tokenize("if x:\n    y\n\tz\n")) { error in
            XCTAssertEqual((error as? SyntaxError)?.kind, .tabError)
            XCTAssertEqual((error as? SyntaxError)?.message, "inconsistent use of tabs and spaces in indentation")
        }
    }

    func testBracketsJoinLinesAndBackslashContinues() throws {
        XCTAssertEqual(try kinds("f(1,\n   2)\nx = 1 + \\\n  2\n"), [
            .name("f"), .op("("), .integer(1), .op(","), .integer(2), .op(")"), .newline,
            .name("x"), .op("="), .integer(1), .op("+"), .integer(2), .newline, .endMarker,
        ])
    }

    func testLexerErrors() {
        func message(_ source: String) -> String? {
            do {
                _ = try Lexer.tokenize(source)
                return nil
            } catch {
                return (error as? SyntaxError)?.message
            }
        }
        XCTAssertEqual(message("x = 1abc"), "invalid decimal literal")
        XCTAssertEqual(message("x = 1__0"), "invalid decimal literal")
        XCTAssertEqual(message("x = 0123"),
                       "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
        XCTAssertEqual(message("x = 0xZ"), "invalid hexadecimal literal")
        XCTAssertEqual(message("x = \u{20AC}"), "invalid character '\u{20AC}' (U+20AC)")
        XCTAssertEqual(message("x = $"), "invalid syntax")
        XCTAssertEqual(message("'\\xZ'"),
                       "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape")
    }
}
