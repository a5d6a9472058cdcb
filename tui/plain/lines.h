/*
 * Plain mode's state and its line input and output: our own line reader (so
 * a pause can tell whether input is waiting) and the writers every line goes
 * through (spoken phone numbers, sanitized, one empty line between blocks).
 */
#ifndef TUKI_PLAIN_LINES_H
#define TUKI_PLAIN_LINES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "model/session.h"
#include "text/doc.h"

struct plain {
	struct session *session;
	const struct content *content;
	int in;
	char buf[1024];             /* input not yet consumed */
	size_t buffered;
	FILE *out;
	bool after_blank;           /* the last line written was empty */
	bool after_prompt;          /* the prompt "> " ends the output so far */
	bool echoed;                /* input is a terminal, which echoes the answer's newline */
	bool still;                 /* breathing pause: one line a breath, no count */
	bool leaving;               /* q, x or end of input */
	void (*clear)(void);        /* clears the screen and scrollback; NULL: it cannot be */
	bool wipe;                  /* leaving by q, x or Esc Esc: clear on the way out */
	char word[256];             /* the last answer that was not a number */
	unsigned screen_keys;       /* KEYS_* whose letters come before the global ones */
};

/* The next line typed, without its newline; false at end of input. */
bool plain_read_line(struct plain *p, char *line, size_t size);
/* Waits up to ms for input; true if some arrived (or input ended). */
bool plain_input_waiting(struct plain *p, int ms);

/* One line: phone numbers in the spoken form, sanitized, never wrapped. */
void plain_say(struct plain *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* One empty line, never two. */
void plain_blank(struct plain *p);
/* A title alone on its line after an empty one. */
void plain_title(struct plain *p, const char *title);
/* A built document, block by block. */
void plain_doc(struct plain *p, const struct doc *d);

#endif
