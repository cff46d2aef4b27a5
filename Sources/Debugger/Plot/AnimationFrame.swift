/// Redraws a block of text in place in a terminal (for `train N --animate`): each frame moves the
/// cursor back up over the previous frame's lines, erases and rewrites them, and erases any lines
/// the previous frame had beyond the new one. Frames are written with a trailing newline, so the
/// cursor rests at the start of the line below the block between frames. Lines must fit the
/// terminal's width (a wrapped line would take two rows and break the count).
public struct AnimationFrame: Sendable, Equatable {
    /// How many lines the last frame written through `next` took (0 before the first).
    public private(set) var previousLineCount: Int = 0

    public init() {}

    /// The text to write for `frame`, replacing the previous one; remembers its line count.
    public mutating func next(_ frame: String) -> String {
        let out = AnimationFrame.redraw(frame, previousLineCount: previousLineCount)
        previousLineCount = AnimationFrame.lineCount(frame)
        return out
    }

    /// The number of terminal lines `frame` takes (a final newline does not start a new line).
    public static func lineCount(_ frame: String) -> Int {
        frameLines(frame).count
    }

    /// Cursor-up (`ESC[nA`) over `previousLineCount` lines, then each line of `frame` preceded by
    /// erase-line (`ESC[2K`) and followed by a newline; if the previous frame was taller, its extra
    /// lines are erased and the cursor moved back up to just below the new frame.
    public static func redraw(_ frame: String, previousLineCount: Int) -> String {
        let previous = max(0, previousLineCount)
        let lines = frameLines(frame)
        var out = "\r"
        if previous > 0 { out += "\u{1B}[\(previous)A" }
        for line in lines { out += "\u{1B}[2K" + line + "\n" }
        let extra = previous - lines.count
        if extra > 0 {
            out += String(repeating: "\u{1B}[2K\n", count: extra)
            out += "\u{1B}[\(extra)A"
        }
        return out
    }

    static func frameLines(_ frame: String) -> [Substring] {
        if frame.isEmpty { return [] }
        var lines = frame.split(separator: "\n", omittingEmptySubsequences: false)
        if frame.hasSuffix("\n") { lines.removeLast() }
        return lines
    }
}
