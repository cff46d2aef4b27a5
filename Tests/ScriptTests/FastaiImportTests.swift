import XCTest
@testable import Script

/// fastai's star imports and the REPL's preloaded names: the real torch.nn and torch.nn.functional
/// (not stand-ins), the standard modules fastai re-exports, and a NameError that names what is provided.
final class FastaiImportTests: XCTestCase {
    private func run(_ source: String, preload: Bool = false) throws -> String {
        var out = ""
        let interp = Interpreter(output: { out += $0 })
        if preload { interp.preloadTorch() }
        try interp.run(source)
        return out
    }

    func testStarImportBindsTheRealNNModules() throws {
        let out = try run("""
            from fastai.basics import *
            net = nn.Sequential(nn.Linear(3, 2), nn.ReLU())
            print(net)
            print(F.relu(tensor(-1., 2)))
            print(nn is torch.nn, F is torch.nn.functional, math.sqrt(4.0), partial(max, 3)(5))
            print(to_np(tensor([1., 2.]).requires_grad_()))
            """)
        XCTAssertEqual(out, """
            Sequential(
              (0): Linear(in_features=3, out_features=2, bias=True)
              (1): ReLU()
            )
            tensor([0., 2.])
            True True 2.0 5
            [1. 2.]

            """)
    }

    func testOtherFastaiNamesFailNamingWhatIsProvided() {
        XCTAssertThrowsError(try run("from fastbook import *\nlearn = Learner(None)\n")) { error in
            let e = error as? PyError
            XCTAssertEqual(e?.message, "name 'Learner' is not defined")
            XCTAssertTrue(e?.hint?.contains("tensor, to_np, Tensor, torch, nn, F, np, plt") ?? false, "\(String(describing: e?.hint))")
        }
        // Without a fastai import a NameError keeps its ordinary hint.
        XCTAssertThrowsError(try run("Learner\n")) { XCTAssertNil(($0 as? PyError)?.hint) }
    }

    func testPreloadedNNAndFLoadOnFirstUse() throws {
        let interp = Interpreter()
        interp.preloadTorch()
        XCTAssertNil(interp.loadedModules["torch.nn"], "start-up must not load the bundled nn library")
        XCTAssertTrue(interp.isKnownName("nn") && interp.isKnownName("F"))
        XCTAssertEqual(try run("print(nn.Linear(2, 1).out_features, F.relu(torch.tensor([-3.])))\n", preload: true),
                       "1 tensor([0.])\n")
        // The learner's own binding wins over the preloaded module.
        XCTAssertEqual(try run("nn = 5\nprint(nn)\n", preload: true), "5\n")
    }
}
