/// One parameter a command declares, in the style of swift-argument-parser: a flag (`--step`), an
/// option with a value (`--svg FILE`), a keyword with a value (`every K`), a positional (`NAME`), or the
/// rest of the line (`EXPR`). Parsing, the usage line, `help` and TAB completion all read it.
public struct Parameter: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case flag, option, keyword, positional, rest
    }

    /// What a value is: how it is checked when parsed and completed at TAB.
    public enum Value: Sendable, Equatable {
        case none
        /// One of the learner's tensors (completion offers them).
        case tensor
        /// A path (completion lists files).
        case file
        /// A number (Python float syntax: `1e-5`).
        case number
        /// A whole number of at least `min`.
        case integer(min: Int)
        /// A command name (`help CMD`).
        case command
        /// A lesson's name or number.
        case lesson
        /// One of these words.
        case choice([String])
        /// Python text, taken as typed (an expression, a condition).
        case expression
    }

    /// The word that introduces it (`--step`, `every`) or, for a positional, its key (`N`).
    public let name: String
    /// Other spellings of a flag or option (`--retain_graph`).
    public let aliases: [String]
    public let kind: Kind
    public let value: Value
    /// How its value is shown in usage (`FILE`, `K`, `on|off`).
    public let placeholder: String
    public let isOptional: Bool

    public static func flag(_ name: String, aliases: [String] = []) -> Parameter {
        Parameter(name: name, aliases: aliases, kind: .flag, value: .none, placeholder: "", isOptional: true)
    }
    public static func option(_ name: String, _ placeholder: String, _ value: Value) -> Parameter {
        Parameter(name: name, aliases: [], kind: .option, value: value, placeholder: placeholder, isOptional: true)
    }
    public static func keyword(_ word: String, _ placeholder: String, _ value: Value) -> Parameter {
        Parameter(name: word, aliases: [], kind: .keyword, value: value, placeholder: placeholder, isOptional: true)
    }
    /// A positional; `shown` is how usage writes it when it is not `name` (`loss|X`).
    public static func positional(_ name: String, _ value: Value, optional: Bool = false, shown: String? = nil) -> Parameter {
        var placeholder = shown ?? name
        if shown == nil, case .choice(let words) = value { placeholder = words.joined(separator: "|") }
        return Parameter(name: name, aliases: [], kind: .positional, value: value, placeholder: placeholder, isOptional: optional)
    }
    /// The rest of the line, as typed.
    public static func rest(_ name: String, _ value: Value = .expression, optional: Bool = false, shown: String? = nil) -> Parameter {
        Parameter(name: name, aliases: [], kind: .rest, value: value, placeholder: shown ?? name, isOptional: optional)
    }

    /// The words that introduce a flag, option or keyword.
    var words: [String] { [name] + aliases }

    /// How the usage line writes it: `[--step]`, `[--svg FILE]`, `[every K]`, `NAME`, `[N]`.
    public var usage: String {
        let text: String
        switch kind {
        case .flag: text = name
        case .option, .keyword: text = name + " " + placeholder
        case .positional, .rest: text = placeholder
        }
        return isOptional ? "[" + text + "]" : text
    }
}

/// A command's arguments after parsing against its declaration: flags, and values by parameter name,
/// already checked against their kind.
public struct Arguments: Sendable, Equatable {
    public private(set) var flags: Set<String> = []
    public private(set) var values: [String: String] = [:]

    /// Whether flag `name` was given (by any of its spellings).
    public func flag(_ name: String) -> Bool { flags.contains(name) }
    /// The text given for parameter `name`, if any.
    public func string(_ name: String) -> String? { values[name] }
    /// A whole-number parameter (checked when parsed).
    public func int(_ name: String) -> Int? { values[name].flatMap { Int($0) } }
    /// A number parameter (checked when parsed).
    public func double(_ name: String) -> Double? { values[name].flatMap(Arguments.number) }
    /// Whether parameter `name` was given a value.
    public func has(_ name: String) -> Bool { values[name] != nil }

    /// A Python float literal as a number (`1e-5`, `0.1`, `3`), nil if it is none.
    static func number(_ text: String) -> Double? {
        let cleaned = text.replacingOccurrences(of: "_", with: "")
        guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isNumber || "+-.eE".contains($0) }) else { return nil }
        return Double(cleaned)
    }

    /// Parses `words` against `parameters`; any word that fits none, a missing value or a value of the
    /// wrong kind is a usage error naming the parameter.
    static func parse(_ words: [String], parameters: [Parameter], command: String, usage: String) throws -> Arguments {
        var args = Arguments()
        func fail(_ why: String) -> CommandError {
            CommandError("usage: \(usage)", hint: why + " (`help \(command)` explains)", code: .usage)
        }
        func check(_ value: String, _ p: Parameter) throws -> String {
            switch p.value {
            case .integer(let min):
                guard let n = Int(value), n >= min else {
                    throw fail("\(p.placeholder) must be a whole number" + (min == .min ? "" : " of at least \(min)") + ", not \(value)")
                }
            case .number:
                guard number(value) != nil else { throw fail("\(p.placeholder) must be a number, not \(value)") }
            case .choice(let choices):
                guard choices.contains(value) else { throw fail("\(p.placeholder) is one of \(choices.joined(separator: ", ")), not \(value)") }
            default: break
            }
            return value
        }
        var positionals = parameters.filter { $0.kind == .positional || $0.kind == .rest }[...]
        var rest = words[...]
        while let word = rest.popFirst() {
            if let p = parameters.first(where: { ($0.kind == .flag || $0.kind == .option || $0.kind == .keyword) && $0.words.contains(word) }) {
                switch p.kind {
                case .flag:
                    args.flags.insert(p.name)
                default:
                    guard let value = rest.popFirst() else { throw fail("\(word) needs \(p.placeholder)") }
                    args.values[p.name] = try check(value, p)
                }
                continue
            }
            // A dash word no parameter declares is an unknown flag, unless it is a negative number where
            // a number goes (or Python text).
            if word.hasPrefix("-"), word.count > 1 {
                let takesText = positionals.first.map { [.number, .expression].contains($0.value) || { if case .integer = $0.value { return true } else { return false } }($0) } ?? false
                if word.hasPrefix("--") || !takesText { throw fail("unknown flag \(word)") }
            }
            guard let p = positionals.popFirst() else {
                throw fail("unexpected \(word)")
            }
            if p.kind == .rest {
                // The rest of the line belongs to it, except flags the command declares after it.
                var taken = [word]
                while let next = rest.first, !parameters.contains(where: { $0.kind != .positional && $0.kind != .rest && $0.words.contains(next) }) {
                    taken.append(next)
                    rest = rest.dropFirst()
                }
                if case .choice = p.value { _ = try check(word, p) }
                args.values[p.name] = taken.joined(separator: " ")
            } else {
                args.values[p.name] = try check(word, p)
            }
        }
        if let missing = positionals.first(where: { !$0.isOptional }) {
            throw fail("\(missing.placeholder) is required")
        }
        return args
    }
}
