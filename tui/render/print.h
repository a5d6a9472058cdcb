/*
 * The printed helpline list, checklist and fact-check sheet: UTF-8 text for A4 (72 columns,
 * PRINT_PAGE_LINES lines a page, pages separated by form feeds) or
 * Markdown.  The text goes to standard output, a file, or lp (spool.c).
 */
#ifndef TUKI_PRINT_H
#define TUKI_PRINT_H

#include <stddef.h>
#include <time.h>

#include "model/content.h"
#include "model/filter.h"
#include "model/progress.h"

#define PRINT_COLUMNS 72
#define PRINT_PAGE_LINES 60

enum print_format { PRINT_TEXT, PRINT_MARKDOWN, PRINT_PDF };

/* A growing text buffer; free text with free(). */
struct print_buffer {
	char *text;
	size_t len, cap;
};

void print_helplines(struct print_buffer *out, const struct content *c,
    const struct helpline_filter *filter, time_t now, enum print_format format);

void print_steps(struct print_buffer *out, const struct content *c, const struct progress *p,
    const struct plan_answers *plan, time_t now, enum print_format format);

/* The fact-check sheet for a centre's staff (text/fact_sheet.h). */
void print_facts(struct print_buffer *out, const struct content *c, time_t now,
    enum print_format format);

#endif
