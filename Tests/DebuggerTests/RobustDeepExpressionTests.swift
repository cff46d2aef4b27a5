import Debugger
import Script
import XCTest

/// A deeply nested expression on a small native stack is a RecursionError, not a stack overflow
/// (a fuzz finding: 549 nested unary `+` overflowed libFuzzer's 8 MB main thread under ASan).
final class RobustDeepExpressionTests: XCTestCase {
    func testDeepUnaryNestingOnASmallStackRaisesRecursionError() throws {
        // 990 levels parse (the parser's limit is 1,000, as CPython's); 1 MB of stack cannot hold
        // them in a debug build, so the guard must stop the evaluation before the stack ends.
        let source = "x = " + String(repeating: "-", count: 3) + String(repeating: "+", count: 987) + "1"
        let outcome: PyError.Kind? = try LargeStackThread.run(stackSize: 1 << 20) {
            do {
                try Interpreter().run(source)
                return nil
            } catch let error as PyError {
                return error.kind
            }
        }
        XCTAssertEqual(outcome, .recursion)
    }

    func testDeepNestingOnTheCLIStackEvaluates() throws {
        // On the CLI's own stack the same expression is just -1, as python3 prints it.
        let source = "x = " + String(repeating: "-", count: 3) + String(repeating: "+", count: 987) + "1"
        let value: Value? = try LargeStackThread.run {
            let interpreter = Interpreter()
            try interpreter.run(source)
            return interpreter.globals.vars["x"]
        }
        XCTAssertEqual(value.map { Repr.repr($0) }, "-1")
    }
}
