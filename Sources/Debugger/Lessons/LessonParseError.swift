/// Why a lesson file could not be read: its line and what is wrong there.
public struct LessonParseError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file), line \(line): \(message)" }
}
