/// One verb of the stepping prompt (`backward 3/9>`, `forward 2/5>`): its name, aliases, arguments,
/// one-line help, and what it does while stepping backward and while stepping forward (nil: not
/// available there). Like the command table, this is the one place verbs are declared: dispatch,
/// `help` and the error hints derive from it.
struct StepVerb {
    let name: String
    let aliases: [String]
    let arguments: String
    let summary: String
    let backward: ((SteppingPart, BackwardStepper, String) throws -> Void)?
    let forward: ((SteppingPart, ForwardStepper, String) throws -> Void)?
}

/// Every stepping verb.
enum StepVerbTable {
    nonisolated(unsafe) static let all: [StepVerb] = [
        StepVerb(name: "next", aliases: ["n", "step", "s"], arguments: "", summary: "run the next node and show it",
                 backward: { s, st, _ in try s.stepBackwardNext(st) }, forward: { s, st, _ in s.stepForwardNext(st) }),
        StepVerb(name: "continue", aliases: ["c"], arguments: "", summary: "run to the end, or to the next breakpoint",
                 backward: { s, st, _ in try s.stepBackwardContinue(st) }, forward: { s, st, _ in s.stepForwardContinue(st) }),
        StepVerb(name: "where", aliases: ["w", "bt", "backtrace"], arguments: "", summary: "the path from the root to the next node",
                 backward: { s, st, _ in s.stepBackwardWhere(st) }, forward: { s, st, _ in s.stepForwardWhere(st) }),
        StepVerb(name: "print", aliases: ["p"], arguments: "EXPR", summary: "evaluate a Python expression now",
                 backward: { s, _, rest in try s.printExpression(rest) }, forward: { s, _, rest in try s.printExpression(rest) }),
        StepVerb(name: "graph", aliases: [], arguments: "", summary: "the graph with a cursor on the next node",
                 backward: { s, st, _ in s.stepBackwardGraph(st) },
                 forward: { s, st, _ in s.stepForwardGraph(st) }),
        StepVerb(name: "finish", aliases: [], arguments: "", summary: "run the remaining nodes without stopping",
                 backward: { s, st, _ in try s.stepBackwardFinish(st) }, forward: { s, st, _ in s.stepForwardContinue(st) }),
        StepVerb(name: "quit", aliases: ["q", "abort"], arguments: "", summary: "abandon the pass (backward: grads as before it)",
                 backward: { s, st, _ in s.stepBackwardQuit(st) }, forward: { s, st, _ in s.stepForwardQuit(st) }),
        StepVerb(name: "help", aliases: ["h"], arguments: "[VERB]", summary: "list the stepping verbs, or explain one",
                 backward: { s, _, rest in try s.stepVerbHelp(rest, forward: false) },
                 forward: { s, _, rest in try s.stepVerbHelp(rest, forward: true) }),
    ]

    /// The verb named `word` (by name or alias).
    static func lookup(_ word: String) -> StepVerb? {
        all.first { $0.name == word || $0.aliases.contains(word) }
    }

    /// `next (n), continue (c), …`: the verbs available while stepping backward or forward.
    static func help(forward: Bool) -> String {
        all.filter { forward ? $0.forward != nil : $0.backward != nil }.filter { $0.name != "help" }.map { v in
            let short = v.aliases.first.map { " (\($0))" } ?? ""
            return v.name + (v.arguments.isEmpty ? "" : " " + v.arguments) + short
        }.joined(separator: ", ") + "; a blank line repeats the last verb"
    }
}
