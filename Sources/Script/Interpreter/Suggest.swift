/// Did-you-mean suggestions: the closest known name by edit distance.
public enum Suggest {
    /// The closest candidate within a small edit distance, if any.
    public static func closest(_ name: String, among candidates: [String]) -> String? {
        let limit = max(1, min(3, name.count / 3 + 1))
        var best: (String, Int)? = nil
        for c in candidates where c != name {
            if abs(c.count - name.count) > limit { continue }
            let d = distance(name, c)
            if d <= limit && d < (best?.1 ?? Int.max) { best = (c, d) }
        }
        return best?.0
    }

    /// `did you mean 'W'?`, or nil.
    static func hint(for name: String, among candidates: [String]) -> String? {
        closest(name, among: candidates).map { "did you mean '\($0)'?" }
    }

    /// Levenshtein distance, case changes counting half as much as other edits (rounded down).
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var prev = Array(0...y.count)
        var cur = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            cur[0] = i
            for j in 1...y.count {
                let same = x[i - 1] == y[j - 1] || x[i - 1].lowercased() == y[j - 1].lowercased()
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (same ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[y.count]
    }
}
