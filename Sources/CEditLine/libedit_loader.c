// See libedit_loader.h: libedit is opened on first use with dlopen.
#include <dlfcn.h>
#include <stddef.h>

#define SPARK_LIBEDIT_LOADER
#include "libedit_loader.h"

struct spark_libedit_functions spark_libedit;

static int spark_libedit_state = 0;  // 0 not tried, 1 loaded, -1 failed
static const char *spark_libedit_reason = NULL;

// The names libedit's shared library goes by: Debian's libedit2, a development link, macOS.
static const char *const spark_libedit_names[] = {"libedit.so.2", "libedit.so", "libedit.3.dylib",
                                                  "libedit.dylib"};

static void *spark_libedit_open(void) {
    for (size_t index = 0; index < sizeof spark_libedit_names / sizeof *spark_libedit_names; index++) {
        void *library = dlopen(spark_libedit_names[index], RTLD_NOW | RTLD_LOCAL);
        if (library != NULL) return library;
    }
    return NULL;
}

#define SPARK_LOAD(library, name)                                                      \
    do {                                                                               \
        *(void **)&spark_libedit.name = dlsym(library, #name);                         \
        if (spark_libedit.name == NULL) {                                              \
            spark_libedit_reason = "libedit has no `" #name "`";                       \
            return -1;                                                                 \
        }                                                                              \
    } while (0)

static int spark_libedit_resolve(void *library) {
    SPARK_LOAD(library, el_init);
    SPARK_LOAD(library, el_end);
    SPARK_LOAD(library, el_gets);
    SPARK_LOAD(library, el_set);
    SPARK_LOAD(library, el_get);
    SPARK_LOAD(library, el_source);
    SPARK_LOAD(library, el_line);
    SPARK_LOAD(library, el_insertstr);
    SPARK_LOAD(library, history_init);
    SPARK_LOAD(library, history_end);
    SPARK_LOAD(library, history);
    return 0;
}

int spark_libedit_load(void) {
    if (spark_libedit_state == 0) {
        void *library = spark_libedit_open();
        if (library == NULL) {
            spark_libedit_reason = dlerror();
            spark_libedit_state = -1;
        } else {
            spark_libedit_state = spark_libedit_resolve(library) == 0 ? 1 : -1;
        }
    }
    return spark_libedit_state == 1 ? 0 : -1;
}

const char *spark_libedit_error(void) {
    return spark_libedit_reason != NULL ? spark_libedit_reason : "libedit could not be loaded";
}
