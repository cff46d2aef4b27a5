#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds how many columns the output has: the terminal's size (ioctl `TIOCGWINSZ`), else the
/// `COLUMNS` environment variable, else 80.
public enum TerminalWidth {
    public static let fallback = 80

    /// The pure decision: the ioctl result (nil or 0 when unknown), then `COLUMNS`, then 80.
    public static func resolve(ioctlColumns: Int?, columnsEnv: String?) -> Int {
        if let cols = ioctlColumns, cols > 0 { return cols }
        if let text = columnsEnv?.trimmingSpaces, let cols = Int(text), cols > 0, cols <= 100_000 {
            return cols
        }
        return fallback
    }

    /// The terminal width of `fd` per ioctl, or nil.
    public static func ioctlColumns(fd: Int32) -> Int? {
        var size = winsize()
        let rc = withUnsafeMutablePointer(to: &size) { ptr in
            ioctl(fd, UInt(TIOCGWINSZ), UnsafeMutableRawPointer(ptr))
        }
        guard rc == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// The width for output on `fd`, resolved now (so window resizes are seen).
    public static func current(fd: Int32) -> Int {
        resolve(ioctlColumns: ioctlColumns(fd: fd), columnsEnv: Environment.get("COLUMNS"))
    }
}

/// Reads environment variables without Foundation.
public enum Environment {
    /// The value of `name`, or nil when unset.
    public static func get(_ name: String) -> String? {
        guard let raw = getenv(name) else { return nil }
        return String(cString: raw)
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }
}
