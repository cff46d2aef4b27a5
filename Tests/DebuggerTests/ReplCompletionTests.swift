import XCTest
@testable import Debugger

final class ReplCompletionTests: XCTestCase {
    func testSingleCandidateCompletes() {
        XCTAssertEqual(CompletionPlanner.plan(textBeforeCursor: "x = pr", candidates: ["print"], repeatedTab: false),
                       .insert("int"))
    }

    func testSeveralCandidatesCompleteCommonPrefixThenList() {
        XCTAssertEqual(CompletionPlanner.plan(textBeforeCursor: "gr", candidates: ["grad", "graph"], repeatedTab: false),
                       .insert("a"))
        XCTAssertEqual(CompletionPlanner.plan(textBeforeCursor: "gra", candidates: ["graph", "grad"], repeatedTab: false),
                       .beep)
        XCTAssertEqual(CompletionPlanner.plan(textBeforeCursor: "gra", candidates: ["graph", "grad"], repeatedTab: true),
                       .list(["grad", "graph"]))
    }

    func testDottedAndSuffixCandidates() {
        XCTAssertEqual(CompletionPlanner.plan(textBeforeCursor: "x.gr", candidates: ["x.grad"], repeatedTab: false),
                       .insert("ad"))
        XCTAssertEqual(CompletionPlanner.plan(textBeforeCursor: "x.gr", candidates: ["grad"], repeatedTab: false),
                       .insert("ad"))
    }

    func testNoCandidatesBeepsAndCompleteWordDoesNothing() {
        XCTAssertEqual(CompletionPlanner.plan(textBeforeCursor: "zz", candidates: [], repeatedTab: false), .beep)
        XCTAssertEqual(CompletionPlanner.plan(textBeforeCursor: "grad", candidates: ["grad"], repeatedTab: true), .none)
        XCTAssertEqual(CompletionPlanner.plan(textBeforeCursor: "", candidates: ["", ""], repeatedTab: true), .beep)
    }

    func testColumnsFitWidthColumnMajor() {
        XCTAssertEqual(CompletionPlanner.columns(["a", "bb", "c", "d"], width: 8), "a   c\nbb  d\n")
        XCTAssertEqual(CompletionPlanner.columns(["long"], width: 2), "long\n")
        XCTAssertEqual(CompletionPlanner.columns([], width: 80), "")
    }

    func testEchoSessionCompletesFromItsWordList() {
        let session = EchoSession()
        XCTAssertEqual(session.completions(line: "x.gr", cursor: 4), ["grad", "graph"])
        XCTAssertEqual(session.completions(line: "tor + 1", cursor: 3), ["torch"])
        XCTAssertEqual(session.completions(line: "q", cursor: 99), ["quit"])
        XCTAssertEqual(session.completions(line: "é", cursor: 1), EchoSession.words)  // cursor inside a UTF-8 sequence
    }
}
