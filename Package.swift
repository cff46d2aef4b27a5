// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "gradstep",
    products: [
        .executable(name: "gradstep", targets: ["gradstep"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Tensors, ops, the graph, backward, PyTorch-style printing. No I/O.
        .target(name: "Autograd"),
        // Lexer, parser and interpreter of the PyTorch subset.
        .target(name: "Script", dependencies: ["Autograd"]),
        // The session: commands, graph views, stepping, lessons, explanations, plots.
        .target(name: "Debugger", dependencies: ["Autograd", "Script"]),
        // libedit, as a system library.
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        // The command-line tool and the REPL loop.
        .executableTarget(
            name: "gradstep",
            dependencies: [
                "Debugger", "CEditLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "AutogradTests", dependencies: ["Autograd"]),
        .testTarget(name: "ScriptTests", dependencies: ["Script", "Autograd"]),
        .testTarget(name: "DebuggerTests", dependencies: ["Debugger", "Script", "Autograd"]),
    ]
)
