// libFuzzer entry over the debugger session: each input is a sequence of lines (commands and Python),
// run one by one through `DebugSession` as the prompt runs them. Built by Fuzz/build.sh, not by SwiftPM.
import Autograd
import Debugger
import Glibc
import Script

/// Work caps per input, so slow inputs end as interrupts instead of libFuzzer timeouts.
enum FuzzLimits {
    static let maxPolls = 2_000
    static let maxSeconds = 0.2
    static let maxElements = 4_096
    static let recursionLimit = 40
    static let maxLines = 64
}

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// The folder every file command writes in: the process works there, and file arguments lose their
/// slashes, so `save`, `graph --svg`, `plot --svg` and `save plots` can never reach outside it.
/// (libFuzzer's corpus and artifact paths must therefore be absolute: Fuzz/run.sh passes them so.)
let workFolder: String = {
    var template = Array("/tmp/gradstep-fuzz-XXXXXX".utf8CString)
    let made = template.withUnsafeMutableBufferPointer { b -> String? in
        guard let base = b.baseAddress, let dir = mkdtemp(base) else { return nil }
        return String(cString: dir)
    }
    let dir = made ?? "/tmp"
    _ = chdir(dir)
    return dir
}()

func confined(_ line: String) -> String {
    let words = ["save", "load", "graph", "plot", "%save", "%load", "%graph", "%plot"]
    guard words.contains(where: { line.hasPrefix($0) }) else { return line }
    return String(line.map { $0 == "/" ? "_" : $0 })
}

/// Empties the work folder, so that millions of inputs naming files leave no files behind (and one
/// input's saved file never changes what the next input loads).
func emptyWorkFolder() {
    guard let dir = opendir(workFolder) else { return }
    defer { closedir(dir) }
    while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
        if name == "." || name == ".." { continue }
        _ = unlink(workFolder + "/" + name)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = workFolder
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let deadline = now() + FuzzLimits.maxSeconds
    var polls = 0
    let session = DebugSession(interrupted: {
        polls += 1
        return polls > FuzzLimits.maxPolls || now() > deadline
    })
    session.interpreter.maxElements = FuzzLimits.maxElements
    session.interpreter.recursionLimit = FuzzLimits.recursionLimit
    let console = BufferConsole()
    var buffer = ""
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(FuzzLimits.maxLines) {
        let line = confined(String(raw))
        buffer = buffer.isEmpty ? line : buffer + "\n" + line
        if session.needsMoreInput(buffer) { continue }
        _ = session.run(buffer, console: console)
        buffer = ""
        if now() > deadline { break }
    }
    if !buffer.isEmpty { _ = session.run(buffer, console: console) }
    emptyWorkFolder()
    return 0
}
