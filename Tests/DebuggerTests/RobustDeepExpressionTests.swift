import Debugger
import Script
import XCTest

/// A deeply nested expression on a small native stack is an error, not a stack overflow (a fuzz
/// finding: 549 nested unary `+` overflowed libFuzzer's 8 MB main thread under ASan). Parsing and
/// evaluation each ask the stack guard; on the CLI's own stack the expression is just evaluated.
final class RobustDeepExpressionTests: XCTestCase {
    /// 990 levels: within the parser's limit of 1,000 (CPython's too), more than 1 MB of stack holds
    /// in a debug build.
    private let source = "x = " + String(repeating: "-", count: 3) + String(repeating: "+", count: 987) + "1"
    private let smallStack = 1 << 20

    func testEvaluatingDeepNestingOnASmallStackRaisesRecursionError() throws {
        let module = try LargeStackThread.run { try Parser.parse(source) }
        let outcome: PyError.Kind? = try LargeStackThread.run(stackSize: smallStack) {
            do {
                try Interpreter().run(module)
                return nil
            } catch let error as PyError {
                return error.kind
            }
        }
        XCTAssertEqual(outcome, .recursion)
    }

    func testParsingDeepNestingOnASmallStackIsASyntaxError() throws {
        let message: String? = try LargeStackThread.run(stackSize: smallStack) { () -> String? in
            do {
                _ = try Parser.parse(source)
                return nil
            } catch {
                return (error as? SyntaxError)?.message
            }
        }
        XCTAssertEqual(message, "expression too long or too deeply nested")
    }

    func testDeepNestingOnTheCLIStackEvaluates() throws {
        // python3 prints -1 for the same line.
        let value: Value? = try LargeStackThread.run {
            let interpreter = Interpreter()
            try interpreter.run(source)
            return interpreter.globals.vars["x"]
        }
        XCTAssertEqual(value.map { Repr.repr($0) }, "-1")
    }
}
