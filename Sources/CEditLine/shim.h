#ifndef GRADSTEP_CEDITLINE_SHIM_H
#define GRADSTEP_CEDITLINE_SHIM_H
/*
 * Thin, non-variadic wrappers around libedit's native API (el_* and history),
 * which Swift cannot call directly because el_set/el_get/history are C variadics.
 * Also hides the mutable C globals stdin/stdout/stderr from Swift 6.
 */
#include <stdio.h>
#include <locale.h>
#include <histedit.h>

/* ---- EditLine ---- */

/** el_init on the process's stdin/stdout/stderr; with on_stderr, the editor draws on stderr (for
 *  `gradstep | tee log`: the prompt stays on the terminal, as CPython's does). */
static inline EditLine *gs_el_init(const char *prog, int on_stderr) {
    return el_init(prog, stdin, on_stderr ? stderr : stdout, stderr);
}

static inline int gs_el_set_prompt(EditLine *el, char *(*fn)(EditLine *)) {
    return el_set(el, EL_PROMPT, fn);
}

static inline int gs_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

static inline int gs_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}

static inline int gs_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

/** Replaces libedit's read-one-character function (EL_GETCFN). */
static inline int gs_el_set_getcfn(EditLine *el, int (*fn)(EditLine *, wchar_t *)) {
    return el_set(el, EL_GETCFN, fn);
}

/** The file descriptor libedit reads from (stdin's). */
static inline int gs_stdin_fd(void) { return fileno(stdin); }

static inline int gs_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline void *gs_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

static inline int gs_el_addfn(EditLine *el, const char *name, const char *help,
                              unsigned char (*fn)(EditLine *, int)) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

static inline int gs_el_bind(EditLine *el, const char *key, const char *fname) {
    return el_set(el, EL_BIND, key, fname, (const char *)NULL);
}

/** Byte offset of the cursor in the current line, or -1. */
static inline int gs_el_cursor_offset(EditLine *el) {
    const LineInfo *li = el_line(el);
    if (li == NULL || li->buffer == NULL || li->cursor == NULL) return -1;
    return (int)(li->cursor - li->buffer);
}

/** Length in bytes of the current line, or -1. */
static inline int gs_el_line_length(EditLine *el) {
    const LineInfo *li = el_line(el);
    if (li == NULL || li->buffer == NULL || li->lastchar == NULL) return -1;
    return (int)(li->lastchar - li->buffer);
}

static inline const char *gs_el_line_buffer(EditLine *el) {
    const LineInfo *li = el_line(el);
    return li == NULL ? NULL : li->buffer;
}

/** Writes text to stdout (the stream libedit draws on) and flushes it. */
static inline void gs_write_stdout(const char *text) {
    fputs(text, stdout);
    fflush(stdout);
}

/** Writes text to stdout or stderr (whichever libedit draws on) and flushes it. */
static inline void gs_write_drawing(const char *text, int on_stderr) {
    FILE *f = on_stderr ? stderr : stdout;
    fflush(stdout);
    fputs(text, f);
    fflush(f);
}

static inline void gs_flush_stdout(void) { fflush(stdout); }

/** setlocale(LC_CTYPE, ""), falling back to C.UTF-8; non-ASCII input is cut otherwise. */
static inline void gs_setlocale_ctype(void) {
    if (setlocale(LC_CTYPE, "") == NULL) setlocale(LC_CTYPE, "C.UTF-8");
}

/** A valid empty prompt, for when no prompt is known. */
static inline char *gs_empty_prompt(void) { static char empty[1] = ""; return empty; }

/* libedit's key-function return codes, as plain values. */
static inline unsigned char gs_cc_refresh(void) { return CC_REFRESH; }
static inline unsigned char gs_cc_refresh_beep(void) { return CC_REFRESH_BEEP; }
static inline unsigned char gs_cc_redisplay(void) { return CC_REDISPLAY; }
static inline unsigned char gs_cc_error(void) { return CC_ERROR; }


/* ---- History ---- */

static inline int gs_history_setsize(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}

static inline int gs_history_setunique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}

static inline int gs_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}

static inline int gs_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}

static inline int gs_history_save(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, path);
}

#endif
