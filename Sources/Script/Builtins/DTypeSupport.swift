/// The dtypes gradstep's tensors do not model (they hold float32, float64, float16, int64, int32, int16,
/// int8, uint8 and bool; numpy's arrays also uint16, uint32 and uint64), and
/// the clear error a program gets when it asks for one.
enum DTypeSupport {
    /// `torch.<name>` attributes that name an unsupported dtype, with the dtype's canonical name.
    static let unsupportedNames: [String: String] = [
        "bfloat16": "bfloat16",
        "complex64": "complex64", "cfloat": "complex64", "complex128": "complex128", "cdouble": "complex128",
    ]

    static func unsupported(_ dtype: String, via what: String) -> PyError {
        PyError(.notImplemented, "\(what): dtype torch.\(dtype) is not supported by gradstep (tensors are float32, float64, float16, int64, int32, int16, int8, uint8 or bool)",
                hint: "use torch.float32, torch.float64, torch.int64, torch.int32 or torch.bool")
    }
}
