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

    /// The growth paths the first round missed: tuple `+`, slice assignment, starred displays, f-strings,
    /// `replace`, and the padding methods sized by an argument.
    func testEveryOtherGrowthPathEndsInMemoryError() throws {
        let growers = ["t = t + t", "l[len(l):] = l", "l = [*l, *l]", "s = f'{s}{s}'", "s = s.replace('a', 'aa')",
                       "s = s.center(len(s) * 2)", "s = s.ljust(len(s) * 2)", "s = s.rjust(len(s) * 2)",
                       "s = s.zfill(len(s) * 2)", "s = (s + '\\t').expandtabs(len(s) * 2)"]
        for g in growers {
            let out = try run("""
            l = [0]
            t = (0,)
            s = "ab"
            try:
                while True:
                    \(g)
            except MemoryError as e:
                print(type(e).__name__, len(l) <= 1000, len(t) <= 1000, len(s) <= 1000)
            """)
            XCTAssertEqual(out, "MemoryError True True True\n", g)
        }
        // One call sized far beyond the machine is the same MemoryError, not an allocator abort.
        for big in ["'x'.center(10**12)", "'x'.zfill(10**12)", "'\\t'.expandtabs(10**12)", "torch.Size([1, 2]) * 2**62"] {
            XCTAssertThrowsError(try run("import torch\n" + big), big) { e in XCTAssertEqual((e as? PyError)?.kind, .memory, big) }
        }
    }

    func testBroadcastBeyondTheMachineIsPyTorchsAllocationError() {
        XCTAssertThrowsError(try run("import torch\ntorch.zeros(100000, 1) + torch.zeros(1, 100000)", limit: 100_000_000)) { e in
            XCTAssertTrue((e as? PyError)?.message.contains("DefaultCPUAllocator: not enough memory: you tried to allocate 40000000000 bytes") ?? false, "\(e)")
        }
    }
}
