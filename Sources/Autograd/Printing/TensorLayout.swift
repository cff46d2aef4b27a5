/// The nesting and wrapping of a tensor's elements (PyTorch's `_tensor_str_with_formatter`,
/// `_vector_str` and `get_summarized_data`), over a flat row-major element buffer.
struct TensorLayout: Sendable {
    let shape: [Int]
    let strides: [Int]
    let options: TensorPrintOptions
    let summarize: Bool

    init(shape: [Int], options: TensorPrintOptions, summarize: Bool) {
        self.shape = shape
        self.options = options
        self.summarize = summarize
        var strides = [Int](repeating: 1, count: shape.count)
        var running = 1
        for dim in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[dim] = running
            running = running &* Swift.max(shape[dim], 1)
        }
        self.strides = strides
    }

    private var edge: Int { Swift.max(0, options.edgeItems) }

    /// The positions kept along a dimension of `size` when summarizing (all of them if short).
    private func keptPositions(_ size: Int) -> [Int]? {
        if summarize && size > 2 * edge {
            return Array(0..<edge) + Array((size - edge)..<size)
        }
        return nil
    }

    /// The flat indices of the elements `get_summarized_data` keeps, in order.
    func summarizedIndices() -> [Int] {
        var result: [Int] = []
        func visit(_ dim: Int, _ offset: Int) {
            if dim == shape.count {
                result.append(offset)
                return
            }
            let positions = keptPositions(shape[dim]) ?? Array(0..<shape[dim])
            for position in positions {
                visit(dim + 1, offset + position * strides[dim])
            }
        }
        visit(0, 0)
        return result
    }

    /// The bracketed text of the whole tensor.
    func render(values: TensorValues, formatter: TensorElementFormatter, indent: Int) -> String {
        if shape.isEmpty {
            return formatter.format(values, at: 0)
        }
        return render(dim: 0, offset: 0, indent: indent, values: values, formatter: formatter)
    }

    private func render(dim: Int, offset: Int, indent: Int, values: TensorValues, formatter: TensorElementFormatter) -> String {
        let size = shape[dim]
        let remainingDims = shape.count - dim
        if remainingDims == 1 {
            return vector(offset: offset, size: size, stride: strides[dim], indent: indent, values: values, formatter: formatter)
        }
        var slices: [String] = []
        let child = { (position: Int) in
            render(dim: dim + 1, offset: offset + position * strides[dim], indent: indent + 1,
                   values: values, formatter: formatter)
        }
        if let kept = keptPositions(size) {
            slices += kept.prefix(edge).map(child)
            slices.append("...")
            slices += kept.suffix(edge).map(child)
        } else {
            slices = (0..<size).map(child)
        }
        let separator = "," + String(repeating: "\n", count: remainingDims - 1)
            + String(repeating: " ", count: indent + 1)
        return "[" + slices.joined(separator: separator) + "]"
    }

    private func vector(offset: Int, size: Int, stride: Int, indent: Int, values: TensorValues, formatter: TensorElementFormatter) -> String {
        let elementLength = formatter.width + 2
        let available = options.lineWidth - indent
        let perLine = Swift.max(1, available >= 0 ? available / elementLength : 0)
        let element = { (position: Int) in formatter.format(values, at: offset + position * stride) }
        var data: [String]
        if let kept = keptPositions(size) {
            data = kept.prefix(edge).map(element)
            data.append(" ...")
            data += kept.suffix(edge).map(element)
        } else {
            data = (0..<size).map(element)
        }
        var lines: [String] = []
        var start = 0
        while start < data.count {
            let end = Swift.min(start + perLine, data.count)
            lines.append(data[start..<end].joined(separator: ", "))
            start = end
        }
        let separator = ",\n" + String(repeating: " ", count: indent + 1)
        return "[" + lines.joined(separator: separator) + "]"
    }
}
