import Autograd

/// Which `nn.Module` call made which graph nodes, so the debugger can draw each module's nodes in a
/// labelled box (as torchview and TorchLens do). `Module.__call__` brackets its forward with two node
/// sequence marks; a node belongs to every call whose bracket holds its sequence number, the
/// innermost being the shortest. Only the latest calls are kept: the graphs a learner looks at are
/// the recent ones, and a long interpreted training loop must not grow this without bound.
final class ModuleScopes {
    /// One finished module call: the nodes numbered in (start, end] were made during it.
    struct Record {
        weak var module: Instance?
        let start: Int
        let end: Int
    }

    static let capacity = 4096
    private var records: [Record] = []
    private var next = 0

    func record(_ module: Instance, start: Int, end: Int) {
        guard end > start else { return }
        let r = Record(module: module, start: start, end: end)
        if records.count < Self.capacity {
            records.append(r)
        } else {
            records[next] = r
            next = (next + 1) % Self.capacity
        }
    }

    /// For each node made inside a recorded module call: the calls that hold it, outermost first,
    /// each as its record's index (stable while the record is kept) and its module.
    func chains(for nodes: [Node]) -> [ObjectIdentifier: [(call: Int, module: Instance)]] {
        let live = records.enumerated().compactMap { i, r -> (Int, Record, Instance)? in
            r.module.map { (i, r, $0) }
        }.sorted { ($0.1.end - $0.1.start) > ($1.1.end - $1.1.start) }
        guard !live.isEmpty else { return [:] }
        var out: [ObjectIdentifier: [(call: Int, module: Instance)]] = [:]
        for node in nodes where node.op != nil {
            let s = node.sequenceNr
            let chain = live.filter { $0.1.start < s && s <= $0.1.end }.map { (call: $0.0, module: $0.2) }
            if !chain.isEmpty { out[ObjectIdentifier(node)] = chain }
        }
        return out
    }
}
