/// The line-breaking engine of IPython's `IPython.lib.pretty` (itself after Ruby's prettyprint): text,
/// breakable separators and nested groups; when a line would pass `maxWidth`, the outermost group with
/// breakables breaks first. Jupyter shows a cell's value through it, so a long tuple of tensors prints as
/// `(tensor([...]),\n -14.25,\n 67.6875)` and not as one `repr` line.
///
/// The algorithm keeps IPython's exact decisions, including two of its quirks that shape real output:
/// `GroupQueue.deq` deletes by the index counted from the end, and `flush` adds the returned width.
final class PrettyPrinter {
    final class Group {
        let depth: Int
        var breakables: [Breakable] = []
        var wantBreak = false
        init(depth: Int) { self.depth = depth }
    }

    final class Breakable {
        let separator: String
        let width: Int
        let indentation: Int
        let group: Group
        init(_ separator: String, width: Int, indentation: Int, group: Group) {
            self.separator = separator
            self.width = width
            self.indentation = indentation
            self.group = group
        }
    }

    private enum Item {
        case text([String], width: Int)
        case breakable(Breakable)

        var width: Int {
            switch self {
            case .text(_, let w): return w
            case .breakable(let b): return b.width
            }
        }
    }

    let maxWidth: Int
    /// How many items of one sequence are shown before `...` (IPython's `max_seq_length`).
    let maxSequenceLength: Int
    private(set) var output = ""
    private var outputWidth = 0
    private var bufferWidth = 0
    private var buffer: [Item] = []
    private var bufferStart = 0
    private var groupStack: [Group]
    /// Groups by depth, in the order they began (IPython's `GroupQueue`).
    private var queue: [[Group]] = []
    var indentation = 0

    init(maxWidth: Int = 79, maxSequenceLength: Int = 1000) {
        self.maxWidth = maxWidth
        self.maxSequenceLength = maxSequenceLength
        let root = Group(depth: 0)
        groupStack = [root]
        enqueue(root)
    }

    /// Python's `len` of a string: code points.
    private static func width(_ s: String) -> Int { s.unicodeScalars.count }

    private var bufferIsEmpty: Bool { bufferStart == buffer.count }

    private func popBuffer() -> Item {
        let item = buffer[bufferStart]
        bufferStart += 1
        if bufferStart == buffer.count { buffer.removeAll(keepingCapacity: true); bufferStart = 0 }
        return item
    }

    /// Writes one buffered item; returns the new output width (IPython's `Printable.output`).
    private func emit(_ item: Item, at width: Int) -> Int {
        switch item {
        case .text(let parts, let w):
            for p in parts { output += p }
            return width + w
        case .breakable(let b):
            b.group.breakables.removeFirst()
            if b.group.wantBreak {
                output += "\n" + String(repeating: " ", count: b.indentation)
                return b.indentation
            }
            if b.group.breakables.isEmpty { remove(b.group) }
            output += b.separator
            return width + b.width
        }
    }

    func text(_ s: String) {
        let w = Self.width(s)
        if bufferIsEmpty {
            output += s
            outputWidth += w
            return
        }
        if case .text(let parts, let old) = buffer[buffer.count - 1] {
            buffer[buffer.count - 1] = .text(parts + [s], width: old + w)
        } else {
            buffer.append(.text([s], width: w))
        }
        bufferWidth += w
        breakOuterGroups()
    }

    func breakable(_ separator: String = " ") {
        let w = Self.width(separator)
        let group = groupStack[groupStack.count - 1]
        if group.wantBreak {
            flush()
            newline()
        } else {
            let b = Breakable(separator, width: w, indentation: indentation, group: group)
            group.breakables.append(b)
            buffer.append(.breakable(b))
            bufferWidth += w
            breakOuterGroups()
        }
    }

    /// A forced line break (a multi-line `repr` is written line by line with these).
    func hardBreak() {
        if let g = dequeue() { breakOne(g) }
        flush()
        newline()
    }

    private func newline() {
        output += "\n" + String(repeating: " ", count: indentation)
        outputWidth = indentation
        bufferWidth = 0
    }

    func beginGroup(indent: Int = 0, open: String = "") {
        if !open.isEmpty { text(open) }
        let g = Group(depth: groupStack[groupStack.count - 1].depth + 1)
        groupStack.append(g)
        enqueue(g)
        indentation += indent
    }

    func endGroup(dedent: Int = 0, close: String = "") {
        indentation -= dedent
        let g = groupStack.removeLast()
        if g.breakables.isEmpty { remove(g) }
        if !close.isEmpty { text(close) }
    }

    func flush() {
        while !bufferIsEmpty {
            let item = popBuffer()
            // IPython adds the returned width to the old one here; a newline always follows.
            outputWidth += emit(item, at: outputWidth)
        }
        bufferWidth = 0
    }

    private func breakOne(_ group: Group) {
        while !group.breakables.isEmpty, !bufferIsEmpty {
            let item = popBuffer()
            outputWidth = emit(item, at: outputWidth)
            bufferWidth -= item.width
        }
        while !bufferIsEmpty, case .text = buffer[bufferStart] {
            let item = popBuffer()
            outputWidth = emit(item, at: outputWidth)
            bufferWidth -= item.width
        }
    }

    private func breakOuterGroups() {
        while maxWidth < outputWidth + bufferWidth {
            guard let g = dequeue() else { return }
            breakOne(g)
        }
    }

    private func enqueue(_ g: Group) {
        while g.depth > queue.count - 1 { queue.append([]) }
        queue[g.depth].append(g)
    }

    private func dequeue() -> Group? {
        for d in queue.indices {
            let stack = queue[d]
            for (idx, group) in stack.reversed().enumerated() where !group.breakables.isEmpty {
                // As IPython: the index counts from the end but deletes from the front.
                queue[d].remove(at: idx)
                group.wantBreak = true
                return group
            }
            for group in stack { group.wantBreak = true }
            queue[d].removeAll()
        }
        return nil
    }

    private func remove(_ g: Group) {
        guard g.depth < queue.count, let i = queue[g.depth].firstIndex(where: { $0 === g }) else { return }
        queue[g.depth].remove(at: i)
    }
}
