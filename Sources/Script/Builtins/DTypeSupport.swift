/// The dtypes gradstep does not model (it computes in float32, int64 and bool only), and the clear
/// error a program gets when it asks for one.
enum DTypeSupport {
    /// `torch.<name>` attributes that name an unsupported dtype, with the dtype's canonical name.
    static let unsupportedNames: [String: String] = [
        "float64": "float64", "double": "float64", "float16": "float16", "half": "float16", "bfloat16": "bfloat16",
        "int32": "int32", "int": "int32", "int16": "int16", "short": "int16", "int8": "int8", "uint8": "uint8",
        "complex64": "complex64", "cfloat": "complex64", "complex128": "complex128", "cdouble": "complex128",
    ]

    static func unsupported(_ dtype: String, via what: String) -> PyError {
        PyError(.notImplemented, "\(what): dtype torch.\(dtype) is not supported by gradstep (tensors are float32, int64 or bool)",
                hint: "use torch.float32 (torch.float), torch.int64 (torch.long) or torch.bool")
    }
}
