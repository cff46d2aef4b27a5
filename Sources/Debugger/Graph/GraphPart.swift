import Autograd
import Foundation
import Script

/// The graph views: `graph [NAME] [--values] [--grads] [--shapes] [--dot FILE] [--svg FILE]`, the tree
/// view the steppers show with a cursor, DOT/SVG, how nodes are labelled, and what a backward or a
/// detach leaves for them to show. Owns that memory (`GraphMemory`); reads the model through its host.
final class GraphPart {
    unowned let host: any SessionHost
    /// The gradients of the last backward's nodes and the parameters each `detach NAME` cut off.
    private var memory = GraphMemory()

    init(host: any SessionHost) {
        self.host = host
    }

    /// A complete backward pass: remember the gradient that reached each of its nodes.
    func rememberPass(_ stepper: BackwardStepper) {
        memory.nodeGrads.clear()
        for (n, g) in stepper.nodeGrads { memory.nodeGrads.record(n, g) }
    }

    /// `detach NAME` cut the path from the loss to the parameters in `cut`.
    func rememberDetach(_ name: String, cut: Set<ObjectIdentifier>) { memory.detachCuts[name] = cut }

    func show(_ args: Arguments) throws {
        let name = args.string("NAME")
        var columns: GraphColumns?
        if args.flag("--values") || args.flag("--grads") || args.flag("--shapes") {
            columns = GraphColumns(shapes: args.flag("--shapes"), values: args.flag("--values"), grads: args.flag("--grads"))
        }
        let dotFile = args.string("--dot")
        let svgFile = args.string("--svg")
        let label = try name ?? host.currentLossName()
        guard let v = host.value(label) else { throw PyError.undefinedName(label, hint: host.didYouMean(label)) }
        guard case .tensor(let t) = v else { throw CommandError("\(label) is a \(Interpreter.typeName(of: v)), not a tensor", code: .notATensor) }
        let dotColumns = columns ?? GraphColumns(shapes: true, values: false, grads: false)
        if let dotFile {
            try writeText(dotText(t, label: label, columns: dotColumns), to: dotFile)
            host.emit(.info("wrote the graph of \(label) as Graphviz DOT to \(dotFile) (render it with `dot -Tsvg \(dotFile) -o graph.svg`)"))
        }
        if let svgFile {
            guard let dot = Self.findExecutable("dot") else {
                throw CommandError("Graphviz's `dot` is not installed, so the graph cannot be drawn as SVG",
                                   kind: "error", hint: "install it with `sudo apt-get install graphviz`, or write DOT with `graph --dot FILE`")
            }
            try renderSVG(dot: dot, source: dotText(t, label: label, columns: dotColumns), to: svgFile)
            host.emit(.info("wrote the graph of \(label) as SVG to \(svgFile)"))
        }
        if dotFile == nil && svgFile == nil {
            host.emit(.graph(graphText(t, label: label, columns: columns ?? .all)))
        }
    }

    /// The tree view of `t` as the session shows it (names, remembered node grads, detach marks).
    func graphText(_ t: Tensor, label: String, columns: GraphColumns = .all, cursor: Node? = nil, visited: Set<ObjectIdentifier> = []) -> String {
        var grads = memory.nodeGrads.live
        if let stepper = host.stepping.backwardStepper {
            for (n, g) in stepper.nodeGrads { grads[ObjectIdentifier(n)] = g }
        }
        let named = host.learnerVariableNames().compactMap { n -> Tensor? in
            if case .tensor(let x)? = host.value(n) { return x } else { return nil }
        }
        var renderer = GraphRenderer(names: host.tensorNames(), columns: columns, width: max(40, host.consoleWidth),
                                     nodeGrads: grads, cursor: cursor, visited: visited,
                                     detachedNames: detachedNames()).withTensors(named)
        let statements = host.tracker.statements
        renderer.unpackNames = { source, count in UnpackNames.names(of: source, count: count, in: statements) }
        renderer.boxes = host.moduleBoxes(for: GraphRenderer.allNodes(t))
        var text = renderer.render(root: t, label: label)
        let cuts = detachedNames().sorted()
        if !cuts.isEmpty { text += "✂ gradient stops at: \(cuts.joined(separator: ", ")) (detached)\n" }
        return text
    }

    /// DOT for `graph --dot/--svg`: the tree view's names (data inputs too), columns and node grads.
    func dotText(_ t: Tensor, label: String, columns: GraphColumns = GraphColumns(shapes: true, values: false, grads: false)) -> String {
        let named = host.learnerVariableNames().compactMap { n -> Tensor? in
            if case .tensor(let x)? = host.value(n) { return x } else { return nil }
        }
        var dot = DotRenderer(names: host.tensorNames(), columns: columns, nodeGrads: memory.nodeGrads.live)
        let nodes = GraphRenderer.allNodes(t)
        dot.labels = nodeLabels(tensors: named, nodes: nodes)
        dot.boxes = host.moduleBoxes(for: nodes)
        return dot.render(root: t, label: label)
    }

    /// How graph nodes are written in this session (graph, DOT/SVG, both steppers): the learner's
    /// names for tensors, named data inputs, unpacked rows.
    func nodeLabels(tensors: [Tensor]? = nil, nodes: [Node]) -> NodeLabels {
        let named = tensors ?? host.learnerVariableNames().compactMap { n -> Tensor? in
            if case .tensor(let x)? = host.value(n) { return x } else { return nil }
        }
        let statements = host.tracker.statements
        return NodeLabels(names: host.tensorNames(), tensors: named,
                          unpackNames: { source, count in UnpackNames.names(of: source, count: count, in: statements) }, nodes: nodes)
    }

    /// Names holding a detached copy: pinned by `detach NAME`, or assigned from an expression with `.detach()`.
    func detachedNames() -> Set<String> {
        var out = host.tracker.pinned
        for r in host.tracker.statements where !r.isDefinition && r.stmt.source().joined().contains(".detach()") {
            out.formUnion(r.writes)
        }
        return out.filter { if case .tensor(let t)? = host.value($0) { return !t.requiresGrad } else { return false } }
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

    /// Why a parameter the loss no longer reaches lost its path, if a detach did it.
    func detachCause(_ paramName: String, _ t: Tensor) -> String? {
        let id = ObjectIdentifier(t)
        for (name, params) in memory.detachCuts.sorted(by: { $0.key < $1.key }) where params.contains(id) && host.tracker.pinned.contains(name) {
            return "`detach \(name)` made \(name) data, so the path from the loss back through \(name) ends there"
        }
        let base = String(paramName.prefix { $0 != "[" })
        for r in host.tracker.statements where !r.isDefinition {
            let text = r.stmt.source().joined(separator: " ")
            guard text.contains(".detach()") else { continue }
            if dependsOn(reads: r.reads, name: base, before: r) { return "`\(text)` cuts the graph there" }
        }
        return nil
    }

    /// Whether names in `reads` are (transitively, through earlier recorded assignments) computed from `name`.
    private func dependsOn(reads: Set<String>, name: String, before: RecordedStatement) -> Bool {
        var seen = Set<String>()
        var work = Array(reads)
        while let n = work.popLast() {
            if n == name { return true }
            guard seen.insert(n).inserted else { continue }
            for r in host.tracker.statements where r.writes.contains(n) { work.append(contentsOf: r.reads) }
        }
        return false
    }
}
