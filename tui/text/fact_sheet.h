/*
 * The fact-check sheet: every fact a person can act on (each contact's
 * number or address, every language's page, hours, languages and cost;
 * each step's organisation and what the step says to do), with the page
 * it was read on and the day, oldest check first, for a centre's staff to
 * check and correct.  Built for a language passed in; the text, Markdown
 * and PDF renderers in tui/render/ only lay it out.
 */
#ifndef TUKI_TEXT_FACT_SHEET_H
#define TUKI_TEXT_FACT_SHEET_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "model/arena.h"
#include "model/content.h"
#include "sys/lang.h"

enum fact_line_kind {
	FACT_LINE_TEXT,         /* "Languages: Finnish", "Phone 09 2525 0111" */
	FACT_LINE_ADDRESS,      /* label, a web address never broken into words, its tag */
	FACT_LINE_HEADING,      /* "Hours", "Step: Report the crime ..." */
	FACT_LINE_ITEM,         /* a line under a heading: an hours line, a paragraph */
};

struct fact_line {
	enum fact_line_kind kind;
	const char *text;           /* the text, or an address's label ("Web") */
	const char *url;            /* FACT_LINE_ADDRESS: the address */
	const char *tag;            /* FACT_LINE_ADDRESS: "in Finnish", or NULL */
};

struct fact_entry {
	const char *name;           /* the service or organisation */
	const char *origin;         /* "added by this centre", "corrected by ...", or NULL */
	struct fact_line *lines;
	size_t nlines;
	struct date date;           /* when it was checked (the sort key) */
	const char *checked;        /* "Checked on 22.11.2026" */
	const char *stale;          /* "more than 12 months ago", or NULL */
	const char *source;         /* the page it was read on */
	const char *where;          /* "In the file: helplines.json, \"riku\", contacts[0].checked" */
	size_t order;               /* its place in the files, which keeps ties in order */
};

struct fact_sheet {
	struct arena arena;
	const char *title;          /* "Fact-check sheet — tuki" */
	const char *heading;        /* "Fact-check sheet" */
	const char *meta;           /* "English · printed 25.11.2026" */
	const char *intro;          /* what the sheet is and how to use it */
	const char *count;          /* "This sheet lists 98 facts." */
	const char *stale_count;    /* "3 of them were last checked ..." or "every fact ..." */
	const char *source_label;   /* "Source:" */
	const char *still_right;    /* "Still right" (beside a box) */
	const char *new_value;      /* "New value" (before a line to write on) */
	struct fact_entry *entries; /* oldest check first, then in the files' order */
	size_t nentries, nstale;
	const char *how_title;      /* "How to correct a fact" */
	/* Paragraphs; a command to type is its own item, shown as it is typed. */
	const char **how;
	bool *how_command;
	size_t nhow;
};

/* Builds the sheet at now (a fact checked more than FACTS_STALE_DAYS
 * before it is marked, as --check-content warns) for a reader of lang (the catalog in use must be
 * lang's).  Free with fact_sheet_free(). */
void fact_sheet_build(struct fact_sheet *out, const struct content *c, time_t now,
    enum lang lang);
void fact_sheet_free(struct fact_sheet *s);

#endif
