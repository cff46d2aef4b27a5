/// Which names Python's `builtins` module defines, for hosts that must not let data rebind them
/// (a session file cannot name a variable `print`).
public enum PythonBuiltinNames {
    public static func contains(_ name: String) -> Bool { Builtins.python[name] != nil }
}
