import XCTest
@testable import Script

/// Which error a file with a syntax error and a later tokenizer error reports: CPython 3.11 tokenizes
/// the rest of the file after a parser error and reports a tokenizer error found there (found replaying
/// a fuzz artifact whose second line held U+FFFD). Expected values from python3's `compile`.
final class RobustSyntaxPrecedenceTests: XCTestCase {
    func testTokenizerErrorAfterASyntaxErrorWinsAsInCPython() {
        let cases: [(String, Int, Int, String)] = [
            ("if x\n    pass\nx = (1 ]\n", 3, 8, "closing parenthesis ']' does not match opening parenthesis '('"),
            ("impo torch\nx = 1 $ 2\n", 1, 6, "invalid syntax"),
            ("impo torch\ns = \"abc\n", 2, 5, "unterminated string literal (detected at line 2)"),
            ("impo torch\nx = (\n", 1, 6, "invalid syntax"),
            ("x = (\nimpo torch\n", 1, 5, "'(' was never closed"),
            ("x = = 1\ny = 00_777\n", 2, 5, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"),
            ("  x = 1\ny = 0777\n", 1, 2, "unexpected indent"),
            ("impo torch\n  x = 1\n y = 2\n", 1, 6, "invalid syntax"),
            ("x = = 1\ny = \\ 1\n", 1, 5, "invalid syntax"),
            ("x = = 1\ny = 1)\n", 2, 6, "unmatched ')'"),
            ("impo torch\nx = tor\u{FFFD}ret\n", 2, 8, "invalid character '\u{FFFD}' (U+FFFD)"),
        ]
        for (source, line, column, message) in cases {
            do {
                _ = try Parser.parse(source)
                XCTFail("parsed: \(source)")
            } catch {
                XCTAssertEqual(error.message, message, source)
                XCTAssertEqual(error.line, line, source)
                XCTAssertEqual(error.column, column, source)
            }
        }
    }

    /// `00_777`: CPython marks the leading zeros and underscores, not the whole literal.
    func testLeadingZerosMarkTheZeros() {
        do {
            _ = try Parser.parse("y = 00_777\n")
            XCTFail("parsed")
        } catch {
            XCTAssertEqual(error.rendered, "  File \"<stdin>\", line 1\n    y = 00_777\n        ^^^\nSyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
        }
    }
}
