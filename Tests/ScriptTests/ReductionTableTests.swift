import XCTest
@testable import Script
@testable import Autograd

/// The reductions declared in `OpTable.reductions`: each bound as `Tensor.f` and `torch.f` from its
/// declaration, with values, grad_fns, gradients and error texts as PyTorch 2.15 prints them.
final class ReductionTableTests: XCTestCase {
    private func run(_ source: String) throws -> String {
        var out = ""
        let interp = Interpreter(output: { out += $0 })
        interp.preloadTorch()
        try interp.run(source)
        return out
    }

    func testEveryDeclaredReductionIsAMethodAndATorchFunction() throws {
        XCTAssertEqual(Set(OpTable.reductions.flatMap(\.python.names)),
                       ["sum", "mean", "nansum", "nanmean", "prod", "amax", "amin", "logsumexp", "std", "var", "any", "all"])
        for e in OpTable.reductions {
            let name = e.python.name
            let out = try run("import torch\nx = torch.tensor([[1.0, -2.0], [0.5, 4.0]])\nprint(torch.\(name)(x, 0))\nprint(x.\(name)(0))\n")
            let lines = out.split(separator: "\n")
            XCTAssertEqual(lines.count, 2, name)
            XCTAssertEqual(lines.first, lines.last, name)
        }
    }

    func testValuesGradFnsAndGradientsAsPyTorch() throws {
        let out = try run("""
        import torch
        x = torch.tensor([[1.0, -2.0, 3.0], [0.5, 4.0, -1.5]], requires_grad=True)
        print(x.sum(), torch.sum(x, 1), x.sum((0, 1), keepdim=True))
        print(x.mean(0), torch.mean(x, dim=1, keepdim=True))
        print(x.prod(), torch.prod(x, 1), x.prod(dim=0, keepdim=True))
        print(x.amax(), torch.amax(x, 1), x.amin(dim=(0,), keepdims=True))
        print(x.logsumexp(1), torch.logsumexp(x, dim=(0, 1)))
        n = torch.tensor([1.0, float('nan'), 2.0])
        print(n.nansum(), torch.nansum(n, 0, dtype=torch.float64), n.nanmean(), torch.nanmean(n, dim=0, keepdim=True))
        print(x.std(), torch.var(x, 1), x.std(0, True, True), x.var(dim=1, correction=0, keepdim=True), x.std(False), torch.std(x, unbiased=False))
        y = (x.sum(1) * x.prod(1) + x.amax(0).sum() + x.logsumexp(1).mean()).sum()
        y.backward()
        print(x.grad)
        """)
        XCTAssertEqual(out, """
        tensor(5., grad_fn=<SumBackward0>) tensor([2., 3.], grad_fn=<SumBackward1>) tensor([[5.]], grad_fn=<SumBackward1>)
        tensor([0.7500, 1.0000, 0.7500], grad_fn=<MeanBackward1>) tensor([[0.6667],
                [1.0000]], grad_fn=<MeanBackward1>)
        tensor(18., grad_fn=<ProdBackward0>) tensor([-6., -3.], grad_fn=<ProdBackward1>) tensor([[ 0.5000, -8.0000, -4.5000]], grad_fn=<ProdBackward1>)
        tensor(4., grad_fn=<AmaxBackward0>) tensor([3., 4.], grad_fn=<AmaxBackward0>) tensor([[ 0.5000, -2.0000, -1.5000]], grad_fn=<AminBackward0>)
        tensor([3.1328, 4.0337], grad_fn=<LogsumexpBackward0>) tensor(4.3746, grad_fn=<LogsumexpBackward0>)
        tensor(3.) tensor(3., dtype=torch.float64) tensor(1.5000) tensor([1.5000])
        tensor(2.3805, grad_fn=<StdBackward0>) tensor([6.3333, 7.7500], grad_fn=<VarBackward0>) tensor([[0.3536, 4.2426, 3.1820]], grad_fn=<StdBackward0>) tensor([[4.2222],
                [5.1667]], grad_fn=<VarBackward0>) tensor(2.1731, grad_fn=<StdBackward0>) tensor(2.1731, grad_fn=<StdBackward0>)
        tensor([[-1.5882e+01,  5.8999e-03, -7.1244e+00],
                [-2.0971e+01, -2.2831e+00,  3.0040e+00]])

        """)
    }

    func testADimIsRequiredWhereTheSignatureHasNoDefault() {
        for source in ["import torch\ntorch.tensor([1.0]).logsumexp()", "import torch\ntorch.logsumexp(torch.tensor([1.0]))"] {
            XCTAssertThrowsError(try run(source)) { error in
                XCTAssertEqual((error as? PyError)?.message, "logsumexp() missing 1 required positional arguments: \"dim\"")
            }
        }
    }

    func testEveryDeclaredScanIsAMethodAndATorchFunction() throws {
        XCTAssertEqual(Set(OpTable.scans.flatMap(\.python.names)), ["cumsum", "cumprod", "logcumsumexp", "cummax", "cummin"])
        for e in OpTable.scans {
            let name = e.python.name
            let out = try run("import torch\nx = torch.tensor([[1.0, -2.0], [0.5, 4.0]])\nprint(repr(torch.\(name)(x, 0)) == repr(x.\(name)(0)))\n")
            XCTAssertEqual(out, "True\n", name)
        }
    }

