/* The reader: a document wrapped to the window, scrolled a line or a page at a time. */
#include <config.h>

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "sys/i18n.h"
#include "../model/wrap.h"
#include "app.h"
#include "reader.h"
#include "draw.h"
#include "keys.h"
#include "term.h"
#include "model/xalloc.h"
#include "layout.h"

struct laid_line {
	const char *text;
	size_t len;
	int indent;
	attr_t attr;
	bool bullet;        /* the first line of a list item */
};

struct layout {
	struct laid_line *lines;
	size_t n, cap;
};

static void
layout_push(struct layout *l, const char *text, size_t len, int indent, attr_t attr,
    bool bullet)
{
	XGROW(l->lines, l->n, l->cap, 64);
	l->lines[l->n++] = (struct laid_line){ text, len, indent, attr, bullet };
}

/* Wraps every block after the title to width columns, with a blank line between blocks. */
static void
layout_doc(const struct doc *doc, int width, struct layout *out)
{
	struct wrap_line stack_lines[64];

	for (size_t b = 1; b < doc->n; b++) {
		const struct doc_block *blk = &doc->blocks[b];
		int indent = blk->style == DOC_ITEM ? 4 : 1;
		attr_t attr = blk->style == DOC_HEADING ? A_BOLD : A_NORMAL;
		size_t n = wrap_text(blk->text, width - indent - 1, stack_lines, 64);
		struct wrap_line *lines = stack_lines;

		if (n > 64) {
			lines = xmalloc(n * sizeof *lines);
			wrap_text(blk->text, width - indent - 1, lines, n);
		}
		if (blk->style == DOC_NOTE)
			attr = term_has_color() ? COLOR_PAIR(PAIR_NOTE) : A_NORMAL;
		/* A blank line between blocks, except within runs of labels or
		 * items and right after a heading. */
		if (out->n > 0 && doc->blocks[b - 1].style != DOC_HEADING &&
		    !(blk->style == DOC_LABEL && doc->blocks[b - 1].style == DOC_LABEL) &&
		    !(blk->style == DOC_ITEM && doc->blocks[b - 1].style == DOC_ITEM))
			layout_push(out, "", 0, 0, A_NORMAL, false);
		for (size_t i = 0; i < n; i++)
			layout_push(out, blk->text + lines[i].start, lines[i].len, indent, attr,
			    blk->style == DOC_ITEM && i == 0);
		if (lines != stack_lines)
			free(lines);
	}
}

void
reader_draw(struct app *app, struct view *view)
{
	const struct reader_state *shown = view->state;
	struct doc doc = { 0 };
	struct layout layout = { 0 };
	int rows = draw_body_rows();

	shown->build(app, shown->item, &doc);
	layout_doc(&doc, TEXT_COLS, &layout);
	draw_frame(doc.n > 0 ? doc.blocks[0].text : "", true);
	if (view->scroll > (int)layout.n - rows)
		view->scroll = (int)layout.n - rows;
	if (view->scroll < 0)
		view->scroll = 0;
	for (int r = 0; r < rows && view->scroll + r < (int)layout.n; r++) {
		const struct laid_line *l = &layout.lines[view->scroll + r];
		char line[2048];
		size_t len = l->len < sizeof line - 1 ? l->len : sizeof line - 1;

		/* A heading never ends the screen with its text out of sight: it
		 * waits for the next page, where its text follows it. */
		if (r == rows - 1 && l->attr == A_BOLD && view->scroll + r + 1 < (int)layout.n)
			break;

		memcpy(line, l->text, len);
		line[len] = '\0';
		attron(l->attr);
		if (l->bullet)
			mvaddstr(DRAW_BODY_TOP + r, 2, "\xe2\x80\xa2");
		draw_text(DRAW_BODY_TOP + r, l->indent, TEXT_COLS - l->indent - 1, line);
		attroff(l->attr);
	}
	/* More text below or above: say so in words, not only with a symbol. */
	if (view->scroll + rows < (int)layout.n)
		draw_more_below();
	/* The cursor on the first line with text: a page turned to a blank
	 * line would leave a screen reader's review cursor on nothing. */
	{
		int r = 0;

		while (r < rows - 1 && view->scroll + r + 1 < (int)layout.n &&
		    layout.lines[view->scroll + r].len == 0)
			r++;
		int col = 1;

		if (layout.n > 0) {
			const struct laid_line *l = &layout.lines[view->scroll + r];
			size_t lead = 0;

			/* Past the spaces an indented line (hours) starts with. */
			while (lead < l->len && l->text[lead] == ' ')
				lead++;
			col = l->indent + (int)lead;
		}
		move(DRAW_BODY_TOP + r, col);
	}
	free(layout.lines);
	doc_free(&doc);
}

bool
reader_key(struct app *app, struct view *view, wint_t key, bool function_key)
{
	int page = draw_body_rows() - 1;

	(void)app;
	switch (keys_action(KEYS_READER, key, function_key)) {
	case ACT_UP: view->scroll--; return true;
	case ACT_DOWN: view->scroll++; return true;
	case ACT_PAGE_UP: view->scroll -= page; return true;
	case ACT_PAGE_DOWN: view->scroll += page; return true;
	case ACT_FIRST: view->scroll = 0; return true;
	case ACT_LAST: view->scroll = 1 << 20; return true;
	default: return false;
	}
}

const struct screen reader_screen = {
	.draw = reader_draw,
	.key = reader_key,
	.state_size = sizeof(struct reader_state),
};

struct view *
reader_open(struct app *app, const struct screen *screen, doc_builder build, const void *item)
{
	return app_push(app, screen, &(struct reader_state){ .build = build, .item = item });
}

void
app_open_reader(struct app *app, doc_builder build, const void *item)
{
	reader_open(app, &reader_screen, build, item);
}

const struct reader_state *
reader_of(const struct view *view)
{
	return view->screen == &reader_screen ? view->state : NULL;
}
