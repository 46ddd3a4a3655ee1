// libedit for Swift. `el_set`, `el_get` and `history` are variadic C functions, which Swift cannot
// call, so each use we need gets a fixed-argument wrapper here; the others get one too, because
// libedit is loaded on first use (libedit_loader.h) and Swift cannot call through its macros. The REPL's SIGINT flag lives here
// too: a signal handler must only touch a `volatile sig_atomic_t`, which Swift cannot declare.
#ifndef SPARK_CEDITLINE_SHIM_H
#define SPARK_CEDITLINE_SHIM_H

#include <errno.h>
#include <limits.h>
#include <histedit.h>
#include "libedit_loader.h"
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>

typedef const char *(*spark_prompt_fn)(EditLine *);
typedef unsigned char (*spark_command_fn)(EditLine *, int);

// Loads libedit; 0 when the line editor can be used (see libedit_loader.h).
static inline int spark_editline_load(void) { return spark_libedit_load(); }
static inline const char *spark_editline_error(void) { return spark_libedit_error(); }
static inline void spark_el_end(EditLine *el) { el_end(el); }
static inline const char *spark_el_gets(EditLine *el, int *count) { return el_gets(el, count); }
static inline const LineInfo *spark_el_line(EditLine *el) { return el_line(el); }
static inline int spark_el_insertstr(EditLine *el, const char *text) { return el_insertstr(el, text); }
static inline History *spark_history_init(void) { return history_init(); }
static inline void spark_history_end(History *h) { history_end(h); }

// `stdin`/`stdout` are mutable C globals, which Swift 6 refuses to read; C reads them for us.
static inline EditLine *spark_el_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}
// Characters between two `ignore` bytes in the prompt (colour escapes) take no columns.
static inline int spark_el_set_prompt_esc(EditLine *el, spark_prompt_fn fn, char ignore) {
    return el_set(el, EL_PROMPT_ESC, fn, ignore);
}
static inline int spark_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}
static inline int spark_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}
static inline int spark_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}
static inline int spark_el_add_function(EditLine *el, const char *name, const char *help,
                                        spark_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int spark_el_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, NULL);
}
static inline int spark_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}
static inline void *spark_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}
static inline int spark_el_source(EditLine *el) {
    return el_source(el, NULL);
}
// Writes on the editor's own output stream (so it orders with libedit's redraws) and flushes.
static inline void spark_el_write(EditLine *el, const char *text) {
    FILE *out = NULL;
    if (el_get(el, EL_GETFP, 1, &out) != 0 || out == NULL) out = stdout;
    fputs(text, out);
    fflush(out);
}
// The terminal's width in columns, or 80 when it cannot be asked.
static inline int spark_terminal_columns(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    return 80;
}

static inline int spark_history_set_size(History *h, HistEvent *ev, int size) {
    return history(h, ev, H_SETSIZE, size);
}
static inline int spark_history_get_size(History *h, HistEvent *ev) {
    return history(h, ev, H_GETSIZE);
}
static inline int spark_history_set_unique(History *h, HistEvent *ev, int unique) {
    return history(h, ev, H_SETUNIQUE, unique);
}
static inline int spark_history_enter(History *h, HistEvent *ev, const char *line) {
    return history(h, ev, H_ENTER, line);
}
static inline int spark_history_load(History *h, HistEvent *ev, const char *path) {
    return history(h, ev, H_LOAD, path);
}
static inline int spark_history_save(History *h, HistEvent *ev, const char *path) {
    return history(h, ev, H_SAVE, path);
}
// Saves to a stream the caller opened: the history's temporary file is created exclusively.
static inline int spark_history_save_fp(History *h, HistEvent *ev, FILE *file) {
    return history(h, ev, H_SAVE_FP, file);
}

// SIGINT for the REPL: the handler only raises a flag. It is installed without SA_RESTART, so a
// Ctrl-C makes libedit's read(2) fail with EINTR and `el_gets` return; the REPL then takes the
// flag and clears the line. `static` data in a header is one copy per translation unit, so only
// one Swift file (InterruptSignal.swift) may call these, the reader below included.
static volatile sig_atomic_t spark_sigint_raised = 0;

static void spark_sigint_handler(int signo) {
    (void)signo;
    spark_sigint_raised = 1;
}
// Installs the flag-raising handler; the one it replaces goes to `previous`, for uninstall.
static inline int spark_sigint_install(struct sigaction *previous) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = spark_sigint_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;  // no SA_RESTART: the blocked read must return
    spark_sigint_raised = 0;
    return sigaction(SIGINT, &action, previous);
}
static inline int spark_sigint_uninstall(const struct sigaction *previous) {
    return sigaction(SIGINT, previous, NULL);
}
// Returns whether a SIGINT arrived since the last call, and lowers the flag.
static inline int spark_sigint_take(void) {
    int raised = spark_sigint_raised;
    spark_sigint_raised = 0;
    return raised;
}

// libedit's own reader retries the first EINTR of every character (`read__fixio`), so a single
// Ctrl-C would be swallowed. This reader (installed with EL_GETCFN) gives up on the first EINTR
// that our SIGINT caused, so `el_gets` returns NULL with errno EINTR; other interruptions retry.
// It decodes UTF-8 like libedit's own, so edits still move by character.
static int spark_read_char(EditLine *el, wchar_t *out) {
    FILE *in = NULL;
    int fd = (el_get(el, EL_GETFP, 0, &in) == 0 && in != NULL) ? fileno(in) : STDIN_FILENO;
    char bytes[MB_LEN_MAX];
    size_t count = 0;
    for (;;) {
        ssize_t got = read(fd, bytes + count, 1);
        if (got < 0) {
            if (errno == EINTR && !spark_sigint_raised) continue;
            *out = L'\0';
            return -1;
        }
        if (got == 0) {
            *out = L'\0';
            return 0;
        }
        count++;
        mbstate_t state;
        memset(&state, 0, sizeof state);
        size_t used = mbrtowc(out, bytes, count, &state);
        if (used == (size_t)-2 && count < MB_LEN_MAX) continue;  // an unfinished sequence
        if (used == (size_t)-1 || used == (size_t)-2) {
            count = 0;  // not UTF-8: drop it, as libedit does
            continue;
        }
        return 1;
    }
}
static inline int spark_el_use_interruptible_reader(EditLine *el) {
    return el_set(el, EL_GETCFN, spark_read_char);
}

#endif
