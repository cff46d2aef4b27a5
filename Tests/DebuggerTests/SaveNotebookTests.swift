import Foundation
import XCTest
@testable import Debugger

/// `save-notebook FILE.ipynb`: the session's cells (a walked notebook's and the learner's own lines, in
/// order) with their outputs as an nbformat 4 notebook; nbformat's validator accepts it and nbclient
/// runs it (Tools/notebook-check/check_notebook.py, when the reference venv is there).
final class SaveNotebookTests: XCTestCase {
    private var dir = ""

    override func setUpWithError() throws {
        dir = NSTemporaryDirectory() + "gradstep-save-notebook-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: dir)
    }

    /// The notebook's cells as JSON objects.
    private func cells(_ path: String) throws -> [[String: Any]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(root["nbformat"] as? Int, 4)
        XCTAssertEqual(root["nbformat_minor"] as? Int, 5)
        return try XCTUnwrap(root["cells"] as? [[String: Any]])
    }

    private func source(_ cell: [String: Any]) -> String { (cell["source"] as? [String] ?? []).joined() }
    private func outputs(_ cell: [String: Any]) -> [[String: Any]] { cell["outputs"] as? [[String: Any]] ?? [] }
    private func text(_ output: [String: Any], _ key: String = "text") -> String { (output[key] as? [String] ?? []).joined() }
    private func data(_ output: [String: Any], _ mime: String) -> String {
        ((output["data"] as? [String: Any])?[mime] as? [String] ?? []).joined()
    }

    /// Ctrl-C in a walked cell is the cell's KeyboardInterrupt error output, as Jupyter keeps it.
    func testAnInterruptedCellKeepsAKeyboardInterruptError() throws {
        var polls = 0
        let s = DebugSession(interrupted: { polls += 1; return polls == 50 })
        let nb = Notebook(cells: [.init(kind: .code, source: "total = 0\nfor i in range(10_000_000):\n    total += i\n    print(i) if i == 0 else None")])
        let w = NotebookWalk(nb, name: "i.ipynb", session: s, progress: nil)
        let c = BufferConsole()
        w.start(console: c)
        _ = ReplLoop(session: w, reader: ScriptedLineReader([.line("")], isInteractive: true), console: c).run()
        XCTAssertTrue(c.errText.contains("KeyboardInterrupt\nhint: stopped; variables keep the values of the last completed iteration"), c.errText)
        let path = dir + "/interrupted.ipynb"
        XCTAssertEqual(s.run("save-notebook \(path)", console: c), .ok)
        let out = outputs(try cells(path)[0])
        XCTAssertEqual(out.map { $0["output_type"] as? String }, ["stream", "error"])
        XCTAssertEqual(text(out[0]), "0\n")
        XCTAssertEqual(out[1]["ename"] as? String, "KeyboardInterrupt")
    }

