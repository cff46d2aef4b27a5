/// PyTorch's tensor `repr` (a port of `torch/_tensor_str.py`): nested brackets, element
/// formatting, line wrapping, `...` summarization and the `dtype=`/`size=`/caller suffixes.
public enum TensorFormatter {
    /// The full text of `repr(tensor)`, e.g. `tensor([1., 2.], requires_grad=True)`.
    ///
    /// - Parameters:
    ///   - shape: the sizes; `[]` for a 0-d tensor.
    ///   - values: the elements in row-major order (`values.count` must equal the product
    ///     of `shape`; otherwise a short `<invalid ...>` text is returned instead of trapping).
    ///   - prefix: `tensor(` normally. It may contain newlines (e.g.
    ///     `Parameter containing:\ntensor(`); the indent of continuation lines is the length
    ///     of the prefix's last line, as in PyTorch.
    ///   - suffixes: the caller's suffixes in order, e.g. `grad_fn=<MulBackward0>` or
    ///     `requires_grad=True`. The `size=`/`dtype=` suffixes PyTorch adds for empty
    ///     tensors are put before them automatically.
    ///   - options: PyTorch's print options.
    ///   - dtype: the tensor's dtype when `values` does not say it (int32 elements are `.int`).
    ///   - defaultDType: `torch.get_default_dtype()`, which goes without a `dtype=` suffix.
    public static func repr(
        shape: [Int],
        values: TensorValues,
        prefix: String = "tensor(",
        suffixes: [String] = [],
        options: TensorPrintOptions = TensorPrintOptions(),
        dtype: DType? = nil,
        defaultDType: DType = .float32
    ) -> String {
        guard let count = elementCount(shape), count == values.count else {
            return "\(prefix)<invalid: shape \(shape) with \(values.count) values>)"
        }
        let elementType = dtype ?? values.dtype
        let indent = prefix.split(separator: "\n", omittingEmptySubsequences: false).last?.count ?? 0
        var allSuffixes: [String] = []
        let body: String
        if count == 0 {
            if shape.count != 1 {
                allSuffixes.append("size=" + tupleText(shape))
            }
            if elementType != defaultDType {
                allSuffixes.append("dtype=" + elementType.rawValue)
            }
            body = "[]"
        } else {
            body = contents(shape: shape, values: values, indent: indent, options: options)
            // PyTorch names every dtype but the default one, int64 and bool.
            if ![defaultDType, .int64, .bool].contains(elementType) {
                allSuffixes.append("dtype=" + elementType.rawValue)
            }
        }
        allSuffixes.append(contentsOf: suffixes)
        return addSuffixes(prefix + body, suffixes: allSuffixes, indent: indent, lineWidth: options.lineWidth)
    }

    /// The bracketed element text alone (PyTorch's `_tensor_str`), with continuation lines
    /// indented by `indent + 1` per nesting level. Empty tensors give `[]`.
    public static func contents(
        shape: [Int],
        values: TensorValues,
        indent: Int,
        options: TensorPrintOptions = TensorPrintOptions()
    ) -> String {
        guard let count = elementCount(shape), count == values.count else {
            return "<invalid: shape \(shape) with \(values.count) values>"
        }
        if count == 0 { return "[]" }
        let layout = TensorLayout(shape: shape, options: options, summarize: count > options.threshold)
        let inspected = layout.summarize ? layout.summarizedIndices() : Array(0..<count)
        let formatter = TensorElementFormatter(values: values, indices: inspected, options: options)
        return layout.render(values: values, formatter: formatter, indent: indent)
    }

    /// The product of `shape`, or nil when a size is negative or the product overflows.
    static func elementCount(_ shape: [Int]) -> Int? {
        var product = 1
        for size in shape {
            if size < 0 { return nil }
            let (next, overflow) = product.multipliedReportingOverflow(by: size)
            if overflow { return nil }
            product = next
        }
        return product
    }

    /// Python's `str(tuple(shape))`: `(2, 3)`, `(0,)`, `()`.
    static func tupleText(_ shape: [Int]) -> String {
        if shape.count == 1 { return "(\(shape[0]),)" }
        return "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }

    /// PyTorch's `_add_suffixes`: each suffix goes after `, ` on the same line, or on a new
    /// line indented by `indent` when it would pass the line width; then the closing `)`.
    static func addSuffixes(_ text: String, suffixes: [String], indent: Int, lineWidth: Int) -> String {
        var result = text
        // PyTorch measures `len(s) - s.rfind("\n") + 1`: the last line's length plus 2.
        let lastLine = text.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
        var lastLineLength = lastLine.count + 2
        for suffix in suffixes {
            let suffixLength = suffix.count
            if lastLineLength + suffixLength + 2 > lineWidth {
                result += ",\n" + String(repeating: " ", count: Swift.max(0, indent)) + suffix
                lastLineLength = indent + suffixLength
            } else {
                result += ", " + suffix
                lastLineLength += suffixLength + 2
            }
        }
        return result + ")"
    }
}
