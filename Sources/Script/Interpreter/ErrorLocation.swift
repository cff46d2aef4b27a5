extension Interpreter {
    /// The one place an error gets its source location: runs `body`; a Python error that has no line
    /// yet gets `line`/`column` (and `span`, when given); any other error (a TorchError from a
    /// kernel, ...) becomes the Python error it stands for, at that place. Syntax errors keep their own.
    @inline(__always)
    func located<T>(line: Int, column: Int, span: @autoclosure () -> ErrorSpan? = nil, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch var p as PyError {
            if p.line == 0 {
                p.line = line
                p.column = column
                if let s = span() { p.span = s }
            }
            throw p
        } catch let s as SyntaxError {
            throw s
        } catch {
            var p = pyError(error)
            p.line = line
            p.column = column
            if let s = span() { p.span = s }
            throw p
        }
    }
}
