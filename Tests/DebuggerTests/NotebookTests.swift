import Foundation
import XCTest
@testable import Debugger
@testable import Script

/// `gradstep --plain NB.ipynb`: the notebooks in Tests/Oracle/notebooks run as Jupyter's "Run All"
/// and print what Jupyter showed for them (NAME.out, written by make_expected.py from a real kernel):
/// streams, each cell's `Out` text by IPython's display rules, and the first error's last line.
final class NotebookTests: XCTestCase {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Oracle").appendingPathComponent("notebooks")
    }

    static func masked(_ s: String) -> String {
        s.replacingOccurrences(of: "0x[0-9a-fA-F]+", with: "0x?", options: .regularExpression)
    }

    func testEveryNotebookPrintsWhatJupyterShowed() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
            .filter { $0.hasSuffix(".ipynb") }.map { String($0.dropLast(6)) }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 4)
        for name in names {
            let base = Self.directory.appendingPathComponent(name)
            let text = try String(contentsOf: base.appendingPathExtension("ipynb"), encoding: .utf8)
            let expectedOut = try String(contentsOf: base.appendingPathExtension("out"), encoding: .utf8)
            let expectedErr = try String(contentsOf: base.appendingPathExtension("err"), encoding: .utf8)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            let expectedCode = try String(contentsOf: base.appendingPathExtension("code"), encoding: .utf8)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            let console = BufferConsole()
            var run = NotebookRun(try Notebook.parse(text))
            let outcome = run.run(ScriptSession(filename: name + ".ipynb"), console: console)
            XCTAssertEqual(Self.masked(console.outText), Self.masked(expectedOut), "stdout of \(name)")
            XCTAssertEqual(outcome == .failed, expectedCode == "1", "outcome of \(name)")
            if expectedCode == "1" {
                let last = console.errText.split(separator: "\n").last.map(String.init) ?? ""
                XCTAssertEqual(last, expectedErr, "error line of \(name)")
            }
        }
    }

    func testTracebackNamesTheCellWhereEachFrameIsDefined() throws {
        let nb = Notebook(cells: [
            .init(kind: .code, source: "def scale(t, k):\n    return t / k\n"),
            .init(kind: .markdown, source: "# between"),
            .init(kind: .code, source: "x = 1\nscale(x, 0)"),
        ])
        let console = BufferConsole()
        var run = NotebookRun(nb)
        XCTAssertEqual(run.run(ScriptSession(), console: console), .failed)
        XCTAssertEqual(console.errText, """
            Traceback (most recent call last):
              Cell In[2], line 2, in <module>
                scale(x, 0)
              Cell In[1], line 2, in scale
                return t / k
            ZeroDivisionError: division by zero

            """)
    }

    func testMagicsBecomePythonWithTheSameLines() {
        let m = CellMagics("%matplotlib inline\nfor i in range(2):\n    %time y = i\n    !ls\nprint(y)")
        XCTAssertEqual(m.code, "pass\nfor i in range(2):\n    y = i\n    pass\nprint(y)")
        XCTAssertEqual(m.skipped.map(\.line), [1, 3, 4])
        let cell = CellMagics("%%bash\necho hi\nls")
        XCTAssertEqual(cell.code, "\n\n")
        XCTAssertEqual(CellMagics("%%time\nx = 1").code, "\nx = 1")
        XCTAssertEqual(CellMagics("a = b != c\n! ls").code, "a = b != c\npass")
    }

    func testQuietCellsAndNoneShowNothing() throws {
        let interp = Interpreter(output: { _ in }, warn: { _ in })
        XCTAssertNil(try interp.runCell("x = 3\nx;  # quiet"))
        XCTAssertNil(try interp.runCell("None"))
        XCTAssertNil(try interp.runCell("s = 'a;'"))
        let v = try XCTUnwrap(try interp.runCell("x + 1"))
        XCTAssertEqual(try interp.displayText(v), "4")
    }

    func testNotAnotebookIsAClearError() {
        XCTAssertThrowsError(try Notebook.parse("{\"cells\": [")) { e in
            XCTAssertTrue("\(e)".hasPrefix("not a notebook: the file is not valid JSON"), "\(e)")
        }
        XCTAssertThrowsError(try Notebook.parse("{\"nbformat\": 3, \"worksheets\": []}")) { e in
            XCTAssertTrue("\(e)".contains("nbformat 3"), "\(e)")
        }
        XCTAssertThrowsError(try Notebook.parse("[1, 2]"))
        XCTAssertEqual(try Notebook.parse("{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"a = 1\\n\", \"a\"]}]}").cells,
                       [.init(kind: .code, source: "a = 1\na")])
    }

    func testPrettyPrinterWrapsAsIPython() throws {
        let interp = Interpreter(output: { _ in }, warn: { _ in })
        let v = try XCTUnwrap(try interp.runCell("[list(range(30)), 'x' * 30, {'k': (1, 2)}]"))
        let python = """
            [[0,
              1,
              2,
            """
        XCTAssertTrue(try interp.displayText(v).hasPrefix(python))
        let short = try XCTUnwrap(try interp.runCell("{'a': [1, 2], 'b': (3,)}"))
        XCTAssertEqual(try interp.displayText(short), "{'a': [1, 2], 'b': (3,)}")
    }
}
