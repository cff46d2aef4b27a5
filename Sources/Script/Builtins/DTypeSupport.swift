/// The dtypes gradstep does not model (it computes in float32, float64, int64, int32 and bool), and
/// the clear error a program gets when it asks for one.
enum DTypeSupport {
    /// `torch.<name>` attributes that name an unsupported dtype, with the dtype's canonical name.
    static let unsupportedNames: [String: String] = [
        "float16": "float16", "half": "float16", "bfloat16": "bfloat16", "int16": "int16", "short": "int16", "int8": "int8", "uint8": "uint8",
        "complex64": "complex64", "cfloat": "complex64", "complex128": "complex128", "cdouble": "complex128",
    ]

    static func unsupported(_ dtype: String, via what: String) -> PyError {
        PyError(.notImplemented, "\(what): dtype torch.\(dtype) is not supported by gradstep (tensors are float32, float64, int64, int32 or bool)",
                hint: "use torch.float32, torch.float64, torch.int64, torch.int32 or torch.bool")
    }
}
