import Foundation

/// A Jupyter notebook (nbformat 4) as gradstep reads it: its cells, in order, with their sources.
/// Outputs and metadata stored in the file are not needed to run it and are not kept.
public struct Notebook: Sendable, Equatable {
    public enum CellKind: String, Sendable, Equatable {
        case code, markdown, raw
    }

    /// One cell: its kind and its source text (nbformat stores it as a string or a list of lines).
    public struct Cell: Sendable, Equatable {
        public var kind: CellKind
        public var source: String
        public init(kind: CellKind, source: String) {
            self.kind = kind
            self.source = source
        }
    }

    public var cells: [Cell]

    public init(cells: [Cell]) { self.cells = cells }

    /// Why a file is not a notebook gradstep can open.
    public struct ReadError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Whether `path` names a notebook (by its extension, as Jupyter decides).
    public static func isNotebookPath(_ path: String) -> Bool { path.lowercased().hasSuffix(".ipynb") }

    /// The notebook in `text` (the JSON of an .ipynb file).
    public static func parse(_ text: String) throws(ReadError) -> Notebook {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            throw ReadError(description: "not a notebook: the file is not valid JSON (\(Self.jsonProblem(error, in: text)))")
        }
        guard let top = root as? [String: Any] else {
            throw ReadError(description: "not a notebook: the JSON document is not an object with \"cells\"")
        }
        if let format = top["nbformat"] as? Int, format < 4 {
            throw ReadError(description: "nbformat \(format) notebooks are not supported (convert it with `jupyter nbconvert --to notebook --nbformat 4`)")
        }
        guard let rawCells = top["cells"] as? [Any] else {
            throw ReadError(description: "not a notebook: it has no \"cells\" list (nbformat 4)")
        }
        var cells: [Cell] = []
        for (i, raw) in rawCells.enumerated() {
            guard let cell = raw as? [String: Any], let type = cell["cell_type"] as? String else {
                throw ReadError(description: "not a notebook: cell \(i + 1) has no \"cell_type\"")
            }
            // Jupyter shows cells of an unknown type as raw; so does gradstep.
            let kind = CellKind(rawValue: type) ?? .raw
            let source: String
            switch cell["source"] {
            case let s as String: source = s
            case let lines as [Any]:
                guard let strings = lines as? [String] else {
                    throw ReadError(description: "not a notebook: cell \(i + 1)'s \"source\" holds something other than text")
                }
                source = strings.joined()
            case nil: source = ""
            default:
                throw ReadError(description: "not a notebook: cell \(i + 1)'s \"source\" is neither text nor a list of lines")
            }
            cells.append(Cell(kind: kind, source: source))
        }
        return Notebook(cells: cells)
    }

    /// A short text for a JSON error: Foundation's description names the line and column.
    private static func jsonProblem(_ error: Error, in text: String) -> String {
        let d = "\(error)"
        if let r = d.range(of: "line "), let end = d[r.lowerBound...].firstIndex(where: { $0 == ")" || $0 == "." || $0 == "\"" }) {
            return String(d[r.lowerBound..<end])
        }
        return text.isEmpty ? "the file is empty" : "unreadable"
    }
}
