// libFuzzer entry over gradstep's parser and interpreter, as `gradstep --plain` runs a program: nothing is
// preloaded, so an input imports what it uses. (Preloading torch, numpy and pyplot for every input was
// half the cost of a short input; the debugger target covers the preloaded prompt.)
// Built by Fuzz/build.sh, not by SwiftPM.
import Autograd
import Glibc
import Script

/// Work caps per input, so slow inputs end as interrupts instead of libFuzzer timeouts. The caps bound
/// the work an input may do, not the shapes of what it does: every size check and loop path stays
/// reachable with smaller numbers, and a short run keeps executions per second high.
enum FuzzLimits {
    static let maxPolls = 2_000
    static let maxSeconds = 0.1
    static let maxElements = 4_096
    static let recursionLimit = 40
}

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let interpreter = Interpreter()
    interpreter.maxElements = FuzzLimits.maxElements
    interpreter.recursionLimit = FuzzLimits.recursionLimit
    let deadline = now() + FuzzLimits.maxSeconds
    var polls = 0
    interpreter.shouldInterrupt = {
        polls += 1
        return polls > FuzzLimits.maxPolls || now() > deadline
    }
    var printed = 0
    interpreter.output = { printed += $0.utf8.count }
    do {
        try interpreter.run(source)
    } catch {
        _ = String(describing: error)
    }
    return 0
}
