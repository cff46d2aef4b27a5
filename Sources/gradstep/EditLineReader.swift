import CEditLine
import Debugger
#if canImport(Glibc)
import Glibc
#endif

/// State reachable from libedit's C callbacks through `EL_CLIENTDATA`.
final class EditLineState {
    /// The prompt libedit draws, as a C string owned by this object.
    private(set) var prompt: UnsafeMutablePointer<CChar>?
    let complete: (String, Int) -> [String]
    let interrupt: InterruptFlag
    /// libedit draws on stderr (stdout is a pipe: `gradstep | tee log`).
    var onStderr = false
    /// The line and cursor after a TAB that added nothing; a TAB at the same place lists candidates.
    private var lastTab: (line: String, cursor: Int)?
    /// Text the next line starts out with. libedit clears its line buffer when `el_gets` starts, so the
    /// text goes in through a key: the first character read is `initialTextKey`, bound to
    /// `insertInitialText`, which inserts it as one string (typing it as keys would run TAB's completion).
    var initialText: String?
    private var initialKeyPending = false
    /// Ctrl-^ (unbound in libedit's emacs map); pressed by the person, it does nothing.
    static let initialTextKey: wchar_t = 0x1E

    init(complete: @escaping (String, Int) -> [String], interrupt: InterruptFlag) {
        self.complete = complete
        self.interrupt = interrupt
    }

    /// Reads one character for libedit (EL_GETCFN): 1 and the character, 0 at end of input, -1 on
    /// error or Ctrl-C. libedit's own reader retries a read that Ctrl-C interrupted, in the cooked
    /// mode its signal handler left the terminal in (TAB and arrows then stop working and the line
    /// survives); ending el_gets here lets libedit restore raw mode at the next prompt.
    func readCharacter(_ out: UnsafeMutablePointer<wchar_t>) -> Int32 {
        if initialKeyPending {
            initialKeyPending = false
            out.pointee = Self.initialTextKey
            return 1
        }
        var bytes: [UInt8] = []
        var needed = 1
        while bytes.count < needed {
            var byte: UInt8 = 0
            let n = read(gs_stdin_fd(), &byte, 1)
            if n == 0 { return 0 }
            if n < 0 {
                if errno == EINTR {
                    if interrupt.isRaised { return -1 }
                    continue  // another signal (a window resize): keep reading
                }
                return -1
            }
            if bytes.isEmpty {
                switch byte {
                case 0..<0x80: needed = 1
                case 0xC0..<0xE0: needed = 2
                case 0xE0..<0xF0: needed = 3
                case 0xF0..<0xF8: needed = 4
                default: continue  // a stray continuation byte: skip it
                }
            } else if byte & 0xC0 != 0x80 {
                bytes = []  // an invalid sequence: drop it and start again at this byte
                needed = 1
                continue
            }
            bytes.append(byte)
        }
        var scalar: UInt32
        switch needed {
        case 1: scalar = UInt32(bytes[0])
        case 2: scalar = UInt32(bytes[0] & 0x1F)
        case 3: scalar = UInt32(bytes[0] & 0x0F)
        default: scalar = UInt32(bytes[0] & 0x07)
        }
        for b in bytes.dropFirst() { scalar = scalar << 6 | UInt32(b & 0x3F) }
        out.pointee = wchar_t(bitPattern: scalar)
        return 1
    }

    deinit { free(prompt) }

    /// The next line starts out holding `text` (nothing when it is empty).
    func offer(_ text: String) {
        initialText = text.isEmpty ? nil : text
        initialKeyPending = initialText != nil
    }

    /// The initial-text key: inserts the offered text once.
    func insertInitialText(_ el: OpaquePointer) -> UInt8 {
        guard let text = initialText else { return gs_cc_refresh() }
        initialText = nil
        return el_insertstr(el, text) == 0 ? gs_cc_refresh() : gs_cc_error()
    }

    func setPrompt(_ text: String) {
        free(prompt)
        prompt = strdup(text)
    }

    /// The line being edited and the cursor's UTF-8 offset in it.
    static func lineAndCursor(_ el: OpaquePointer) -> (line: String, cursor: Int)? {
        let length = Int(gs_el_line_length(el))
        let cursor = Int(gs_el_cursor_offset(el))
        guard length >= 0, cursor >= 0, cursor <= length, let buffer = gs_el_line_buffer(el) else { return nil }
        let bytes = UnsafeRawBufferPointer(start: UnsafeRawPointer(buffer), count: length)
        return (String(decoding: bytes, as: UTF8.self), cursor)
    }

    /// The TAB key: asks for candidates and completes, beeps or lists.
    func completeKey(_ el: OpaquePointer) -> UInt8 {
        guard let (line, cursor) = Self.lineAndCursor(el) else { return gs_cc_error() }
        let before = String(decoding: Array(line.utf8)[..<cursor], as: UTF8.self)
        let repeated = lastTab.map { $0.line == line && $0.cursor == cursor } ?? false
        lastTab = nil
        let candidates = complete(line, cursor)
        let isAmbiguous = Set(candidates).count > 1
        let action = CompletionPlanner.plan(textBeforeCursor: before, candidates: candidates, repeatedTab: repeated)
        switch action {
        case .none:
            return gs_cc_refresh()
        case .beep:
            lastTab = (line, cursor)
            return gs_cc_refresh_beep()
        case .insert(let text):
            guard el_insertstr(el, text) == 0 else { return gs_cc_error() }
            if isAmbiguous {  // the next TAB here lists the candidates
                lastTab = Self.lineAndCursor(el)
            }
            return gs_cc_refresh()
        case .list(let items):
            lastTab = (line, cursor)
            gs_write_drawing("\n" + CompletionPlanner.columns(items, width: TerminalWidth.current(fd: onStderr ? 2 : 1)), onStderr ? 1 : 0)
            return gs_cc_redisplay()
        }
    }
}

