import XCTest
@testable import Debugger
import Script
import Autograd
import Foundation

/// A session file is untrusted input: loading runs no code of the file's choosing and refuses any field
/// the language would not allow, leaving the session exactly as it was.
final class RobustUntrustedSessionFileTests: XCTestCase {
    private func session() -> DebugSession {
        let s = DebugSession()
        _ = s.runFile(RobustSessionFileTests.model, console: BufferConsole())
        return s
    }

    /// Restoring `mutate(file)` into a fresh session fails with a message containing `expected`, and
    /// the target session keeps its variable `keep = 7`.
    private func assertRefused(_ expected: String, file: StaticString = #filePath, line: UInt = #line,
                               _ mutate: (inout SessionFile) -> Void) {
        var saved = session().sessionFile()
        mutate(&saved)
        let target = DebugSession()
        _ = target.run("keep = 7", console: BufferConsole())
        XCTAssertThrowsError(try target.restore(saved), file: file, line: line) { e in
            XCTAssertTrue("\((e as? SessionFileError)?.message ?? "\(e)")".contains(expected), "\(e)", file: file, line: line)
        }
        guard case .int(7)? = target.interpreter.globals.vars["keep"] else {
            return XCTFail("the session changed", file: file, line: line)
        }
        XCTAssertNil(target.interpreter.globals.vars["params"], file: file, line: line)
    }

    func testAValidFileStillLoads() throws {
        let saved = session().sessionFile()
        let target = DebugSession()
        XCTAssertNoThrow(try target.restore(saved))
        XCTAssertNotNil(target.interpreter.globals.vars["f"])
    }

    func testDefsWhoseDefaultsOrDecoratorsRunCodeAreRefused() {
        assertRefused("would run code at load") { $0.statements.append("def g(x=print('pwned')):\n    return x") }
        assertRefused("would run code at load") { $0.statements.append("@print\ndef g(x):\n    return x") }
        assertRefused("would run code at load") { $0.statements.append("def g(x: print('a')):\n    return x") }
        assertRefused("not an assignment or a def") { $0.statements.append("while True:\n    pass") }
        assertRefused("not an assignment or a def") { $0.statements.append("import math") }
    }

    func testLiteralDefaultsAreFine() throws {
        var saved = session().sessionFile()
        saved.statements.append("def g(x, lr=1e-5, k=-2, shape=(2, 3), name='w', flag=None):\n    return x")
        XCTAssertNoThrow(try DebugSession().restore(saved))
    }

    func testBadNamesAreRefused() {
        assertRefused("is not a Python identifier") { $0.variables[0].name = "" }
        assertRefused("is not a Python identifier") { $0.variables[0].name = "a\u{1B}[31mred" }
        assertRefused("'a\\x1b[31mred'") { $0.variables[0].name = "a\u{1B}[31mred" }
        assertRefused("is not a Python identifier") { $0.variables[0].name = "for" }
        assertRefused("would hide Python's built-in print") { $0.variables[0].name = "print" }
        assertRefused("appears twice") { $0.variables.append($0.variables[0]) }
        assertRefused("is not a Python identifier") { $0.pinned = ["1x"] }
    }

    func testBadBigIntsAreRefused() {
        assertRefused("is not a big integer") { $0.variables.append(VariableRecord(name: "n", value: .bigInt("abc"))) }
        assertRefused("is not a big integer") { $0.variables.append(VariableRecord(name: "n", value: .bigInt("12"))) }
        assertRefused("is not a big integer") { $0.variables.append(VariableRecord(name: "n", value: .bigInt("0099999999999999999999"))) }
    }

    func testAGradMustMatchItsTensor() {
        assertRefused("a grad must match its tensor") { file in
            let i = file.tensors.firstIndex { $0.requiresGrad }!
            file.tensors.append(TensorRecord(dtype: DType.int64.rawValue, shape: file.tensors[i].shape,
                                             values: file.tensors[i].values.map { _ in "1" }, requiresGrad: false,
                                             isParameter: false, retainsGrad: false, grad: nil, hadGraph: false))
            file.tensors[i].grad = file.tensors.count - 1
        }
        assertRefused("requires grad (only floating point") { file in
            file.tensors.append(TensorRecord(dtype: DType.int64.rawValue, shape: [1], values: ["1"], requiresGrad: true,
                                             isParameter: false, retainsGrad: false, grad: nil, hadGraph: false))
        }
        assertRefused("is bool but holds '2'") { file in
            file.tensors.append(TensorRecord(dtype: DType.bool.rawValue, shape: [1], values: ["2"], requiresGrad: false,
                                             isParameter: false, retainsGrad: false, grad: nil, hadGraph: false))
        }
    }
}

/// What a session file cannot keep is said when saving, not discovered after loading.
final class RobustSessionSaveNotesTests: XCTestCase {
    func testSavingAViewSaysItComesBackAsACopy() throws {
        let s = DebugSession()
        let c = BufferConsole()
        _ = s.runFile("a = torch.tensor([1., 2., 3., 4.])\nb = a[1:3]\nc = a\n", console: c)
        let path = NSTemporaryDirectory() + "gradstep-view-\(UInt32.random(in: 0...UInt32.max)).gradstep"
        defer { unlink(path) }
        let out = BufferConsole()
        XCTAssertEqual(s.run("save \(path)", console: out), .ok, out.errText)
        XCTAssertTrue(out.outText.contains("not kept: b shares memory with a (a view); after load it is a separate copy"), out.outText)
        XCTAssertFalse(out.outText.contains("not kept: c"), "c is the same tensor as a, kept as one")
    }
}
