/// Where a learner stopped in each lesson, kept in one small JSON file:
/// `{"lessons": {"02_quadratic": {"step": 4, "steps": 17}}}` (`step` = steps done).
///
/// The path is `GRADSTEP_LESSON_STATE`, else `~/.gradstep_lessons.json`. A missing or unreadable file
/// means no progress; a failed write is reported by `save` returning false, never fatal.
public struct LessonProgressStore: Sendable {
    /// Progress in one lesson.
    public struct Entry: Sendable, Equatable {
        /// Steps done (the next step's index).
        public var step: Int
        /// The lesson's step count when saved (a changed lesson starts over).
        public var steps: Int
        public init(step: Int, steps: Int) {
            self.step = step
            self.steps = steps
        }
    }

    public let path: String

    public init(path: String) { self.path = path }

    /// The store at `GRADSTEP_LESSON_STATE` or `~/.gradstep_lessons.json`; nil without a home directory.
    public static func standard() -> LessonProgressStore? {
        if let path = LessonFiles.environment("GRADSTEP_LESSON_STATE") { return LessonProgressStore(path: path) }
        guard let home = LessonFiles.environment("HOME") else { return nil }
        return LessonProgressStore(path: home + "/.gradstep_lessons.json")
    }

    /// Every lesson's progress (empty when the file is missing or not this format).
    public func load() -> [String: Entry] {
        guard let text = LessonFiles.read(path, limit: 1_000_000) else { return [:] }
        return Self.decode(text)
    }

    public func entry(_ lesson: String) -> Entry? { load()[lesson] }

    /// Records progress in one lesson (nil removes it); false if the file could not be written.
    @discardableResult
    public func set(_ lesson: String, _ entry: Entry?) -> Bool {
        var all = load()
        all[lesson] = entry
        return LessonFiles.write(Self.encode(all), to: path)
    }

    // MARK: - JSON

    static func encode(_ entries: [String: Entry]) -> String {
        let body = entries.keys.sorted().compactMap { name -> String? in
            guard let e = entries[name] else { return nil }
            return "    \(quote(name)): {\"step\": \(e.step), \"steps\": \(e.steps)}"
        }
        return "{\n  \"lessons\": {\n" + body.joined(separator: ",\n") + (body.isEmpty ? "" : "\n") + "  }\n}\n"
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if c.value < 0x20 { out += "\\u" + String(repeating: "0", count: 4 - String(c.value, radix: 16).count) + String(c.value, radix: 16) } else { out.unicodeScalars.append(c) }
            }
        }
        return out + "\""
    }

    static func decode(_ text: String) -> [String: Entry] {
        var reader = JSONReader(Array(text.unicodeScalars))
        guard case .object(let root)? = reader.value(depth: 0), case .object(let lessons)? = root["lessons"] else { return [:] }
        var out: [String: Entry] = [:]
        for (name, value) in lessons {
            guard case .object(let fields) = value, case .number(let step)? = fields["step"], case .number(let steps)? = fields["steps"],
                  let s = Int(exactly: step), let n = Int(exactly: steps), s >= 0, n >= 0 else { continue }
            out[name] = Entry(step: s, steps: n)
        }
        return out
    }
}

/// A small JSON reader (objects, arrays, strings, numbers, literals) for the progress file.
private struct JSONReader {
    indirect enum JSON {
        case object([String: JSON]), array([JSON]), string(String), number(Double), literal
    }

    let text: [Unicode.Scalar]
    var i = 0

    init(_ text: [Unicode.Scalar]) { self.text = text }

    mutating func skipSpace() {
        while i < text.count, text[i] == " " || text[i] == "\n" || text[i] == "\t" || text[i] == "\r" { i += 1 }
    }

    mutating func value(depth: Int) -> JSON? {
        guard depth < 32 else { return nil }
        skipSpace()
        guard i < text.count else { return nil }
        switch text[i] {
        case "{":
            i += 1
            var fields: [String: JSON] = [:]
            skipSpace()
            if i < text.count, text[i] == "}" { i += 1; return .object(fields) }
            while true {
                skipSpace()
                guard case .string(let key)? = string() else { return nil }
                skipSpace()
                guard i < text.count, text[i] == ":" else { return nil }
                i += 1
                guard let v = value(depth: depth + 1) else { return nil }
                fields[key] = v
                skipSpace()
                guard i < text.count else { return nil }
                if text[i] == "," { i += 1; continue }
                if text[i] == "}" { i += 1; return .object(fields) }
                return nil
            }
        case "[":
            i += 1
            var items: [JSON] = []
            skipSpace()
            if i < text.count, text[i] == "]" { i += 1; return .array(items) }
            while true {
                guard let v = value(depth: depth + 1) else { return nil }
                items.append(v)
                skipSpace()
                guard i < text.count else { return nil }
                if text[i] == "," { i += 1; continue }
                if text[i] == "]" { i += 1; return .array(items) }
                return nil
            }
        case "\"":
            return string()
        default:
            var s = ""
            while i < text.count, "+-0123456789.eEtruefalsn".unicodeScalars.contains(text[i]) { s.unicodeScalars.append(text[i]); i += 1 }
            if s == "true" || s == "false" || s == "null" { return .literal }
            return Double(s).map { .number($0) }
        }
    }

    mutating func string() -> JSON? {
        guard i < text.count, text[i] == "\"" else { return nil }
        i += 1
        var out = ""
        while i < text.count {
            let c = text[i]
            i += 1
            if c == "\"" { return .string(out) }
            if c == "\\" {
                guard i < text.count else { return nil }
                let e = text[i]
                i += 1
                switch e {
                case "n": out += "\n"
                case "t": out += "\t"
                case "r": out += "\r"
                case "u":
                    guard i + 4 <= text.count, let code = UInt32(String(String.UnicodeScalarView(text[i..<i + 4])), radix: 16) else { return nil }
                    i += 4
                    out.unicodeScalars.append(Unicode.Scalar(code) ?? "?")
                default: out.unicodeScalars.append(e)
                }
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return nil
    }
}