    func testScansAsPyTorchWithDTypeConvertingTheInputFirst() throws {
        let out = try run("""
        import torch
        x = torch.tensor([[1.0, -2.0, 3.0], [0.5, 4.0, -1.5]], requires_grad=True)
        print(x.cumsum(1), torch.cumsum(x, dim=0))
        print(x.cumprod(1), torch.cumprod(x, 0, dtype=torch.float64))
        print(x.logcumsumexp(1), torch.logcumsumexp(x, 0))
        print(x.cummax(1))
        print(torch.cummin(x, dim=0).indices)
        (x.cumsum(1).sum() + x.cumprod(1).sum() + x.logcumsumexp(0).sum() + x.cummax(1).values.sum()).backward()
        print(x.grad)
        """)
        XCTAssertEqual(out, """
        tensor([[ 1.0000, -1.0000,  2.0000],
                [ 0.5000,  4.5000,  3.0000]], grad_fn=<CumsumBackward0>) tensor([[ 1.0000, -2.0000,  3.0000],
                [ 1.5000,  2.0000,  1.5000]], grad_fn=<CumsumBackward0>)
        tensor([[ 1.0000, -2.0000, -6.0000],
                [ 0.5000,  2.0000, -3.0000]], grad_fn=<CumprodBackward0>) tensor([[ 1.0000, -2.0000,  3.0000],
                [ 0.5000, -8.0000, -4.5000]], dtype=torch.float64,
               grad_fn=<CumprodBackward0>)
        tensor([[1.0000, 1.0486, 3.1328],
                [0.5000, 4.0298, 4.0337]], grad_fn=<LogcumsumexpBackward0>) tensor([[ 1.0000, -2.0000,  3.0000],
                [ 1.4741,  4.0025,  3.0110]], grad_fn=<LogcumsumexpBackward0>)
        torch.return_types.cummax(
        values=tensor([[1.0000, 1.0000, 3.0000],
                [0.5000, 4.0000, 4.0000]], grad_fn=<CummaxBackward0>),
        indices=tensor([[0, 0, 2],
                [0, 1, 1]]))
        tensor([[0, 0, 0],
                [1, 0, 1]])
        tensor([[-0.3775,  7.0025,  1.9890],
                [ 3.3775,  4.7475,  3.0110]])

        """)
    }

    func testDTypeConvertsTheInputFirstAsPyTorch() throws {
        let out = try run("""
        import torch
        x = torch.tensor([[1.1, -2.3, 3.7], [0.5, 4.9, -1.5]], requires_grad=True)
        print(x.sum(dtype=torch.float64), torch.sum(x, 1, dtype=torch.float64))
        print(x.mean(dtype=torch.float64), x.mean(0, keepdim=True, dtype=torch.float64))
        print(x.prod(dtype=torch.float64), torch.prod(x, 1, dtype=torch.float64))
        n = torch.tensor([1.1, float('nan'), 2.2], requires_grad=True)
        print(n.nansum(dtype=torch.float64), torch.nansum(n, 0, dtype=torch.float64))
        i = torch.tensor([1, 2, 4])
        print(i.sum(dtype=torch.float32), i.mean(dtype=torch.float32), i.prod(dtype=torch.float64), x.detach().sum(dtype=torch.int64))
        (x.sum(dtype=torch.float64) + x.prod(1, dtype=torch.float64).sum()).backward()
        print(x.grad)
        try:
            x.sum(dtype=torch.int64)
        except RuntimeError as e:
            print(e)
        """)
        XCTAssertEqual(out, """
        tensor(6.4000, dtype=torch.float64, grad_fn=<SumBackward0>) tensor([2.5000, 3.9000], dtype=torch.float64, grad_fn=<SumBackward1>)
        tensor(1.0667, dtype=torch.float64, grad_fn=<MeanBackward0>) tensor([[0.8000, 1.3000, 1.1000]], dtype=torch.float64,
               grad_fn=<MeanBackward1>)
        tensor(34.4017, dtype=torch.float64, grad_fn=<ProdBackward0>) tensor([-9.3610, -3.6750], dtype=torch.float64, grad_fn=<ProdBackward1>)
        tensor(3.3000, dtype=torch.float64, grad_fn=<NansumBackward0>) tensor(3.3000, dtype=torch.float64, grad_fn=<NansumBackward0>)
        tensor(7.) tensor(2.3333) tensor(8., dtype=torch.float64) tensor(5)
        tensor([[-7.5100,  5.0700, -1.5300],
                [-6.3500,  0.2500,  3.4500]])
        Autograd not support dtype: Long

        """)
    }

    func testAnyAndAllAlongDims() throws {
        let out = try run("""
        import torch
        b = torch.tensor([[True, False], [False, False]])
        print(b.any(1), b.all(0), torch.any(b, dim=1, keepdim=True), torch.tensor([[1., 0.], [2., 3.]]).all(1))
        print(b.any(), torch.all(b), torch.tensor([[0., float('nan')]]).t().any(0), torch.zeros(0, 3).all(0))
        print(torch.arange(6).reshape(2, 3).t().all(1), torch.any(torch.tensor([[0, 0], [0, 5]]), (0, 1)))
        """)
        XCTAssertEqual(out, """
        tensor([ True, False]) tensor([False, False]) tensor([[ True],
                [False]]) tensor([False,  True])
        tensor(True) tensor(False) tensor([True]) tensor([True, True, True])
        tensor([False,  True,  True]) tensor(True)

        """)
    }
}
