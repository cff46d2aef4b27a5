/// `watch EXPR` expressions (gdb's display), each with the text it last showed.
struct Watchlist {
    struct Watch {
        let id: Int
        let expr: String
        var last: String?
    }
    private(set) var items: [Watch] = []
    private var nextId = 1

    /// Adds an expression; returns its number.
    mutating func add(_ expr: String) -> Int {
        let id = nextId
        nextId += 1
        items.append(Watch(id: id, expr: expr, last: nil))
        return id
    }

    /// Removes watch `id`; false when there is none.
    mutating func remove(_ id: Int) -> Bool {
        guard let i = items.firstIndex(where: { $0.id == id }) else { return false }
        items.remove(at: i)
        return true
    }

    /// Evaluates every watch with `evaluate`; returns those whose text changed since last shown.
    mutating func changed(_ evaluate: (String) -> String) -> [Watch] {
        var out: [Watch] = []
        for i in items.indices {
            let text = evaluate(items[i].expr)
            if text != items[i].last {
                items[i].last = text
                out.append(items[i])
            }
        }
        return out
    }
}
