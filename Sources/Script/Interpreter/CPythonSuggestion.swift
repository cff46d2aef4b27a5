/// The "Did you mean: 'x'?" that CPython 3.11 appends to the last traceback line of a NameError or
/// AttributeError (Python/suggestions.c: a Levenshtein distance where a case change costs 1 and
/// other edits 2, at most a third of the characters changed).
enum CPythonSuggestion {
    static let maxCandidates = 750
    static let maxStringSize = 40
    static let moveCost = 2
    static let caseCost = 1

    /// The first closest candidate, as `calculate_suggestions` picks it.
    static func suggest(_ name: String, among candidates: [String]) -> String? {
        guard candidates.count < maxCandidates else { return nil }
        let n = Array(name.utf8)
        var best: String?
        var bestDistance = Int.max
        for item in candidates where item != name {
            let s = Array(item.utf8)
            var maxDistance = (n.count + s.count + 3) * moveCost / 6
            maxDistance = min(maxDistance, bestDistance - 1)
            let d = distance(n, s, maxCost: maxDistance)
            if d > maxDistance { continue }
            if best == nil || d < bestDistance {
                best = item
                bestDistance = d
            }
        }
        return best
    }

    static func substitutionCost(_ a: UInt8, _ b: UInt8) -> Int {
        if a & 31 != b & 31 { return moveCost }
        if a == b { return 0 }
        func lower(_ c: UInt8) -> UInt8 { (65...90).contains(c) ? c + 32 : c }
        return lower(a) == lower(b) ? caseCost : moveCost
    }

    static func distance(_ a0: [UInt8], _ b0: [UInt8], maxCost: Int) -> Int {
        var a = a0[...], b = b0[...]
        if a == b { return 0 }
        while let x = a.first, let y = b.first, x == y { a = a.dropFirst(); b = b.dropFirst() }
        while let x = a.last, let y = b.last, x == y { a = a.dropLast(); b = b.dropLast() }
        if a.isEmpty || b.isEmpty { return (a.count + b.count) * moveCost }
        if a.count > maxStringSize || b.count > maxStringSize { return maxCost + 1 }
        if b.count < a.count { swap(&a, &b) }
        if (b.count - a.count) * moveCost > maxCost { return maxCost + 1 }
        let aa = Array(a), bb = Array(b)
        var buffer = (0..<aa.count).map { ($0 + 1) * moveCost }
        var result = 0
        for bIndex in 0..<bb.count {
            let code = bb[bIndex]
            var distance = bIndex * moveCost
            result = distance
            var minimum = Int.max
            for index in 0..<aa.count {
                let substitute = distance + substitutionCost(code, aa[index])
                distance = buffer[index]
                let insertDelete = min(result, distance) + moveCost
                result = min(insertDelete, substitute)
                buffer[index] = result
                if result < minimum { minimum = result }
            }
            if minimum > maxCost { return maxCost + 1 }
        }
        return result
    }
}

extension Interpreter {
    /// A NameError's suggestion: CPython looks among the function's locals, then the globals, then
    /// the builtins, and takes the first list that offers one.
    func nameSuggestion(_ name: String, _ scope: Scope) -> String? {
        if scope !== globals, let s = CPythonSuggestion.suggest(name, among: scope.boundNames) { return s }
        if let s = CPythonSuggestion.suggest(name, among: globals.vars.keys.sorted()) { return s }
        return CPythonSuggestion.suggest(name, among: Builtins.python.keys.sorted() + ["True", "False", "None"])
    }

    /// Module-level names every program has: `__name__` is `"__main__"` for the file being run.
    func moduleDunder(_ name: String) -> Value? {
        switch name {
        case "__name__": return .string("__main__")
        case "__file__": return .string(filename)
        case "__doc__": return Value.none
        default: return nil
        }
    }
}
