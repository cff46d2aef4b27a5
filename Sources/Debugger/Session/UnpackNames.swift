import Script

/// The learner's own names for the rows of a tensor unpacked by a tuple assignment (`a, b, c =
/// params`, at the top level or inside a def): the stepper labels UnbindBackward0's outputs with them.
enum UnpackNames {
    /// Every `n1, n2, … = NAME` in `statements` (def bodies included), as (NAME, [n1, n2, …]).
    static func unpackings(_ statements: [RecordedStatement]) -> [(source: String, targets: [String])] {
        var out: [(String, [String])] = []
        func walk(_ body: [Stmt]) {
            for s in body {
                switch s.kind {
                case .assign(let targets, let value):
                    guard targets.count == 1, case .name(let source) = value.kind,
                          case .tuple(let items) = targets[0].kind else { continue }
                    let names = items.compactMap { item -> String? in if case .name(let n) = item.kind { return n } else { return nil } }
                    if names.count == items.count { out.append((source, names)) }
                case .functionDef(let def): walk(def.body)
                case .if(_, let b, let o), .while(_, let b, let o), .for(_, _, let b, let o): walk(b); walk(o)
                case .with(_, let b): walk(b)
                default: break
                }
            }
        }
        walk(statements.map(\.stmt))
        return out
    }

    /// The names for the `count` rows of the tensor the learner calls `source`, when exactly one
    /// unpacking of that name into `count` names exists.
    static func names(of source: String, count: Int, in statements: [RecordedStatement]) -> [String]? {
        let found = Set(unpackings(statements).filter { $0.source == source && $0.targets.count == count }.map(\.targets))
        return found.count == 1 ? found.first : nil
    }
}