    func testTypedLinesAreCellsWithStreamsValuesPlotsAndErrors() throws {
        let s = DebugSession()
        let c = BufferConsole()
        for line in ["x = torch.linspace(0, 1, 5)", "print('hi')\nx * 2", "_ = plt.scatter(x, 2 * x)",
                     "W = torch.tensor([1., 2.], requires_grad=True)", "loss = ((W[0] * x + W[1]) ** 2).mean()",
                     "backward", "1 / 0", "help step"] {
            _ = s.run(line, console: c)
        }
        let path = dir + "/session.ipynb"
        XCTAssertEqual(s.run("save-notebook \(path)", console: c), .ok)
        XCTAssertTrue(c.outText.contains("wrote \(path): 8 cells, 7 of them run, 1 plot\n"), c.outText)
        let nb = try cells(path)
        XCTAssertEqual(nb.count, 8, "the prompt's names, then seven inputs (`help` and `save-notebook` are not cells)")
        XCTAssertTrue(source(nb[0]).contains("import torch\n"), source(nb[0]))
        XCTAssertTrue(nb[0]["execution_count"] is NSNull)
        XCTAssertEqual(nb.dropFirst().map { $0["execution_count"] as? Int }, [1, 2, 3, 4, 5, 6, 7])
        XCTAssertEqual(source(nb[1]), "x = torch.linspace(0, 1, 5)")
        XCTAssertEqual(outputs(nb[1]).count, 0)

        // print then the value: a stream, then Out[2] (Python's REPL echoes each expression statement).
        let printed = outputs(nb[2])
        XCTAssertEqual(printed.map { $0["output_type"] as? String }, ["stream", "execute_result"])
        XCTAssertEqual(text(printed[0]), "hi\n")
        XCTAssertEqual(printed[0]["name"] as? String, "stdout")
        XCTAssertEqual(data(printed[1], "text/plain"), "tensor([0.0000, 0.5000, 1.0000, 1.5000, 2.0000])")
        XCTAssertEqual(printed[1]["execution_count"] as? Int, 2)

        let plot = outputs(nb[3])
        XCTAssertEqual(plot.map { $0["output_type"] as? String }, ["display_data"])
        XCTAssertTrue(data(plot[0], "image/svg+xml").hasPrefix("<?xml"), "the figure as SVG, not braille")
        XCTAssertTrue(data(plot[0], "image/svg+xml").contains("<circle"), data(plot[0], "image/svg+xml"))

        // A debugger command is a comment (Jupyter can run the cell) with the command's report as text.
        XCTAssertEqual(source(nb[6]), "# gradstep> backward")
        XCTAssertTrue(text(outputs(nb[6])[0]).hasPrefix("backward from loss\nW.grad"), text(outputs(nb[6])[0]))

        let error = try XCTUnwrap(outputs(nb[7]).first)
        XCTAssertEqual(error["output_type"] as? String, "error")
        XCTAssertEqual(error["ename"] as? String, "ZeroDivisionError")
        XCTAssertEqual(error["evalue"] as? String, "division by zero")
        XCTAssertEqual((nb[7]["metadata"] as? [String: Any])?["tags"] as? [String], ["raises-exception"])
        XCTAssertEqual(nb.map { $0["id"] as? String }, (1...8).map { "gradstep-\($0)" })
    }

    func testAWalkSavesTheNotebooksCellsWithTheLearnersLinesWhereTheyWereTyped() throws {
        let notebook = Notebook(cells: [
            .init(kind: .markdown, source: "# Fit\nsome *text*"),
            .init(kind: .code, source: "%matplotlib inline\nx = torch.tensor([1., 2., 3.])\nx.sum()"),
            .init(kind: .code, source: "y = 2 * x\nprint(y)"),
            .init(kind: .code, source: "y.mean()"),
        ])
        let session = DebugSession()
        let w = NotebookWalk(notebook, name: "w.ipynb", session: session, progress: nil)
        let c = BufferConsole()
        w.start(console: c)
        let path = dir + "/walk.ipynb"
        _ = ReplLoop(session: w, reader: ScriptedLineReader([.line(""), .line("x * 10"), .line(""), .line("save-notebook \(path)")],
                                                            isInteractive: true), console: c).run()
        let nb = try cells(path)
        XCTAssertEqual(nb.map { $0["cell_type"] as? String }, ["code", "markdown", "code", "code", "code", "code"])
        XCTAssertTrue(source(nb[0]).hasPrefix("# The gradstep prompt starts with these names"), source(nb[0]))
        XCTAssertEqual(source(nb[1]), "# Fit\nsome *text*")
        XCTAssertNil(nb[1]["outputs"], "a markdown cell has no outputs")
        XCTAssertEqual(source(nb[2]), "%matplotlib inline\nx = torch.tensor([1., 2., 3.])\nx.sum()", "the cell as written, magics too")
        XCTAssertEqual(data(outputs(nb[2])[0], "text/plain"), "tensor(6.)")
        XCTAssertEqual(source(nb[3]), "x * 10", "typed after cell 2 ran, so before cell 3")
        XCTAssertEqual(data(outputs(nb[3])[0], "text/plain"), "tensor([10., 20., 30.])")
        XCTAssertEqual(nb[3]["execution_count"] as? Int, 2)
        XCTAssertEqual(text(outputs(nb[4])[0]), "tensor([2., 4., 6.])\n")
        XCTAssertEqual(nb[4]["execution_count"] as? Int, 3)
        XCTAssertTrue(nb[5]["execution_count"] is NSNull, "not run yet")
        XCTAssertEqual(outputs(nb[5]).count, 0)
    }

