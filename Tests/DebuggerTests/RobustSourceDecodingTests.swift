import XCTest
@testable import Debugger

/// A script's bytes are decoded as python3 decodes them: invalid UTF-8 is CPython's SyntaxError (PEP 263)
/// naming the first bad byte and its line, never silently replaced; a Latin-1 coding line is honoured.
final class RobustSourceDecodingTests: XCTestCase {
    func testInvalidUTF8IsCPythonsSyntaxError() {
        let bytes = Array("x = 1\ns = \"".utf8) + [0xFF] + Array("\"\n".utf8)
        guard case .failure(let bad) = TextFile.source(bytes) else { return XCTFail("accepted invalid UTF-8") }
        XCTAssertEqual(bad, TextFile.NotUTF8(line: 2, byte: 0xFF))
        XCTAssertEqual(bad.message(path: "/tmp/bad.py"),
                       "SyntaxError: Non-UTF-8 code starting with '\\xff' in file /tmp/bad.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details")
        XCTAssertEqual(TextFile.NotUTF8(line: 1, byte: 0x8).message(path: "a.py").contains("'\\x08'"), true)
    }

    func testTruncatedSequenceAndOverlongAreRejected() {
        XCTAssertEqual(TextFile.firstInvalidUTF8(Array("ab".utf8) + [0xE2, 0x82]), 2)
        XCTAssertEqual(TextFile.firstInvalidUTF8([0x61, 0xC0, 0xAF]), 1)
        XCTAssertNil(TextFile.firstInvalidUTF8(Array("é € 𝑥".utf8)))
    }

    func testValidUTF8AndLatin1DeclarationsDecode() {
        XCTAssertEqual(try TextFile.source(Array("print('é')\n".utf8)).get(), "print('é')\n")
        let latin = Array("# -*- coding: latin-1 -*-\ns = '".utf8) + [0xE9] + Array("'\n".utf8)
        XCTAssertEqual(try TextFile.source(latin).get(), "# -*- coding: latin-1 -*-\ns = 'é'\n")
    }
}
