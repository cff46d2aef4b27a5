#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Debugger

/// The terminal in non-canonical, no-echo mode while a paced demo (`lesson --auto --pace`) runs, so a
/// single Space or Enter is read at once without waiting for a line; Ctrl-C still raises SIGINT.
/// `restore()` puts back the settings it found.
final class PaceKeys {
    private var saved = termios()
    private var active = false

    /// Switches stdin to key-at-a-time reads; does nothing when stdin is not a terminal.
    init() {
        guard isatty(0) != 0, tcgetattr(0, &saved) == 0 else { return }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 0
            cc[Int(VTIME)] = 0
        }
        active = tcsetattr(0, TCSANOW, &raw) == 0
    }

    /// The key pressed since the last poll, without blocking: Space pauses, Enter advances.
    func poll() -> LessonRunner.PaceKey? {
        guard active else { return nil }
        var byte: UInt8 = 0
        while read(0, &byte, 1) == 1 {
            switch byte {
            case UInt8(ascii: " "): return .pause
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return .advance
            default: continue
            }
        }
        return nil
    }

    /// Puts the terminal back as it was.
    func restore() {
        guard active else { return }
        _ = tcsetattr(0, TCSANOW, &saved)
        active = false
    }

    deinit { restore() }
}
