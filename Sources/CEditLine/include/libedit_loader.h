// libedit, loaded when the REPL or the tutorial first needs it, not when spark starts: a script
// run never reads a line from a terminal, and loading libedit with the four libraries it pulls in
// (libtinfo, libbsd, libmd) was a measurable part of a one-statement run. Every libedit function
// spark calls is reached through `spark_libedit`, which `spark_libedit_load` fills with dlsym;
// the macros below let shim.h call them by their own names.
#ifndef SPARK_CEDITLINE_LOADER_H
#define SPARK_CEDITLINE_LOADER_H

#include <histedit.h>
#include <stdio.h>

struct spark_libedit_functions {
    EditLine *(*el_init)(const char *, FILE *, FILE *, FILE *);
    void (*el_end)(EditLine *);
    const char *(*el_gets)(EditLine *, int *);
    int (*el_set)(EditLine *, int, ...);
    int (*el_get)(EditLine *, int, ...);
    int (*el_source)(EditLine *, const char *);
    const LineInfo *(*el_line)(EditLine *);
    int (*el_insertstr)(EditLine *, const char *);
    History *(*history_init)(void);
    void (*history_end)(History *);
    int (*history)(History *, HistEvent *, int, ...);
};

extern struct spark_libedit_functions spark_libedit;

// Loads libedit once. 0 when every function is there; -1 otherwise, with the reason in
// `spark_libedit_error()`.
int spark_libedit_load(void);
const char *spark_libedit_error(void);

// The loader itself names the fields, not the functions.
#ifndef SPARK_LIBEDIT_LOADER
#define el_init (*spark_libedit.el_init)
#define el_end (*spark_libedit.el_end)
#define el_gets (*spark_libedit.el_gets)
#define el_set (*spark_libedit.el_set)
#define el_get (*spark_libedit.el_get)
#define el_source (*spark_libedit.el_source)
#define el_line (*spark_libedit.el_line)
#define el_insertstr (*spark_libedit.el_insertstr)
#define history_init (*spark_libedit.history_init)
#define history_end (*spark_libedit.history_end)
#define history (*spark_libedit.history)
#endif

#endif
