/// What a command's arguments are, for TAB completion.
public enum ArgumentKind: Sendable, Equatable {
    case none
    /// A variable name.
    case variable
    /// A number or flag.
    case value
    /// A command name (`help CMD`).
    case command
}

/// One debugger command: its words, argument syntax, help texts and handler. The session's help,
/// completion and dispatch all derive from `CommandTable.all`.
public struct Command: Sendable {
    public let name: String
    public let aliases: [String]
    /// Argument syntax as shown in help, e.g. `[lr] [every K]`.
    public let arguments: String
    /// One line for the command list.
    public let summary: String
    /// The text `help NAME` shows under the summary.
    public let details: String
    public let argumentKind: ArgumentKind
    /// Runs the command with its whitespace-separated arguments; results are emitted as `Report`s.
    let handler: @Sendable (DebugSession, [String]) throws -> Void

    /// `name arguments`, as help shows it.
    public var usage: String { arguments.isEmpty ? name : name + " " + arguments }
    /// The name and aliases.
    public var words: [String] { [name] + aliases }
}
