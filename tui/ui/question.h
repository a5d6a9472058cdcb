/*
 * A question with its answers as a list (keep your marks?, delete them?,
 * print here?).  On any window the answers and the hint keep their rows;
 * a text too long for the rest scrolls with PgUp and PgDn and says so.
 */
#ifndef TUKI_UI_QUESTION_H
#define TUKI_UI_QUESTION_H

#include <stdbool.h>
#include <wchar.h>

#include "app.h"

/* Draws from row 2: the paragraphs, the answers, and hint (may be NULL). */
void question_draw(struct view *view, const char *const *paragraphs, int nparagraphs,
    const char *const *answers, int nanswers, const char *hint);

/* PgUp and PgDn scroll the text when it does not fit; true if handled. */
bool question_key(struct view *view, wint_t key, bool function_key);

#endif
