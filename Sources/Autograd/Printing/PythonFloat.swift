/// Python's textual forms of a `float` (a double): `repr` and `str`, which agree in Python 3.
public enum PythonFloat {
    /// `repr(x)`: shortest round-trip digits, exponent form below 1e-4 or from 1e16 on,
    /// e.g. `2.0`, `0.1`, `1e-05`, `1e+16`, `-0.0`, `inf`, `nan`.
    public static func repr(_ x: Double) -> String {
        FloatLayout.layout(x, conversion: .shortest, precision: 0, addDotZero: true)
    }

    /// `str(x)`, identical to `repr(x)` in Python 3.
    public static func str(_ x: Double) -> String {
        repr(x)
    }
}
