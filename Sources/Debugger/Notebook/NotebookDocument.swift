/// A session's cells as the text of an nbformat 4.5 notebook, laid out as Jupyter writes one (one-space
/// indent, keys sorted, sources and texts as lists of lines), so that Jupyter, nbformat's validator and
/// nbclient open it as their own.
public enum NotebookDocument {
    /// The `.ipynb` text for `entries`.
    public static func json(_ entries: [SessionNotebook.Entry]) -> String {
        let cells = entries.enumerated().map { cell($0.element, id: "gradstep-\($0.offset + 1)") }
        let document: JSON = .object([
            ("cells", .array(cells)),
            ("metadata", .object([
                ("kernelspec", .object([
                    ("display_name", .string("Python 3 (ipykernel)")),
                    ("language", .string("python")),
                    ("name", .string("python3")),
                ])),
                ("language_info", .object([("name", .string("python"))])),
            ])),
            ("nbformat", .int(4)),
            ("nbformat_minor", .int(5)),
        ])
        return document.rendered(indent: 0) + "\n"
    }

    private static func cell(_ entry: SessionNotebook.Entry, id: String) -> JSON {
        let kind: String
        switch entry.kind {
        case .code: kind = "code"
        case .markdown: kind = "markdown"
        case .raw: kind = "raw"
        }
        var fields: [(String, JSON)] = [("cell_type", .string(kind))]
        if entry.kind == .code {
            fields.append(("execution_count", entry.ran.map { .int($0.count) } ?? .null))
        }
        fields.append(("id", .string(id)))
        // A cell that failed here is expected to fail when Jupyter runs it too: nbclient then goes on
        // instead of stopping the whole notebook there.
        let failed = entry.ran?.failed == true
        fields.append(("metadata", .object(failed ? [("tags", .array([.string("raises-exception")]))] : [])))
        if entry.kind == .code {
            fields.append(("outputs", .array((entry.ran?.outputs ?? []).map(output))))
        }
        fields.append(("source", lines(entry.source)))
        return .object(fields)
    }

    private static func output(_ output: CellOutput) -> JSON {
        switch output {
        case .stream(let name, let text):
            return .object([("name", .string(name)), ("output_type", .string("stream")), ("text", lines(text))])
        case .result(let count, let text):
            return .object([
                ("data", .object([("text/plain", lines(text))])),
                ("execution_count", .int(count)),
                ("metadata", .object([])),
                ("output_type", .string("execute_result")),
            ])
        case .figure(let svg, let axes):
            // matplotlib's text form of a figure, without the size in inches gradstep does not have.
            return .object([
                ("data", .object([("image/svg+xml", lines(svg)), ("text/plain", lines("<Figure with \(axes) Axes>"))])),
                ("metadata", .object([])),
                ("output_type", .string("display_data")),
            ])
        case .error(let name, let value, let traceback):
            return .object([
                ("ename", .string(name)),
                ("evalue", .string(value)),
                ("output_type", .string("error")),
                ("traceback", .array(traceback.map { .string($0) })),
            ])
        }
    }

    /// Text as nbformat stores it: a list of lines, each but the last keeping its newline.
    private static func lines(_ text: String) -> JSON {
        var out: [JSON] = []
        var line = ""
        for c in text {
            line.append(c)
            if c == "\n" {
                out.append(.string(line))
                line = ""
            }
        }
        if !line.isEmpty { out.append(.string(line)) }
        return .array(out)
    }
}

/// The little JSON the notebook writer needs, with object keys in the order given (Foundation's
/// serialiser neither keeps an order nor writes Jupyter's layout).
indirect enum JSON {
    case string(String), int(Int), null, array([JSON]), object([(String, JSON)])

    /// The value as text, nested values indented one space per level (as `json.dump(indent=1)`).
    func rendered(indent: Int) -> String {
        let pad = String(repeating: " ", count: indent + 1)
        let close = String(repeating: " ", count: indent)
        switch self {
        case .string(let s): return Self.quoted(s)
        case .int(let i): return String(i)
        case .null: return "null"
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { pad + $0.rendered(indent: indent + 1) }.joined(separator: ",\n") + "\n" + close + "]"
        case .object(let fields):
            if fields.isEmpty { return "{}" }
            return "{\n" + fields.map { pad + Self.quoted($0.0) + ": " + $0.1.rendered(indent: indent + 1) }.joined(separator: ",\n") + "\n" + close + "}"
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, the rest as UTF-8.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20 || u.value == 0x7f:
                let hex = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }
}
