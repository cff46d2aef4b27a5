import XCTest
@testable import Script

final class ParserExpressionTests: XCTestCase {
    /// Parses one expression statement and returns it fully parenthesized.
    private func p(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            let module = try parseModule(source)
            guard module.body.count == 1, case .expression(let e) = module.body[0].kind else {
                XCTFail("not a single expression: \(module.body)", file: file, line: line)
                return ""
            }
            return e.parenthesized
        } catch {
            XCTFail("\(error)", file: file, line: line)
            return ""
        }
    }

    func testArithmeticPrecedence() {
        XCTAssertEqual(p("a + b * c"), "(a + (b * c))")
        XCTAssertEqual(p("a - b - c"), "((a - b) - c)")
        XCTAssertEqual(p("a / b // c % d @ e"), "((((a / b) // c) % d) @ e)")
        XCTAssertEqual(p("a | b ^ c & d << e + f"), "(a | (b ^ (c & (d << (e + f)))))")
        XCTAssertEqual(p("x * 3 + 1"), "((x * 3) + 1)")
        XCTAssertEqual(p("(x - 2.5) * (x + .5)"), "((x - 2.5) * (x + 0.5))")
    }

    func testPowerAndUnary() {
        XCTAssertEqual(p("-x**2"), "(-(x ** 2))")
        XCTAssertEqual(p("2**-1"), "(2 ** (-1))")
        XCTAssertEqual(p("a ** b ** c"), "(a ** (b ** c))")
        XCTAssertEqual(p("-a * b"), "((-a) * b)")
        XCTAssertEqual(p("~-+x"), "(~(-(+x)))")
        XCTAssertEqual(p("2 * x ** 2 - 3 * x + 1"), "(((2 * (x ** 2)) - (3 * x)) + 1)")
        XCTAssertEqual(p("a.b ** -c.d()"), "(a.b ** (-c.d()))")
    }

    func testLogicAndComparisons() {
        XCTAssertEqual(p("not a == b"), "(not (a == b))")
        XCTAssertEqual(p("a or b and not c"), "(a or (b and (not c)))")
        XCTAssertEqual(p("a or b or c"), "(a or b or c)")
        XCTAssertEqual(p("a < b <= c"), "(a < b <= c)")
        XCTAssertEqual(p("a in b and c not in d"), "((a in b) and (c not in d))")
        XCTAssertEqual(p("a is not None"), "(a is not None)")
        XCTAssertEqual(p("a | b < c"), "((a | b) < c)")
    }

    func testConditionalAndLambda() {
        XCTAssertEqual(p("a if b else c if d else e"), "(a if b else (c if d else e))")
        XCTAssertEqual(p("x or y if c else z"), "((x or y) if c else z)")
        XCTAssertEqual(p("lambda x, y=2: x + y"), "(lambda x, y=2: (x + y))")
        XCTAssertEqual(p("lambda: 0"), "(lambda: 0)")
        XCTAssertEqual(p("f(lambda x: x * 2)"), "f((lambda x: (x * 2)))")
    }

    func testCallsAttributesSubscripts() {
        XCTAssertEqual(p("torch.tensor([1., 2.], requires_grad=True)"), "torch.tensor([1.0, 2.0], requires_grad=True)")
        XCTAssertEqual(p("f(*args, **kw)"), "f(*args, **kw)")
        XCTAssertEqual(p("x[:, 0]"), "x[:, 0]")
        XCTAssertEqual(p("x[..., 1]"), "x[..., 1]")
        XCTAssertEqual(p("x[None, :]"), "x[None, :]")
        XCTAssertEqual(p("x[1:3]"), "x[1:3]")
        XCTAssertEqual(p("x[::2]"), "x[::2]")
        XCTAssertEqual(p("x[a:b:c, ::-1]"), "x[a:b:c, ::(-1)]")
        XCTAssertEqual(p("x[0,]"), "x[0,]")
        XCTAssertEqual(p("x[-1]"), "x[(-1)]")
        XCTAssertEqual(p("m.T.shape[0]"), "m.T.shape[0]")
        XCTAssertEqual(p("(x + 1).grad_fn.name()"), "(x + 1).grad_fn.name()")
        XCTAssertEqual(p("sum(x for x in xs)"), "sum((x for x in xs))")
    }

    func testDisplaysAndComprehensions() {
        XCTAssertEqual(p("(a, b)"), "(a, b)")
        XCTAssertEqual(p("(a,)"), "(a,)")
        XCTAssertEqual(p("()"), "()")
        XCTAssertEqual(p("a, b"), "(a, b)")
        XCTAssertEqual(p("[1, [2, 3], []]"), "[1, [2, 3], []]")
        XCTAssertEqual(p("{'a': 1, 'b': x + 1}"), "{'a': 1, 'b': (x + 1)}")
        XCTAssertEqual(p("{}"), "{}")
        XCTAssertEqual(p("{1, 2}"), "{1, 2}")
        XCTAssertEqual(p("[f(x) for x in xs if c]"), "[f(x) for x in xs if c]")
        XCTAssertEqual(p("[(i, j) for i, j in pairs]"), "[(i, j) for (i, j) in pairs]")
        XCTAssertEqual(p("{k: v for k, v in d.items()}"), "{k: v for (k, v) in d.items()}")
        XCTAssertEqual(p("..."), "...")
    }

    func testLiteralsInExpressions() throws {
        let module = try parseModule("x = 'a' \"b\" '''c'''\ny = b'\\x00A'\nz = 10 ** 20\nw = 100000000000000000000")
        guard case .assign(_, let s) = module.body[0].kind, case .assign(_, let b) = module.body[1].kind,
              case .assign(_, let w) = module.body[3].kind else { return XCTFail() }
        XCTAssertEqual(s.kind, .string("abc"))
        XCTAssertEqual(b.kind, .bytes([0, 65]))
        XCTAssertEqual(w.kind, .bigInteger("100000000000000000000"))
        XCTAssertEqual(p("True and False or None"), "((True and False) or None)")
    }

    func testFStrings() throws {
        let module = try parseModule("f'loss {loss.item():.2f} at {i!r}, {{ok}} {x=}'")
        guard case .expression(let e) = module.body[0].kind, case .fString(let parts) = e.kind else { return XCTFail() }
        guard parts.count == 6 else { return XCTFail("\(parts)") }
        XCTAssertEqual(parts[0], .literal("loss "))
        guard case .field(let first) = parts[1], case .field(let second) = parts[3], case .field(let debug) = parts[5] else {
            return XCTFail("\(parts)")
        }
        XCTAssertEqual(first.expression.parenthesized, "loss.item()")
        XCTAssertEqual(first.expression.start, SourcePosition(line: 1, column: 9))
        XCTAssertEqual(first.formatSpec, [.literal(".2f")])
        XCTAssertNil(first.conversion)
        XCTAssertEqual(second.conversion, "r")
        XCTAssertEqual(parts[4], .literal(", {ok} "))
        XCTAssertEqual(debug.debugText, "x=")
        XCTAssertEqual(debug.conversion, "r")
        XCTAssertEqual(p("f\"{d['k']:>{width}} {a + b!s}\\n\""), "f'{d[\\'k\\']:>{width}} {(a + b)!s}\\n'")
        XCTAssertEqual(p("f'{x}' 'y' f'{z:.3e}'"), "f'{x}y{z:.3e}'")
        XCTAssertEqual(p("f'{a, b}'"), "f'{(a, b)}'")
    }

    func testPositionsAreRecorded() throws {
        let module = try parseModule("import torch\ny = (x ** 2).sum()\n")
        guard case .assign(let targets, let value) = module.body[1].kind else { return XCTFail() }
        XCTAssertEqual(module.body[1].start, SourcePosition(line: 2, column: 1))
        XCTAssertEqual(targets[0].start, SourcePosition(line: 2, column: 1))
        XCTAssertEqual(value.start, SourcePosition(line: 2, column: 5))
        XCTAssertEqual(value.end, SourcePosition(line: 2, column: 19))
        guard case .call(let callee, _) = value.kind, case .attribute(let base, "sum") = callee.kind else { return XCTFail() }
        XCTAssertEqual(base.start, SourcePosition(line: 2, column: 6))
        XCTAssertEqual(base.end, SourcePosition(line: 2, column: 12))
    }
}