/// A `LineReader` on libedit's native API for an interactive terminal: emacs key bindings, TAB
/// completion from the session, persistent history, Ctrl-C reported as `.interrupted`.
final class EditLineReader: LineReader {
    private let el: OpaquePointer
    private let history: OpaquePointer
    private let state: EditLineState
    private let interrupt: InterruptFlag
    private let historyPath: String?
    private var saveHistory = true
    private var warned = false

    var isInteractive: Bool { true }

    /// Sets libedit up on stdin/stdout; nil if libedit cannot start. Loads history from `historyPath`
    /// (a missing file is fine; an unreadable one gives one warning line on stderr).
    init?(program: String, historyPath: String?, interrupt: InterruptFlag, drawOnStderr: Bool = false,
          complete: @escaping (String, Int) -> [String]) {
        guard let el = gs_el_init(program, drawOnStderr ? 1 : 0) else { return nil }
        guard let history = history_init() else {
            el_end(el)
            return nil
        }
        self.el = el
        self.history = history
        self.state = EditLineState(complete: complete, interrupt: interrupt)
        state.onStderr = drawOnStderr
        self.interrupt = interrupt
        self.historyPath = historyPath

        _ = gs_history_setsize(history, 1000)
        _ = gs_history_setunique(history, 1)
        _ = gs_el_set_clientdata(el, Unmanaged.passUnretained(state).toOpaque())
        _ = gs_el_set_editor(el, "emacs")
        _ = gs_el_set_signal(el, 1)
        _ = gs_el_set_history(el, history)
        _ = gs_el_set_prompt(el) { el in
            guard let el, let raw = gs_el_get_clientdata(el) else { return gs_empty_prompt() }
            return Unmanaged<EditLineState>.fromOpaque(raw).takeUnretainedValue().prompt ?? gs_empty_prompt()
        }
        _ = gs_el_addfn(el, "gradstep-complete", "Complete the word at the cursor") { el, _ in
            guard let el, let raw = gs_el_get_clientdata(el) else { return gs_cc_error() }
            return Unmanaged<EditLineState>.fromOpaque(raw).takeUnretainedValue().completeKey(el)
        }
        _ = gs_el_bind(el, "^I", "gradstep-complete")
        _ = gs_el_addfn(el, "gradstep-initial-text", "Insert the text the line starts with") { el, _ in
            guard let el, let raw = gs_el_get_clientdata(el) else { return gs_cc_error() }
            return Unmanaged<EditLineState>.fromOpaque(raw).takeUnretainedValue().insertInitialText(el)
        }
        _ = gs_el_bind(el, "^^", "gradstep-initial-text")
        _ = gs_el_set_getcfn(el) { el, out in
            guard let el, let out, let raw = gs_el_get_clientdata(el) else { return -1 }
            return Unmanaged<EditLineState>.fromOpaque(raw).takeUnretainedValue().readCharacter(out)
        }
        // Ctrl-D stays libedit's own (it echoes "^D" before EOF): a custom ^D key function lost the key
        // in about half of quick pty runs (^D sent right after the prompt), so it is not used.
        _ = el_source(el, nil)  // the user's ~/.editrc, if any, may override the bindings

        if let path = historyPath, access(path, F_OK) == 0, gs_history_load(history, path) < 0 {
            warn("gradstep: warning: cannot read history file \(path); starting with an empty history")
        }
    }

    deinit {
        el_end(el)
        history_end(history)
    }

    /// Microseconds to wait before drawing the prompt on stderr while stdout is a pipe.
    static let pipeSettle: useconds_t = 30_000

    func readLine(prompt: String) -> LineResult { readLine(prompt: prompt, initialText: "") }

    func readLine(prompt: String, initialText: String) -> LineResult {
        state.setPrompt(prompt)
        state.offer(initialText)
        _ = interrupt.take()  // a Ctrl-C from before this prompt is stale
        if state.onStderr {
            // stdout is a pipe (`gradstep | tee log`): the previous input's output reaches the
            // terminal through the reader of that pipe, after us. Giving it a moment first keeps the
            // prompt after that output, so the prompt stays visible on the line the learner types
            // on (python3 | tee races here; measured: tee writes within about 1 ms).
            fflush(nil)
            usleep(Self.pipeSettle)
        }
        var count: Int32 = 0
        guard let raw = el_gets(el, &count) else {
            if interrupt.take() {
                // Redraw the text right of the cursor so the message does not cover it.
                var rest = ""
                if let (line, cursor) = EditLineState.lineAndCursor(el) {
                    rest = String(decoding: Array(line.utf8)[cursor...], as: UTF8.self)
                }
                // As CPython's REPL: the half-typed line is dropped with "KeyboardInterrupt".
                gs_write_drawing(rest + "\nKeyboardInterrupt\n", state.onStderr ? 1 : 0)
                return .interrupted
            }
            return .eof
        }
        var line = String(cString: raw)
        while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
        return .line(line)
    }

    func addHistory(_ line: String) {
        _ = gs_history_enter(history, line)
        guard saveHistory, let path = historyPath else { return }
        if gs_history_save(history, path) < 0 {
            saveHistory = false
            warn("gradstep: warning: cannot write history file \(path); history will not be saved")
        }
    }

    /// One warning line on stderr per run, at most.
    private func warn(_ message: String) {
        guard !warned else { return }
        warned = true
        gs_flush_stdout()
        FileDescriptorWriter.standardError.write(message + "\n")
    }
}
