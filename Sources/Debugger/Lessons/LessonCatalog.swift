/// The `.lesson` files of one directory, parsed, in file-name order; resolves `NAME` or a number.
public struct LessonCatalog: Sendable {
    /// One file: its lesson, or why it could not be read.
    public struct Item: Sendable {
        public var name: String
        public var path: String
        public var lesson: Result<Lesson, LessonParseError>
    }

    public static let fileExtension = ".lesson"
    public let directory: String
    public let items: [Item]

    /// Reads every `*.lesson` file in `directory`.
    public init(directory: String) {
        self.directory = directory
        items = LessonFiles.list(directory).filter { $0.hasSuffix(Self.fileExtension) }.map { file in
            let name = String(file.dropLast(Self.fileExtension.count))
            let path = directory + "/" + file
            return Item(name: name, path: path, lesson: Self.load(path: path, name: name))
        }
    }

    /// Reads and parses one lesson file.
    public static func load(path: String, name: String) -> Result<Lesson, LessonParseError> {
        guard let text = LessonFiles.read(path) else {
            return .failure(LessonParseError(file: name, line: 0, message: "cannot read \(path)"))
        }
        do {
            return .success(try LessonParser.parse(text, name: name))
        } catch {
            return .failure(error)
        }
    }

    /// The item `query` names: the file name without extension (`02_quadratic`), that name without its
    /// number (`quadratic`), or the number (`2`, `02`).
    public func find(_ query: String) -> Item? {
        if let exact = items.first(where: { $0.name == query }) { return exact }
        if let n = Int(query), query.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return items.first { LessonParser.leadingNumber($0.name) == n }
        }
        return items.first { Self.shortName($0.name) == query }
    }

    /// `02_quadratic` → `quadratic`.
    public static func shortName(_ name: String) -> String {
        let rest = name.drop { $0.isASCII && $0.isNumber }
        guard rest.count < name.count else { return name }
        return String(rest.drop { $0 == "_" || $0 == "-" })
    }

    /// The listing `gradstep lesson` prints: number, name, title, steps and the learner's progress.
    public func listing(progress: [String: LessonProgressStore.Entry]) -> String {
        var lines: [String] = []
        let width = max(4, items.map(\.name.count).max() ?? 4)
        for item in items {
            switch item.lesson {
            case .success(let lesson):
                let number = lesson.number.map { String($0) } ?? "-"
                let pad = String(repeating: " ", count: max(0, width - item.name.count))
                var state = ""
                if let entry = progress[item.name], entry.steps == lesson.steps.count {
                    state = entry.step >= entry.steps ? "  (done)" : "  (at step \(entry.step + 1)/\(entry.steps))"
                }
                let count = String(lesson.steps.count)
                let stepsText = String(repeating: " ", count: max(0, 3 - count.count)) + count + " steps"
                lines.append(" " + String(repeating: " ", count: max(0, 2 - number.count)) + number + "  " + item.name + pad
                             + "  " + stepsText + "  " + lesson.title + state)
            case .failure(let error):
                lines.append("  ?  \(item.name)  (cannot be read: \(error.description))")
            }
        }
        return lines.joined(separator: "\n")
    }
}
