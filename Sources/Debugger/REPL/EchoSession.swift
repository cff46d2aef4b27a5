import Script

/// A stand-in `InteractiveSession` used by tests and by the CLI until the real session is wired in.
///
/// - `prompt` is `gradstep> `.
/// - A line ending in `:` opens a block (`needsMoreInput` stays true until the REPL's blank line).
/// - `run` echoes the input to stdout; `quit` returns `.quit`; `fail` writes `error: fail` to stderr
///   (style `.error`) and returns `.failed`.
/// - `completions` offers the words of `EchoSession.words` starting with the identifier before the cursor.
public final class EchoSession: InteractiveSession {
    /// The fixed completion vocabulary.
    public static let words = [
        "backward", "grad", "graph", "help", "print", "quit", "requires_grad", "step", "tensor", "torch",
    ]

    public init() {}

    /// Unused by the echo itself; the protocol's interpreter.
    public let interpreter = Interpreter()
    public var compilesLoops = true

    public var prompt: String { "gradstep> " }

    public func needsMoreInput(_ buffer: String) -> Bool {
        buffer.split(separator: "\n").contains { line in
            var l = Substring(line)
            while let c = l.last, c == " " || c == "\t" || c == "\r" { l.removeLast() }
            return l.hasSuffix(":")
        }
    }

    public func run(_ input: String, console: Console) -> RunOutcome {
        let command = input.trimmingSpaces
        if command == "quit" { return .quit }
        if command == "fail" {
            console.err("error: fail\n", .error)
            return .failed
        }
        console.out(input + "\n", .plain)
        return .ok
    }

    public func completions(line: String, cursor: Int) -> [String] {
        let bytes = Array(line.utf8)
        let end = max(0, min(cursor, bytes.count))
        let before = String(decoding: bytes[..<end], as: UTF8.self)
        var word = ""
        for c in before.reversed() {
            guard c == "_" || c.isLetter || c.isNumber else { break }
            word.insert(c, at: word.startIndex)
        }
        return EchoSession.words.filter { $0.hasPrefix(word) }
    }
}
