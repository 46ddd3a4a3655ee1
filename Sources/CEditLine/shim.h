// libedit for Swift. `el_set`, `el_get` and `history` are variadic C functions, which Swift cannot
// call, so each use we need gets a fixed-argument wrapper here.
#ifndef SPARK_CEDITLINE_SHIM_H
#define SPARK_CEDITLINE_SHIM_H

#include <stdio.h>
#include <histedit.h>
#include <locale.h>

typedef const char *(*spark_prompt_fn)(EditLine *);
typedef unsigned char (*spark_command_fn)(EditLine *, int);

static inline int spark_el_set_prompt(EditLine *el, spark_prompt_fn fn) {
    return el_set(el, EL_PROMPT, fn);
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

static inline int spark_history_set_size(History *h, HistEvent *ev, int size) {
    return history(h, ev, H_SETSIZE, size);
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

#endif
