import Autograd
import Foundation
import Script

/// `graph [NAME] [--values] [--grads] [--shapes] [--dot FILE] [--svg FILE]`.
extension DebugSession {
    func graphViewCommand(_ args: Arguments) throws {
        let name = args.string("NAME")
        var columns: GraphColumns?
        if args.flag("--values") || args.flag("--grads") || args.flag("--shapes") {
            columns = GraphColumns(shapes: args.flag("--shapes"), values: args.flag("--values"), grads: args.flag("--grads"))
        }
        let dotFile = args.string("--dot")
        let svgFile = args.string("--svg")
        let label = try name ?? currentLossName()
        guard let v = value(label) else { throw PyError.undefinedName(label, hint: didYouMean(label)) }
        guard case .tensor(let t) = v else { throw CommandError("\(label) is a \(Interpreter.typeName(of: v)), not a tensor", code: .notATensor) }
        let dotColumns = columns ?? GraphColumns(shapes: true, values: false, grads: false)
        if let dotFile {
            try writeText(dotText(t, label: label, columns: dotColumns), to: dotFile)
            emit(.info("wrote the graph of \(label) as Graphviz DOT to \(dotFile) (render it with `dot -Tsvg \(dotFile) -o graph.svg`)"))
        }
        if let svgFile {
            guard let dot = Self.findExecutable("dot") else {
                throw CommandError("Graphviz's `dot` is not installed, so the graph cannot be drawn as SVG",
                                   kind: "error", hint: "install it with `sudo apt-get install graphviz`, or write DOT with `graph --dot FILE`")
            }
            try renderSVG(dot: dot, source: dotText(t, label: label, columns: dotColumns), to: svgFile)
            emit(.info("wrote the graph of \(label) as SVG to \(svgFile)"))
        }
        if dotFile == nil && svgFile == nil {
            emit(.graph(graphText(t, label: label, columns: columns ?? .all)))
        }
    }

    /// The tree view of `t` as the session shows it (names, remembered node grads, detach marks).
    func graphText(_ t: Tensor, label: String, columns: GraphColumns = .all, cursor: Node? = nil, visited: Set<ObjectIdentifier> = []) -> String {
        var grads = graphMemory.nodeGrads.live
        if let stepper = stepping.backwardStepper {
            for (n, g) in stepper.nodeGrads { grads[ObjectIdentifier(n)] = g }
        }
        let named = learnerVariableNames().compactMap { n -> Tensor? in
            if case .tensor(let x)? = value(n) { return x } else { return nil }
        }
        var renderer = GraphRenderer(names: tensorNames(), columns: columns, width: max(40, consoleWidth),
                                     nodeGrads: grads, cursor: cursor, visited: visited,
                                     detachedNames: detachedNames()).withTensors(named)
        let statements = tracker.statements
        renderer.unpackNames = { source, count in UnpackNames.names(of: source, count: count, in: statements) }
        renderer.boxes = moduleBoxes(for: GraphRenderer.allNodes(t))
        var text = renderer.render(root: t, label: label)
        let cuts = detachedNames().sorted()
        if !cuts.isEmpty { text += "✂ gradient stops at: \(cuts.joined(separator: ", ")) (detached)\n" }
        return text
    }

    /// DOT for `graph --dot/--svg`: the tree view's names (data inputs too), columns and node grads.
    func dotText(_ t: Tensor, label: String, columns: GraphColumns = GraphColumns(shapes: true, values: false, grads: false)) -> String {
        let named = learnerVariableNames().compactMap { n -> Tensor? in
            if case .tensor(let x)? = value(n) { return x } else { return nil }
        }
        var dot = DotRenderer(names: tensorNames(), columns: columns, nodeGrads: graphMemory.nodeGrads.live)
        let nodes = GraphRenderer.allNodes(t)
        dot.labels = nodeLabels(tensors: named, nodes: nodes)
        dot.boxes = moduleBoxes(for: nodes)
        return dot.render(root: t, label: label)
    }

    /// How graph nodes are written in this session (graph, DOT/SVG, both steppers): the learner's
    /// names for tensors, named data inputs, unpacked rows.
    func nodeLabels(tensors: [Tensor]? = nil, nodes: [Node]) -> NodeLabels {
        let named = tensors ?? learnerVariableNames().compactMap { n -> Tensor? in
            if case .tensor(let x)? = value(n) { return x } else { return nil }
        }
        let statements = tracker.statements
        return NodeLabels(names: tensorNames(), tensors: named,
                          unpackNames: { source, count in UnpackNames.names(of: source, count: count, in: statements) }, nodes: nodes)
    }

    /// Names holding a detached copy: pinned by `detach NAME`, or assigned from an expression with `.detach()`.
    func detachedNames() -> Set<String> {
        var out = tracker.pinned
        for r in tracker.statements where !r.isDefinition && r.stmt.source().joined().contains(".detach()") {
            out.formUnion(r.writes)
        }
        return out.filter { if case .tensor(let t)? = value($0) { return !t.requiresGrad } else { return false } }
    }

    func writeText(_ text: String, to path: String) throws {
        do {
            try SafeFile.write(text, to: path)
        } catch {
            throw CommandError(error.description, kind: "OSError")
        }
    }

    func renderSVG(dot: String, source: String, to path: String) throws {
        // dot reads the graph on stdin and answers on stdout: no temporary file, and the SVG is written
        // by SafeFile like every other file.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let svg: [UInt8]
        do {
            try process.run()
            let writing = input.fileHandleForWriting
            let feeder = Thread {
                PipeIO.writeAll(Array(source.utf8), to: writing.fileDescriptor)
                try? writing.close()
            }
            feeder.start()
            svg = PipeIO.readAll(output.fileHandleForReading.fileDescriptor)
            process.waitUntilExit()
        } catch {
            throw CommandError("could not run \(dot): \(error.localizedDescription)", kind: "OSError")
        }
        guard process.terminationStatus == 0 else {
            throw CommandError("dot failed with status \(process.terminationStatus)", kind: "OSError",
                               hint: "write the DOT text with `graph --dot FILE` and run dot on it to see its message")
        }
        do {
            try SafeFile.write(svg, to: path)
        } catch {
            throw CommandError(error.description, kind: "OSError")
        }
    }

    /// The full path of an executable on PATH, if any.
    static func findExecutable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
