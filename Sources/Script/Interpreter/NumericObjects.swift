import Autograd

/// A Swift object with Python's number and sequence protocols (numpy's arrays and scalars): the
/// interpreter's operators, truth tests, item assignment and number conversions ask it before
/// failing, as CPython asks a C type's slots.
protocol PyNumeric: PyObject {
    /// `self op other`, or `other op self` when `reflected`; nil for NotImplemented.
    func binary(_ op: BinaryOperator, _ other: Value, reflected: Bool, _ interp: Interpreter) throws -> Value?
    /// `-self`, `+self`, `~self`.
    func unary(_ op: UnaryOperator) throws -> Value
    /// `self op other` (or `other op self` when `reflected`); nil for NotImplemented.
    func compare(_ op: ComparisonOperator, _ other: Value, reflected: Bool) throws -> Value?
    /// `self op= other`; nil to fall back to `self = self op other`.
    func inPlace(_ op: BinaryOperator, _ other: Value, _ interp: Interpreter) throws -> Value?
    /// `abs(self)`.
    func absolute() throws -> Value
    /// `bool(self)`.
    func truthy() throws -> Bool
    /// The single Python number this stands for (`float(x)`, `int(x)`, an index), or a TypeError.
    func number() throws -> Scalar
    /// `self[index] = value`.
    func setItem(_ index: Value, _ value: Value, _ interp: Interpreter) throws
}
