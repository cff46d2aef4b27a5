// swift-tools-version:6.0
import PackageDescription

/// The engine and interpreter check exclusive access statically; the dynamic check costs ~12% of
/// instructions in the training loop (measured with callgrind), so release builds skip it.
let fastLoops: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

/// The executable links the Swift runtime and Foundation statically: the dynamic loader then binds 10
/// libraries instead of 24, and start to prompt takes 8 ms of CPU instead of 12 (bench/run, min of 20).
/// The archives Foundation's own objects need are named here because the modules were compiled without
/// `-static-stdlib` (that flag would change every target's link entries, the test bundles' too); a group
/// because they refer to each other.
let staticSwiftLibraries: [LinkerSetting] = [.unsafeFlags([
    "-static-stdlib", "-Xlinker", "--start-group", "-lFoundation", "-lFoundationInternationalization", "-lFoundationEssentials",
    "-lCoreFoundation", "-l_FoundationICU", "-l_FoundationCollections", "-l_FoundationCShims", "-Xlinker", "--end-group",
], .when(platforms: [.linux]))]

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
        .target(name: "Autograd", swiftSettings: fastLoops),
        // Lexer, parser and interpreter of the PyTorch subset.
        .target(name: "Script", dependencies: ["Autograd"], exclude: ["Library/torch", "Library/numpy", "Library/PRIMITIVES.md", "Library/README.md", "Library/abc.py", "Library/bisect.py",
                                                                       "Library/contextlib.py", "Library/dataclasses.py", "Library/enum.py", "Library/functools.py",
                                                                       "Library/heapq.py", "Library/traceback.py", "Library/warnings.py"],
                swiftSettings: fastLoops),
        // The session: commands, graph views, stepping, lessons, explanations, plots.
        .target(name: "Debugger", dependencies: ["Autograd", "Script"]),
        // libedit, as a system library.
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        // The command-line tool and the REPL loop.
        .executableTarget(
            name: "gradstep",
            dependencies: [
                "Debugger", "Script", "CEditLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: staticSwiftLibraries
        ),
        // The engine micro-benchmark (seed-000 loop against the library): swift run -c release EngineBench
        .executableTarget(name: "EngineBench", dependencies: ["Autograd"], path: "bench/EngineBench", swiftSettings: fastLoops),
        .testTarget(name: "AutogradTests", dependencies: ["Autograd"]),
        .testTarget(name: "ScriptTests", dependencies: ["Script", "Autograd"]),
        .testTarget(name: "DebuggerTests", dependencies: ["Debugger", "Script", "Autograd"], exclude: ["Golden"]),
    ]
)
