/* Placeholders filled in from the content (placeholder.h has the syntax). */
#ifndef TUKI_MODEL_PLACEHOLDER_FILL_H
#define TUKI_MODEL_PLACEHOLDER_FILL_H

#include <stddef.h>

#include "placeholder.h"

struct content;

/* The value a placeholder stands for, or NULL if it does not resolve. */
const char *placeholder_value(const struct content *c, const struct placeholder *p);

/*
 * Copies text into out with every placeholder replaced by its value;
 * one that does not resolve is left as written.  Always terminates out.
 */
void placeholder_expand(const struct content *c, const char *text, char *out, size_t outsize);
/* The same, into memory of the right size: nothing is ever cut.  Free it. */
char *placeholder_expand_dup(const struct content *c, const char *text);

#endif
