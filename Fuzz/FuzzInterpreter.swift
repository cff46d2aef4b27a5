// libFuzzer entry over gradstep's parser and interpreter. Built by Fuzz/build.sh, not by SwiftPM.
import Autograd
import Glibc
import Script

/// Work caps per input, so slow inputs end as interrupts instead of libFuzzer timeouts.
enum FuzzLimits {
    static let maxPolls = 20_000
    static let maxSeconds = 0.5
    static let maxElements = 20_000
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
    interpreter.preloadTorch()
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
