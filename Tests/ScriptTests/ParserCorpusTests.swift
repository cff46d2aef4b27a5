import Foundation
import XCTest
@testable import Script

final class ParserCorpusTests: XCTestCase {
    /// Every oracle case (`visible/*.py`, `rng/*.py`) must parse.
    func testEveryOracleCaseParses() throws {
        let root = URL(fileURLWithPath: "/work/shared/oracle/cases")
        guard FileManager.default.fileExists(atPath: root.path) else {
            throw XCTSkip("oracle cases not present at \(root.path)")
        }
        var count = 0
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "py" else { continue }
            let source = try String(contentsOf: url, encoding: .utf8)
            do {
                let module = try parseModule(source, filename: url.lastPathComponent)
                XCTAssertFalse(module.body.isEmpty, url.lastPathComponent)
                count += 1
            } catch {
                XCTFail("\(url.lastPathComponent):\n\(error.rendered)")
            }
        }
        XCTAssertGreaterThan(count, 40)
    }

    /// Code as it appears in the seed notebooks (reassembled from the extracted text).
    static let seedSnippets: [String] = [
        """
        from fastai.imports import *
        from fastai.torch_imports import *
        from fastai.torch_core import *
        num_points = 20
        x = torch.arange(0,num_points).float()
        d = 0.75
        e = 9.5
        noise = 1 + torch.randn(num_points)*3
        y = d*(x-e)**2 + noise
        y, -2*d*e, d*(e**2)
        plt.scatter(x,y)
        params = torch.randn(3).requires_grad_()
        def f(x, params):
            a,b,c = params
            return a*(x**2) + b*x + c
        yhat = f(x, params)
        plt.scatter(x, y); plt.scatter(x, to_np(yhat), color= 'red')
        def mse(yhat, y):
            return ((yhat-y)**2).mean()
        lr = 1e-5
        params.data -= lr*params.grad.data
        params.grad = None
        def step(params, lr=1e-5, prn=True):
            yhat = f(x, params)
            loss = mse(yhat, y)
            loss.backward()
            params.data -= lr*params.grad.data
            params.grad = None
            if prn: print(loss.item(), params)
            return yhat
        def learner(num_iterations, record_interval, lr):
            preds_list = []
            params_list = []
            for i in range(num_iterations):
                prn = i % record_interval == 0
                preds = step(params, lr, prn)
                if prn:
                    preds_list.append(preds)
                    params_list.append(params.detach().clone())
            return preds_list, params_list
        preds_list, params_list = learner(1000000, 100000, 1e-5)
        num_preds = len(preds_list)
        _, axs = plt.subplots(1, num_preds, figsize=(24,3))
        for j in range(num_preds):
            a,b,c = params_list[j]
            dhat = a
            ehat = -1*b/(2*a)
            axs[j].scatter(x, y)
            axs[j].scatter(x, to_np(preds_list[j]), color='red')
            axs[j].set_title(f'd={dhat:3.3f} e={ehat:3.3f}')
        plt.tight_layout()
        """,
        """
        import torch
        import matplotlib.pyplot as pl
        import numpy as np
        x = torch.linspace(0, 1, 10)
        y_true = 3 * x + torch.sin(6 * x) + 1
        pl.plot(x, y_true, '--o');
        W = torch.tensor([0., 0.], requires_grad=True)
        y_pred = W[0]*x + W[1]
        err = torch.linalg.vector_norm(y_pred - y_true) / x.shape[0]
        err.backward()
        grad = W.grad
        epsilon = 0.01
        with torch.no_grad():
            W.sub_(epsilon * grad)
        #
        # Previous error is 0.8162
        #
        def report(i):
            with torch.no_grad():
                e = err(W)
                print("[{}] a={:.2f} b={:.2f}, err={:.2f}".format(i, W[0], W[1], e))
        N = 2000
        e = np.zeros(N)
        for i in range(N):
            e[i] = update_step()
            if i % (N//10) == 0:
                report(i)
        (a, b) = W.detach().numpy()
        pl.subplot(2,1,1)
        pl.plot(x, y_true, '--')
        pl.plot(x, y_pred, '-');
        pl.subplot(2,1,2); pl.plot(e)
        class PolyFit(torch.nn.Module):
            def __init__(self, degree):
                super().__init__()
                self.degree = degree
                self.W = torch.nn.Parameter(torch.zeros(degree))
            def forward(self, x):
                y = torch.zeros_like(x)
                for i in range(self.degree):
                    y += self.W[i] * (x ** i)
                return y
        def train(x, y_true, model, LossFn, OptimizerFn, lr, epochs):
            loss = LossFn()
            optimizer = OptimizerFn(model.parameters(), lr=lr)
            for epoch in range(epochs):
                optimizer.zero_grad()
                y = model(x)
                loss(y, y_true).backward()
                optimizer.step()
                if epoch % (epochs//10) == 0:
                    with torch.no_grad():
                        l = loss(y, y_true).numpy()
                        W = next(model.parameters()).numpy()
                        print(l, W)
        poly = PolyFit(5)
        train(x, y_true, poly, torch.nn.MSELoss, torch.optim.SGD, 0.05, 100_000)
        """,
        """
        import matplotlib.pyplot as plt
        plt.style.use('dark_background')
        from fastai.basics import *
        from torch import nn
        n = 100
        x = torch.ones(n, 2)
        len(x), x[:5]
        x[:,0].uniform_(-1., 1)
        m = tensor(3.,2); m, m.shape
        b = torch.rand(n); b[:5], b.shape
        y = x@m + b
        def mse(y_hat, y): return ((y_hat-y)**2).mean()
        a = tensor(.5, .75)
        a = nn.Parameter(a); a
        def update():
            y_hat = x@a
            loss = mse(y, y_hat)
            if i % 10 == 0: print(loss)
            loss.backward()
            with torch.no_grad():
                a.sub_(lr * a.grad)
                a.grad.zero_()
        lr = 1e-1
        for i in range(100): update()
        from matplotlib import animation, rc
        rc('animation', html='jshtml')
        def animate(i):
            update()
            line.set_ydata((x@a).detach())
            return line,
        fig = plt.figure()
        plt.scatter(x[:,0], y, c='orange')
        line, = plt.plot(x[:,0], (x@a).detach())
        plt.close()
        animation.FuncAnimation(fig, animate, np.arange(0,100), interval=20)
        """,
        """
        def show_preds(preds, ax=None):
            if ax is None:
                ax = plt.subplots()[1]
            ax.scatter(time, speed)
            ax.scatter(time, to_np(preds), color = 'red')
        speed = torch.randn(20)*3 + 0.75*(time-9.5)**2 + 1
        def mse(y, y_hat): return ((y-y_hat)**2).mean() #Define the error function
        """,
    ]

    func testSeedSnippetsParse() {
        for (index, snippet) in Self.seedSnippets.enumerated() {
            do {
                let module = try parseModule(snippet)
                XCTAssertGreaterThan(module.body.count, 2, "snippet \(index)")
            } catch {
                XCTFail("snippet \(index):\n\(error.rendered)")
            }
        }
    }

    func testQuadraticFitShapes() throws {
        let module = try parseModule(Self.seedSnippets[0])
        guard let def = module.body.first(where: {
            if case .functionDef(let f) = $0.kind { return f.name == "step" }
            return false
        }), case .functionDef(let step) = def.kind else { return XCTFail("no step()") }
        XCTAssertEqual(step.parameters.positional.map(\.name), ["params", "lr", "prn"])
        XCTAssertEqual(step.parameters.positional[1].defaultValue?.kind, .float(1e-5))
        XCTAssertEqual(step.body.count, 7)
        XCTAssertEqual(def.start, SourcePosition(line: 23, column: 1))
    }
}
