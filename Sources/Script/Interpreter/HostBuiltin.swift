/// Built-in functions a host program defines for its own prompt (the debugger's `exit()`, `help()`,
/// `dir()`), called like any Python built-in.
extension Builtin {
    /// A built-in named `name` that runs `call` with the call's arguments.
    public init(host name: String, _ call: @escaping (CallArgs) throws -> Value) {
        self.init(name) { args, _ in try call(args) }
    }
}
