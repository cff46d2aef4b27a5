import Foundation
import XCTest
@testable import Script

/// The bundled Python library: the generated BundledSources.swift is current, and importing it
/// is lazy and cached.
final class BundledLibraryTests: XCTestCase {
    static var libraryDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Script/Library")
    }

    /// Fails when a .py under Sources/Script/Library changed without rerunning
    /// Tools/library-embed/generate.py.
    func testGeneratedSourcesMatchTheFiles() throws {
        let root = Self.libraryDirectory
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".py") } ?? []
        XCTAssertGreaterThan(files.count, 20)
        var names = Set<String>()
        for file in files {
            var parts = String(file.dropLast(3)).split(separator: "/").map(String.init)
            let isPackage = parts.last == "__init__"
            if isPackage { parts.removeLast() }
            let name = parts.joined(separator: ".")
            names.insert(name)
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            var trimmed = Substring(text)
            while trimmed.hasSuffix("\n") { trimmed = trimmed.dropLast() }
            guard let bundled = BundledLibrary.source(name) else { XCTFail("\(name) is not bundled: run Tools/library-embed/generate.py"); continue }
            XCTAssertEqual(bundled.isPackage, isPackage, name)
            XCTAssertEqual(bundled.source, String(trimmed), "\(name) is stale: run Tools/library-embed/generate.py")
        }
        XCTAssertEqual(Set(BundledLibrary.sources.keys), names, "bundled modules without a file: run Tools/library-embed/generate.py")
    }

    func testImportIsLazyAndCached() throws {
        var out = ""
        let interp = Interpreter(output: { out += $0 }, warn: { _ in })
        try interp.run("import torch\nx = torch.ones(2)\n")
        XCTAssertTrue(interp.library.loadedNames.isEmpty, "import torch must not load the bundled library")
        try interp.run("""
            import torch.nn as nn
            from torch import nn as nn2
            print(nn is nn2, torch.nn is nn, nn.Linear is torch.nn.modules.linear.Linear)
            """)
        XCTAssertEqual(out, "True True True\n")
        XCTAssertTrue(interp.library.loadedNames.contains("torch.nn.modules.module"))
    }
}
