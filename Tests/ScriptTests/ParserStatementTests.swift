import XCTest
@testable import Script

final class ParserStatementTests: XCTestCase {
    private func roundTrip(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            return try parseModule(source).source
        } catch {
            XCTFail("\(error)", file: file, line: line)
            return ""
        }
    }

    func testAssignments() {
        XCTAssertEqual(roundTrip("x = 1"), "x = 1")
        XCTAssertEqual(roundTrip("a = b = 0"), "a = b = 0")
        XCTAssertEqual(roundTrip("params.data = None"), "params.data = None")
        XCTAssertEqual(roundTrip("params.grad = None"), "params.grad = None")
        XCTAssertEqual(roundTrip("x[:, 0] = torch.linspace(-1, 1, 5)"), "x[:, 0] = torch.linspace((-1), 1, 5)")
        XCTAssertEqual(roundTrip("v[1:3] = 2.5"), "v[1:3] = 2.5")
        XCTAssertEqual(roundTrip("a, b, c = params"), "(a, b, c) = params")
        XCTAssertEqual(roundTrip("line, = plt.plot(x)"), "(line,) = plt.plot(x)")
        XCTAssertEqual(roundTrip("(a, b) = W.detach().numpy()"), "(a, b) = W.detach().numpy()")
        XCTAssertEqual(roundTrip("[a, *rest] = xs"), "[a, *rest] = xs")
        XCTAssertEqual(roundTrip("x = 1, 2"), "x = (1, 2)")
        XCTAssertEqual(roundTrip("n: int = 3"), "n: int = 3")
    }

    func testAugmentedAssignments() {
        let ops = ["+=", "-=", "*=", "/=", "@=", "**=", "//=", "%="]
        for op in ops {
            XCTAssertEqual(roundTrip("x \(op) y"), "x \(op) y")
        }
        XCTAssertEqual(roundTrip("params.data -= lr * params.grad.data"), "params.data -= (lr * params.grad.data)")
        XCTAssertEqual(roundTrip("e[i] += 1"), "e[i] += 1")
    }

    func testSemicolonsAndTrailingSemicolon() {
        XCTAssertEqual(roundTrip("m = tensor(3.,2); m, m.shape"), "m = tensor(3.0, 2)\n(m, m.shape)")
        XCTAssertEqual(roundTrip("pl.plot(x, y, '-');"), "pl.plot(x, y, '-')")
        XCTAssertEqual(roundTrip("a = 1;b = 2;\n"), "a = 1\nb = 2")
    }

    func testFunctions() {
        XCTAssertEqual(roundTrip("def mse(p, t): return ((p - t) ** 2).mean()"), "def mse(p, t):\n    return ((p - t) ** 2).mean()")
        XCTAssertEqual(roundTrip("def f(a, b=1, *, c=2):\n    return a\n"), "def f(a, b=1, *, c=2):\n    return a")
        XCTAssertEqual(roundTrip("def g(*args, **kw):\n    pass"), "def g(*args, **kw):\n    pass")
        XCTAssertEqual(roundTrip("def h(x: float) -> float:\n    return x"), "def h(x: float) -> float:\n    return x")
        XCTAssertEqual(roundTrip("def f(x, params):\n    a, b, c = params\n    return a * (x ** 2) + b * x + c"),
                       "def f(x, params):\n    (a, b, c) = params\n    return (((a * (x ** 2)) + (b * x)) + c)")
        XCTAssertEqual(roundTrip("def animate(i):\n    update()\n    return line,"),
                       "def animate(i):\n    update()\n    return (line,)")
    }

    func testControlFlow() {
        XCTAssertEqual(roundTrip("for i in range(3):\n    if i % 2 == 0: print(i)\n    elif i > 1:\n        break\n    else:\n        continue\n"),
                       "for i in range(3):\n    if ((i % 2) == 0):\n        print(i)\n    else:\n        if (i > 1):\n            break\n        else:\n            continue")
        XCTAssertEqual(roundTrip("for i, (a, b) in enumerate(z): pass"), "for (i, (a, b)) in enumerate(z):\n    pass")
        XCTAssertEqual(roundTrip("while x < 3:\n    x += 1\nelse:\n    pass"), "while (x < 3):\n    x += 1\nelse:\n    pass")
        XCTAssertEqual(roundTrip("with torch.no_grad(): w -= 0.25 * w.grad"), "with torch.no_grad():\n    w -= (0.25 * w.grad)")
        XCTAssertEqual(roundTrip("with open(p) as f, g() as (a, b):\n    pass"), "with open(p) as f, g() as (a, b):\n    pass")
        XCTAssertEqual(roundTrip("try:\n    x\nexcept ValueError as e:\n    pass\nfinally:\n    y"),
                       "try:\n    x\nexcept ValueError as e:\n    pass\nfinally:\n    y")
    }

    func testElifIsNestedIf() throws {
        let module = try parseModule("if a:\n    x\nelif b:\n    y\nelse:\n    z\n")
        guard case .if(_, _, let orElse) = module.body[0].kind, orElse.count == 1,
              case .if(let condition, _, let inner) = orElse[0].kind else { return XCTFail() }
        XCTAssertEqual(condition.kind, .name("b"))
        XCTAssertEqual(orElse[0].start, SourcePosition(line: 3, column: 1))
        XCTAssertEqual(inner.count, 1)
    }

    func testImports() {
        XCTAssertEqual(roundTrip("import torch"), "import torch")
        XCTAssertEqual(roundTrip("import torch.nn.functional as F"), "import torch.nn.functional as F")
        XCTAssertEqual(roundTrip("from torch import nn"), "from torch import nn")
        XCTAssertEqual(roundTrip("from fastai.basics import *"), "from fastai.basics import *")
        XCTAssertEqual(roundTrip("import numpy as np, matplotlib.pyplot as plt"), "import numpy as np, matplotlib.pyplot as plt")
        XCTAssertEqual(roundTrip("from matplotlib import (animation, rc)"), "from matplotlib import animation, rc")
        XCTAssertEqual(roundTrip("from . import x"), "from . import x")
    }

    func testClassAndOtherSimpleStatements() {
        let source = """
        class LineFitting(torch.nn.Module):
            def __init__(self):
                super().__init__()
                W = torch.tensor([0, 0], dtype=torch.float32)
                self.W = torch.nn.Parameter(W)
            def forward(self, x):
                return self.W[0] * x + self.W[1]
        """
        XCTAssertEqual(roundTrip(source), """
        class LineFitting(torch.nn.Module):
            def __init__(self):
                super().__init__()
                W = torch.tensor([0, 0], dtype=torch.float32)
                self.W = torch.nn.Parameter(W)
            def forward(self, x):
                return ((self.W[0] * x) + self.W[1])
        """)
        XCTAssertEqual(roundTrip("global a, b"), "global a, b")
        XCTAssertEqual(roundTrip("del x[0], y"), "del x[0], y")
        XCTAssertEqual(roundTrip("assert x > 0, 'neg'"), "assert (x > 0), 'neg'")
        XCTAssertEqual(roundTrip("raise ValueError('x')"), "raise ValueError('x')")
        XCTAssertEqual(roundTrip("@dec\ndef f(): pass"), "@dec\ndef f():\n    pass")
    }

    func testContinuationLinesAndComments() {
        XCTAssertEqual(roundTrip("x = (1 +  # one\n     2)\ny = 3 + \\\n    4\n# done\n"), "x = (1 + 2)\ny = (3 + 4)")
        XCTAssertEqual(roundTrip("\n\n# only comments\n   # indented comment\nx = 1\n\n"), "x = 1")
        XCTAssertEqual(roundTrip("if x:\n\n    # c\n    y = 1\n"), "if x:\n    y = 1")
        XCTAssertEqual(roundTrip("x = 1\r\ny = 2\r\n"), "x = 1\ny = 2")
    }
}
