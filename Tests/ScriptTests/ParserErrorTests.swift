import XCTest
@testable import Script

final class ParserErrorTests: XCTestCase {
    private func error(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> SyntaxError? {
        do {
            _ = try parseModule(source)
            XCTFail("parsed without error: \(source)", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    /// Message, line and column as CPython 3.11 reports them (`e.msg`, `e.lineno`, `e.offset`).
    private func check(_ source: String, _ message: String, _ line: Int, _ column: Int,
                       kind: SyntaxError.Kind = .syntaxError, file: StaticString = #filePath, testLine: UInt = #line) {
        guard let e = error(source, file: file, line: testLine) else { return }
        XCTAssertEqual(e.message, message, source, file: file, line: testLine)
        XCTAssertEqual(e.line, line, "line of \(source)", file: file, line: testLine)
        XCTAssertEqual(e.column, column, "column of \(source)", file: file, line: testLine)
        XCTAssertEqual(e.kind, kind, source, file: file, line: testLine)
    }

    func testBracketAndStringErrors() {
        check("x = (1 +\n", "'(' was never closed", 1, 5)
        check("foo(\n  a,\n  b\n", "'(' was never closed", 1, 4)
        check("x = 'abc\n", "unterminated string literal (detected at line 1)", 1, 5)
        check("x = '''abc\n\n", "unterminated triple-quoted string literal (detected at line 2)", 1, 5)
        check("x = )\n", "unmatched ')'", 1, 5)
        check("x = (1]\n", "closing parenthesis ']' does not match opening parenthesis '('", 1, 7)
        check("x = (1,\n2]\n", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 2)
    }

    /// gradstep has no pattern matching: a match statement names the feature; `match` stays a usable name.
    func testMatchStatementNamesTheFeature() throws {
        check("x = 1\nmatch x:\n    case 1:\n        pass\n", "match statements (structural pattern matching) are not supported by gradstep yet", 2, 1)
        check("match (a, b):\n    case _:\n        pass\n", "match statements (structural pattern matching) are not supported by gradstep yet", 1, 1)
        _ = try parseModule("match = [1]\nmatch[0] = 2\nmatch: int = 3\nmatch(1)\nprint(match)\n")
    }

    func testStatementErrors() {
        check("if x\n  pass\n", "expected ':'", 1, 5)
        check("class X\n", "expected ':'", 1, 8)
        check("def f()\n  pass\n", "expected ':'", 1, 8)
        check("print(a b)\n", "invalid syntax. Perhaps you forgot a comma?", 1, 7)
        check("x y\n", "invalid syntax", 1, 3)
        check("x = 1 +\n", "invalid syntax", 1, 8)
        check("else:\n", "invalid syntax", 1, 1)
        check("def f(:\n", "invalid syntax", 1, 7)
        check("a[1:2:3:4]\n", "invalid syntax", 1, 8)
        check("x.1\n", "invalid syntax", 1, 2)
        check("x = 3 if 2\n", "expected 'else' after 'if' expression", 1, 5)
        check("if x = 1: pass\n", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4)
        check("print 'hi'\n", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1)
        check("return 1\n", "'return' outside function", 1, 1)
        check("break\n", "'break' outside loop", 1, 1)
        check("continue\n", "'continue' not properly in loop", 1, 1)
        check("{1: 2, 3}\n", "':' expected after dictionary key", 1, 8)
    }

    func testAssignmentTargetErrors() {
        check("f() = 1\n", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1)
        check("1 = x\n", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1)
        check("x + 1 = 2\n", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1)
        check("f() += 1\n", "'function call' is an illegal expression for augmented assignment", 1, 1)
        check("a, b += 1\n", "'tuple' is an illegal expression for augmented assignment", 1, 1)
        check("for f() in x: pass\n", "cannot assign to function call", 1, 5)
        check("(a, f()) = 1\n", "cannot assign to function call", 1, 5)
        check("with x as f(): pass\n", "cannot assign to function call", 1, 11)
        check("True = 1\n", "cannot assign to True", 1, 1)
        check("None = 1\n", "cannot assign to None", 1, 1)
        check("del f()\n", "cannot delete function call", 1, 5)
        check("x = 5 = y\n", "cannot assign to literal", 1, 5)
        check("a < b = 1\n", "cannot assign to comparison", 1, 1)
        check("*a = 1\n", "starred assignment target must be in a list or tuple", 1, 1)
        check("a, *b, *c = d\n", "multiple starred expressions in assignment", 1, 1)
    }

    func testCallAndDefinitionErrors() {
        check("def f(x=1, y): pass\n", "non-default argument follows default argument", 1, 12)
        check("def f(x, x): pass\n", "duplicate argument 'x' in function definition", 1, 10)
        check("def f(*): pass\n", "named arguments must follow bare *", 1, 7)
        check("f(a=1, 2)\n", "positional argument follows keyword argument", 1, 8)
        check("f(x for x in y, 1)\n", "Generator expression must be parenthesized", 1, 3)
        check("f(a.b=1)\n", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3)
        check("f(**a, *b)\n", "iterable argument unpacking follows keyword argument unpacking", 1, 8)
    }

    func testFStringErrors() {
        check("f'{}'\n", "f-string: empty expression not allowed", 1, 4)
        check("f'{x!z}'\n", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 6)
        check("f'}'\n", "f-string: single '}' is not allowed", 1, 3)
        check("f'{x'\n", "f-string: expecting '}'", 1, 5)
        check("f'{a b}'\n", "f-string: invalid syntax", 1, 6)
    }

    func testIndentationErrors() {
        check("for i in range(3):\nprint(i)\n", "expected an indented block after 'for' statement on line 1", 2, 1,
              kind: .indentationError)
        check("for i in range(3):\n", "expected an indented block after 'for' statement on line 1", 1, 19,
              kind: .indentationError)
        check("x = 1\n\nfor i in range(3):\n\nprint(i)\n", "expected an indented block after 'for' statement on line 3", 5, 1,
              kind: .indentationError)
        check("def f(x):\nreturn x\n", "expected an indented block after function definition on line 1", 2, 1,
              kind: .indentationError)
        check("if x:\n    a\nelse:\nb\n", "expected an indented block after 'else' statement on line 3", 4, 1,
              kind: .indentationError)
        check("if x:\n    a\n  b\n", "unindent does not match any outer indentation level", 3, 4, kind: .indentationError)
        check("  x = 1\n", "unexpected indent", 1, 2, kind: .indentationError)
        check("x = 1\n    y = 2\n", "unexpected indent", 2, 4, kind: .indentationError)
        check("if True:\n\tx = 1\n        y = 2\n", "inconsistent use of tabs and spaces in indentation", 3, 1, kind: .tabError)
    }

    func testRenderedLikePython() {
        XCTAssertEqual(error("x = (1 +\n")?.rendered, """
          File "<stdin>", line 1
            x = (1 +
                ^
        SyntaxError: '(' was never closed
        """)
        XCTAssertEqual(error("print(a b)\n")?.rendered, """
          File "<stdin>", line 1
            print(a b)
                  ^^^
        SyntaxError: invalid syntax. Perhaps you forgot a comma?
        """)
        XCTAssertEqual(error("if True:\n\tx = (1 +\n")?.rendered, """
          File "<stdin>", line 2
            x = (1 +
                ^
        SyntaxError: '(' was never closed
        """)
        XCTAssertEqual(error("for i in x:\n")?.rendered, """
          File "<stdin>", line 1
            for i in x:
        IndentationError: expected an indented block after 'for' statement on line 1
        """)
        XCTAssertEqual(error("if x:\n    a\n  b\n")?.rendered, """
          File "<stdin>", line 3
            b
             ^
        IndentationError: unindent does not match any outer indentation level
        """)
        let e = error("import torch\ny = x.sum(\n")
        XCTAssertEqual(e?.sourceLine, "y = x.sum(")
        XCTAssertEqual(e?.rendered, """
          File "<stdin>", line 2
            y = x.sum(
                     ^
        SyntaxError: '(' was never closed
        """)
    }

    func testFilenameIsUsed() {
        do {
            _ = try parseModule("x = $", filename: "train.py")
            XCTFail("expected an error")
        } catch {
            XCTAssertTrue(error.rendered.hasPrefix("  File \"train.py\", line 1\n"))
            XCTAssertEqual(error.endColumn, nil)
        }
    }
}
