/// Where a command is listed in `help`.
public enum CommandGroup: String, Sendable, CaseIterable {
    case autograd = "Autograd, one step at a time"
    case training = "Training"
    case seeing = "Seeing what happened"
    case session = "The session"
}

/// One debugger command, declared once: its words, typed parameters, help texts, group, explain-mode
/// text with its PyTorch line, and handler. Parsing, the usage line, `help` (grouped), TAB completion,
/// usage errors and explain mode all derive from `CommandTable.all`; handlers receive parsed
/// `Arguments`, never raw words.
public struct Command: Sendable {
    public let name: String
    public let aliases: [String]
    /// The parameters, in the order usage shows them.
    public let parameters: [Parameter]
    public let group: CommandGroup
    /// One line for the command list.
    public let summary: String
    /// The text `help NAME` shows under the summary.
    public let details: String
    /// What explain mode says after the command ran, with the generic PyTorch line for it.
    public let explanation: Explanation
    /// The PyTorch line for this session's model, when it can be made concrete (`loss.backward()`).
    let pytorch: (@Sendable (ExplainPart) -> String?)?
    /// Runs the command with its parsed arguments; results are emitted as `Report`s.
    let handler: @Sendable (DebugSession, Arguments) throws -> Void

    init(name: String, aliases: [String], parameters: [Parameter] = [], group: CommandGroup, summary: String, details: String,
         explain: Explanation, pytorch: (@Sendable (ExplainPart) -> String?)? = nil,
         handler: @escaping @Sendable (DebugSession, Arguments) throws -> Void) {
        self.explanation = explain
        self.pytorch = pytorch
        self.name = name
        self.aliases = aliases
        self.parameters = parameters
        self.group = group
        self.summary = summary
        self.details = details
        self.handler = handler
    }

    /// The argument syntax, from the parameters: `N [lr] [every K] [--animate]`.
    public var arguments: String { parameters.map(\.usage).joined(separator: " ") }
    /// `name arguments`, as help shows it.
    public var usage: String { arguments.isEmpty ? name : name + " " + arguments }
    /// The name and aliases.
    public var words: [String] { [name] + aliases }

    /// `words` parsed against the parameters.
    public func parse(_ words: [String]) throws -> Arguments {
        try Arguments.parse(words, parameters: parameters, command: name, usage: usage)
    }
}
