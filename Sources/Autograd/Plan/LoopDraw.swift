/// Numbers a loop iteration draws from a random generator as input of its tensor work: a
/// DataLoader's seed for the epoch and its shuffled order of rows. A traced iteration records the
/// draw; a compiled plan calls `draw` again at the same point of every iteration it replays, so the
/// generator advances exactly as the interpreted loop advances it, and the rows each batch gathers
/// (`LoopTape.Event.rows`) follow the order drawn for that iteration.
public final class LoopDraw {
    /// What was drawn, named in the plan's signature ("DataLoader order").
    public let what: String
    /// How many numbers `draw` returns (0: the draw only advances the generator).
    public let count: Int
    let draw: () -> [Int]

    public init(_ what: String, count: Int, draw: @escaping () -> [Int]) {
        self.what = what
        self.count = count
        self.draw = draw
    }
}

extension LoopTracing {
    /// The current traced iteration (if any) drew `draw`'s numbers at this point.
    public static func noteDraw(_ draw: LoopDraw) {
        tape?.noteDraw(draw)
    }

    /// The current traced iteration (if any) gathered rows of `sources` into `outputs`: output k
    /// holds, for r in 0..<count, row `order[start + r]` of source k (row `start + r` without an order).
    public static func noteRows(_ sources: [Tensor], order: LoopDraw?, start: Int, count: Int, outputs: [Tensor]) {
        tape?.noteRows(sources, order: order, start: start, count: count, outputs: outputs)
    }
}