    func testSteppingVerbsGoOnTheCellThatStartedTheStepper() throws {
        let s = DebugSession()
        let c = BufferConsole()
        for line in ["w = torch.tensor(2.0, requires_grad=True)", "loss = (w * 3) ** 2", "bstep", "next", "", "continue"] {
            _ = s.run(line, console: c)
        }
        let path = dir + "/step.ipynb"
        XCTAssertEqual(s.run("save-notebook \(path)", console: c), .ok, c.errText)
        let nb = try cells(path)
        XCTAssertEqual(nb.count, 4)
        XCTAssertEqual(source(nb[3]), "# gradstep> bstep\n# gradstep> next\n# gradstep> (Enter)\n# gradstep> continue")
        XCTAssertTrue(text(outputs(nb[3])[0]).contains("AccumulateGrad"), text(outputs(nb[3])[0]))
    }

    func testWritesGoThroughSafeFileAndFailuresAreReported() throws {
        let s = DebugSession()
        let c = BufferConsole()
        XCTAssertEqual(s.run("save-notebook \(dir)/empty.ipynb", console: c), .failed)
        XCTAssertTrue(c.errText.contains("nothing to save yet"), c.errText)
        _ = s.run("a = 1", console: c)
        let e1 = BufferConsole()
        XCTAssertEqual(s.run("save-notebook \(dir)/no/such/dir/s.ipynb", console: e1), .failed)
        XCTAssertTrue(e1.errText.contains("OSError: cannot write '\(dir)/no/such/dir/s.ipynb': [Errno 2]"), e1.errText)
        let e2 = BufferConsole()
        XCTAssertEqual(s.run("save-notebook \(dir)/s.json", console: e2), .failed)
        XCTAssertTrue(e2.errText.contains("a notebook's file name ends in .ipynb"), e2.errText)
        // A folder is never replaced by the notebook.
        try FileManager.default.createDirectory(atPath: dir + "/d.ipynb", withIntermediateDirectories: true)
        let e3 = BufferConsole()
        XCTAssertEqual(s.run("save-notebook \(dir)/d.ipynb", console: e3), .failed)
        XCTAssertTrue(e3.errText.contains("it is a directory"), e3.errText)
        XCTAssertEqual(s.run("save-notebook \(dir)/ok.ipynb", console: c), .ok, c.errText)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir).sorted(), ["d.ipynb", "ok.ipynb"], "no temporary left")
    }

    func testTabCompletesTheDashedCommandWord() {
        let s = DebugSession()
        XCTAssertEqual(s.completions(line: "save-n", cursor: 6), ["notebook"])
        XCTAssertTrue(s.completions(line: "sav", cursor: 3).contains("save-notebook"))
    }

    /// nbformat's schema and a real Jupyter kernel (nbclient) accept what `save-notebook` wrote. Needs
    /// the reference venv: GRADSTEP_NOTEBOOK_PYTHON, else /work/venv/bin/python.
    func testJupyterValidatesAndRunsTheSavedNotebook() throws {
        let python = ProcessInfo.processInfo.environment["GRADSTEP_NOTEBOOK_PYTHON"] ?? "/work/venv/bin/python"
        guard FileManager.default.isExecutableFile(atPath: python) else { throw XCTSkip("no \(python) with nbformat/nbclient") }
        let s = DebugSession()
        let c = BufferConsole()
        for line in ["x = torch.arange(0, 20).float()", "seed 42", "params = torch.randn(3).requires_grad_()",
                     "def f(x, params):\n    a, b, c = params\n    return a * x**2 + b * x + c\n",
                     "loss = ((f(x, params) - 3 * x) ** 2).mean()", "backward", "step 1e-5",
                     "_ = plt.scatter(x, to_np(f(x, params)))", "zeros(2) + tensor(1., 2)", "params.grad.sum().item(", "1 / 0"] {
            _ = s.run(line, console: c)
        }
        let path = dir + "/run.ipynb"
        XCTAssertEqual(s.run("save-notebook \(path)", console: c), .ok, c.errText)
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Tools/notebook-check/check_notebook.py").path
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python)
        p.arguments = [script, path, "--execute"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, text)
        XCTAssertEqual(text, "ok: 12 cells\n")
    }
}
