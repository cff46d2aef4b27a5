import Foundation
import XCTest
@testable import Debugger

/// The command table, `help` and TAB completion derived from it.
final class CommandTableTests: XCTestCase {
    func testHelpListsEveryCommand() {
        let s = DebugSession()
        let c = BufferConsole()
        XCTAssertEqual(s.run("help", console: c), .ok)
        for name in ["forward", "backward", "grad", "step", "zero_grad", "detach", "graph", "train", "vars",
                     "help", "reset", "quit", "seed", "lr", "loss", "plot", "save", "load"] {
            XCTAssertTrue(c.outText.contains("\n  " + name), "missing \(name) in\n\(c.outText)")
        }
        for group in CommandGroup.allCases where CommandTable.all.contains(where: { $0.group == group }) {
            XCTAssertTrue(c.outText.contains("\n" + group.rawValue + ":\n"), group.rawValue)
        }
        XCTAssertEqual(Set(CommandTable.words).count, CommandTable.words.count, "a word names two commands")
    }

    func testHelpForOneCommand() {
        let s = DebugSession()
        let c = BufferConsole()
        _ = s.run("help train", console: c)
        XCTAssertTrue(c.outText.hasPrefix("train N [lr] [every K] [--animate]\n"), c.outText)
        XCTAssertTrue(c.outText.contains("Ctrl-C"), c.outText)
    }

    func testCompletionOfCommandsVariablesAndAttributes() {
        let s = DebugSession()
        _ = s.run("weights = torch.zeros(3, requires_grad=True)\nwidth = 3\n", console: BufferConsole())
        XCTAssertEqual(s.completions(line: "tr", cursor: 2), ["train"])
        XCTAssertEqual(s.completions(line: "w", cursor: 1), ["watch", "weights", "width"])
        XCTAssertEqual(s.completions(line: "zero", cursor: 4), ["zero_grad", "zero"])
        XCTAssertTrue(s.completions(line: "weights.gr", cursor: 10).contains("weights.grad"))
        XCTAssertTrue(s.completions(line: "weights.gr", cursor: 10).contains("weights.grad_fn"))
        XCTAssertTrue(s.completions(line: "torch.zer", cursor: 9).contains("torch.zeros"))
        XCTAssertEqual(s.completions(line: "help tr", cursor: 7), ["train"])
        XCTAssertEqual(s.completions(line: "detach w", cursor: 8), ["weights"])
        XCTAssertEqual(s.completions(line: "zero_grad --", cursor: 12), ["--zeros"])
        XCTAssertEqual(s.completions(line: "y = wid", cursor: 7), ["width"])
    }

    func testSeedMatchesTorchManualSeed() throws {
        let s = DebugSession()
        let c = BufferConsole()
        _ = s.run("seed 0", console: c)
        _ = s.run("torch.randn(2)", console: c)
        // PyTorch: torch.manual_seed(0); torch.randn(2) → tensor([ 1.5410, -0.2934])
        XCTAssertTrue(c.outText.contains("tensor([ 1.5410, -0.2934])"), c.outText)
    }

    func testResetForgetsVariables() {
        let s = DebugSession()
        _ = s.run("a = 1", console: BufferConsole())
        _ = s.run("reset", console: BufferConsole())
        let c = BufferConsole()
        XCTAssertEqual(s.run("a", console: c), .failed)
        XCTAssertTrue(c.errText.contains("NameError"))
    }

    /// Every command's usage line, `help`, usage errors and TAB completion come from its declaration in
    /// the table: nothing about a command's arguments is written anywhere else.
    func testHelpUsageErrorsAndCompletionDeriveFromTheDeclaration() {
        let s = DebugSession()
        for command in CommandTable.all {
            XCTAssertEqual(command.usage, ([command.name] + command.parameters.map(\.usage)).joined(separator: " "))
            let help = BufferConsole()
            XCTAssertEqual(s.run("help \(command.name)", console: help), .ok)
            XCTAssertTrue(help.outText.hasPrefix(command.usage + "\n"), command.name + ": " + help.outText)
            let flags = command.parameters.filter { $0.kind == .flag || $0.kind == .option }.map(\.name)
            XCTAssertEqual(s.completions(line: "\(command.name) -", cursor: command.name.utf8.count + 2), flags, command.name)
            for p in command.parameters {
                if case .choice(let words) = p.value, p.kind == .positional, command.parameters.first(where: { $0.kind == .positional }) == p {
                    let line = "\(command.name) "
                    XCTAssertEqual(s.completions(line: line, cursor: line.utf8.count), words, command.name)
                }
            }
            // A flag no command declares is a usage error that quotes the declared usage.
            if command.parameters.first?.kind != .rest {
                let c = BufferConsole()
                _ = s.run("%\(command.name) --bogus", console: c)
                XCTAssertTrue(c.errText.contains("usage: \(command.usage)"), command.name + ": " + c.errText)
            }
        }
        XCTAssertEqual(s.completions(line: "backward --", cursor: 11), ["--step", "--retain"])
        XCTAssertEqual(s.completions(line: "graph --s", cursor: 9), ["--shapes", "--svg"])
        XCTAssertEqual(s.completions(line: "explain o", cursor: 9), ["on", "off"])
        XCTAssertEqual(s.completions(line: "train 100 ev", cursor: 12), ["every"])
    }

    /// A new command is one declaration: parsing, typed values, usage, errors and completion (flags,
    /// file names) come with it.
    func testANewDeclarationGetsParsingUsageAndCompletion() throws {
        let demo = Command(name: "demo", aliases: [], parameters: [.positional("N", .integer(min: 1)), .flag("--fast"),
                                                                   .option("--out", "FILE", .file), .keyword("every", "K", .integer(min: 1))],
                           group: .session, summary: "a demo", details: "",
                           explain: Explanation(text: "a demo ran", pytorch: "demo()"), handler: { _, _ in })
        XCTAssertEqual(demo.usage, "demo N [--fast] [--out FILE] [every K]")
        let args = try demo.parse(["3", "--fast", "every", "5", "--out", "a.txt"])
        XCTAssertEqual(args.int("N"), 3)
        XCTAssertTrue(args.flag("--fast"))
        XCTAssertEqual(args.string("--out"), "a.txt")
        XCTAssertEqual(args.int("every"), 5)
        XCTAssertThrowsError(try demo.parse(["x"])) { e in
            XCTAssertEqual((e as? CommandError)?.message, "usage: demo N [--fast] [--out FILE] [every K]")
            XCTAssertTrue((e as? CommandError)?.hint?.contains("N must be a whole number") ?? false)
        }
        XCTAssertEqual(demo.explanation.pytorch, "demo()")
        XCTAssertThrowsError(try demo.parse([]))
        XCTAssertThrowsError(try demo.parse(["1", "--out"]))
        XCTAssertThrowsError(try demo.parse(["1", "2"]))
        let s = DebugSession()
        XCTAssertEqual(s.argumentCompletions(demo, typed: [], word: "--", variables: []), ["--fast", "--out"])
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("demo-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = FileManager.default.createFile(atPath: dir.appendingPathComponent("run.log").path, contents: nil)
        XCTAssertEqual(s.argumentCompletions(demo, typed: ["3", "--out"], word: dir.path + "/r", variables: []), [dir.path + "/run.log"])
    }
}
