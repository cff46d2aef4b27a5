/// How big the session draws a plot, in terminal columns and lines.
///
/// On a terminal the width follows the console (one column less, so the last column never wraps),
/// between 40 and 160 columns; anywhere else (a pipe, a file, a test) the plot is 72×20. The height
/// is 20 lines either way, so a plot and a prompt fit a 24-line terminal.
public struct PlotSize: Sendable, Equatable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    public static let standard = PlotSize(width: BrailleRenderer.defaultWidth, height: BrailleRenderer.defaultHeight)
    public static let minimumTerminalWidth = 40
    public static let maximumTerminalWidth = 160

    /// The size for a console `columns` wide.
    public static func forConsole(columns: Int, isTerminal: Bool) -> PlotSize {
        guard isTerminal, columns > 0 else { return standard }
        let w = min(maximumTerminalWidth, max(minimumTerminalWidth, columns - 1))
        return PlotSize(width: w, height: BrailleRenderer.defaultHeight)
    }
}
