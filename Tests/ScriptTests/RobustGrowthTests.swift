import XCTest
@testable import Script

/// Containers the program grows (list `+`, `+=`, `extend`, `append`, `*`; string `+`, `*`, `join`)
/// stop at the session's element limit with Python's MemoryError instead of aborting, and a broadcast
/// beyond the machine fails with PyTorch's allocation error.
final class RobustGrowthTests: XCTestCase {
    private func run(_ source: String, limit: Int = 1000) throws -> String {
        var out = ""
        let interp = Interpreter(output: { out += $0 })
        interp.maxElements = limit
        try interp.run(source)
        return out
    }

    func testDoublingLoopsEndInMemoryError() throws {
        let growers = ["l = l + l", "l += l", "l.extend(l)", "l = l * 2", "l.append(0)",
                       "s = s + s", "s += s", "s = ''.join([s, s])", "s = s * 2"]
        for g in growers {
            let out = try run("""
            l = [0]
            s = "ab"
            try:
                while True:
                    \(g)
            except MemoryError as e:
                print(type(e).__name__, len(l) <= 1000, len(s) <= 1000)
            """)
            XCTAssertEqual(out, "MemoryError True True\n", g)
        }
    }

    func testBroadcastBeyondTheMachineIsPyTorchsAllocationError() {
        XCTAssertThrowsError(try run("import torch\ntorch.zeros(100000, 1) + torch.zeros(1, 100000)", limit: 100_000_000)) { e in
            XCTAssertTrue((e as? PyError)?.message.contains("DefaultCPUAllocator: not enough memory: you tried to allocate 40000000000 bytes") ?? false, "\(e)")
        }
    }
}
