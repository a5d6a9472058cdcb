/*
 * A question with its answers as a list (keep your marks?, delete them?,
 * print here?).  On any window the answers and the hint keep their rows;
 * a text too long for the rest scrolls with PgUp and PgDn and says so.
 */
#ifndef TUKI_UI_QUESTION_H
#define TUKI_UI_QUESTION_H

#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

#include "app.h"

/* Where a question's text is scrolled to: kept in the state of each
 * screen that asks one.  Zeroed, it starts at the top. */
struct question_scroll {
	int top;                /* the first line shown */
	int rows, lines;        /* as last drawn: rows for the text, lines of it */
};

/* Draws from row 2: the paragraphs, the answers, and hint (may be NULL). */
void question_draw(struct view *view, struct question_scroll *text,
    const char *const *paragraphs, int nparagraphs,
    const char *const *answers, int nanswers, const char *hint);

/* PgUp and PgDn scroll the text when it does not fit; true if handled. */
bool question_key(struct question_scroll *text, wint_t key, bool function_key);

/* A yes/no question's keys: the reader's own letters (Finnish k/e,
 * Swedish j/n, from the catalog's "y/n"), y and n, and Enter on the
 * selected answer (0 is yes).  1 for yes, 0 for no, -1 for a key that does
 * not answer (the arrows move, PgUp and PgDn scroll). */
int question_answer_key(struct view *view, struct question_scroll *text, wint_t key,
    bool function_key);

/* The hint under such a question: "k, y: yes   e, n: no   ...". */
void question_answer_hint(char *hint, size_t size);

#endif
