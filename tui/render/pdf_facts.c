/*
 * The fact-check sheet as an A4 PDF: each fact with its lines, when it
 * was checked (marked when more than 12 months ago), its source as a link
 * and a QR code, where it is in the files, a box to tick and a line for
 * the new value; then how to correct a fact.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>

#include "render/pdf_draw.h"

/* Sources may be long pages: codes up to version 10 (213 bytes, 91 pt). */
#define SOURCE_QR_MODULES 57
#define INDENT 14.0
#define ITEM_INDENT 28.0
#define ADDRESS_LABEL_W 56.0

static const struct style ST_STALE = { 10, true, false, { 0.62, 0.04, 0.09 }, PANGO_ALIGN_LEFT };

/* One entry and what every entry shares, for the row function. */
struct fact_item {
	const struct fact_sheet *sheet;
	const struct fact_entry *entry;
	double qr;                  /* the side of the source's code, 0 for none */
};

/* The width beside the code. */
static double
text_width_of(const struct fact_item *it)
{
	return TEXT_W - (it->qr > 0 ? it->qr + 14 : 0);
}

static double
line_row(struct pdf *p, const struct fact_item *it, const struct fact_line *l, double y)
{
	double w = text_width_of(it), h;

	switch (l->kind) {
	case FACT_LINE_ADDRESS:
		text_at(p, LEFT + INDENT, y, ADDRESS_LABEL_W - 4, &ST_SMALL, l->text);
		h = link_at(p, LEFT + INDENT + ADDRESS_LABEL_W, y, w - INDENT - ADDRESS_LABEL_W,
		    &ST_LINK, l->url);
		if (l->tag != NULL)
			h += text_at(p, LEFT + INDENT + ADDRESS_LABEL_W, y + h, w - INDENT
			    - ADDRESS_LABEL_W, &ST_SMALL, l->tag);
		return h + 2;
	case FACT_LINE_HEADING:
		return text_at(p, LEFT + INDENT, y + 1, w - INDENT, &ST_SMALL_BOLD, l->text) + 2;
	case FACT_LINE_ITEM:
		return text_at(p, LEFT + ITEM_INDENT, y, w - ITEM_INDENT, &ST_SMALL_INK, l->text) + 2;
	default:
		return text_at(p, LEFT + INDENT, y, w - INDENT, &ST_SMALL_INK, l->text) + 2;
	}
}

/* A box to tick, "Still right", "New value" and a line to write on. */
static double
answer_row(struct pdf *p, const struct fact_item *it, double y)
{
	const double box = 11, x = LEFT + INDENT;
	double w = text_width_of(it), hs, hv, x2;

	if (p->draw) {
		set_color(p, INK);
		cairo_set_line_width(p->cr, 1);
		cairo_rectangle(p->cr, x, y + 5, box, box);
		cairo_stroke(p->cr);
	}
	hs = text_at(p, x + box + 5, y + 4, 110, &ST_SMALL, it->sheet->still_right);
	x2 = x + box + 5 + 120;
	hv = text_at(p, x2, y + 4, 90, &ST_SMALL, it->sheet->new_value);
	hline(p, x2 + 92, LEFT + w, y + 16, 0.6, MUTED);
	return (hs > hv ? hs : hv) + 10;
}

enum { ROW_HEAD = 0 };

/* Rows: the name, each line, the date, the source, the file, the answer. */
static double
fact_row(struct pdf *p, const void *item, int row, double y)
{
	const struct fact_item *it = item;
	const struct fact_entry *e = it->entry;
	double w = text_width_of(it), h;

	if (row == ROW_HEAD) {
		char *head = e->origin != NULL ? g_strdup_printf("%s (%s)", e->name, e->origin)
		    : g_strdup(e->name);

		hline(p, LEFT, LEFT + TEXT_W, y + 0.5, 0.6, RULE);
		/* The code stands at the entry's top right, beside its lines. */
		qr_draw_up_to(p, LEFT + TEXT_W, y + 6, e->source, SOURCE_QR_MODULES);
		h = 6 + heading_at(p, "H3", LEFT, y + 6, w, &ST_BOLD, head) + 3;
		g_free(head);
		p->hang = it->qr + 6 > h ? it->qr + 6 - h : 0;
		return h;
	}
	if (row <= (int)e->nlines)
		h = line_row(p, it, &e->lines[row - 1], y);
	else if (row == (int)e->nlines + 1) {
		h = text_at(p, LEFT + INDENT, y, w - INDENT, &ST_SMALL_INK, e->checked);
		if (e->stale != NULL)
			h += text_at(p, LEFT + INDENT, y + h, w - INDENT, &ST_STALE, e->stale);
		h += 2;
	} else if (row == (int)e->nlines + 2) {
		text_at(p, LEFT + INDENT, y, ADDRESS_LABEL_W - 4, &ST_SMALL, it->sheet->source_label);
		h = link_at(p, LEFT + INDENT + ADDRESS_LABEL_W, y, w - INDENT - ADDRESS_LABEL_W,
		    &ST_LINK, e->source) + 2;
	} else if (row == (int)e->nlines + 3) {
		h = text_at(p, LEFT + INDENT, y, w - INDENT, &ST_SMALL, e->where) + 2;
	} else {
		/* The answer row goes below the code, which then ends the entry. */
		double below = p->hang;

		p->hang = 0;
		return below + answer_row(p, it, y + below);
	}
	p->hang = p->hang > h ? p->hang - h : 0;
	return h;
}

static void
how_to_correct(struct pdf *p, const struct fact_sheet *s)
{
	double head;

	p->draw = false;
	head = text_at(p, LEFT, 0, TEXT_W, &ST_H2, s->how_title) + 60;
	p->draw = true;
	need(p, head);
	p->y += 8 + heading_at(p, "H2", LEFT, p->y + 8, TEXT_W, &ST_H2, s->how_title) + 4;
	for (size_t i = 0; i < s->nhow; i++) {
		double h;

		p->draw = false;
		h = text_at(p, LEFT, 0, TEXT_W, s->how_command[i] ? &ST_BOLD : &ST_BODY, s->how[i]);
		p->draw = true;
		need(p, h + 4);
		if (s->how_command[i])
			p->y += text_at(p, LEFT + 20, p->y, TEXT_W - 20, &ST_BOLD, s->how[i]) + 3;
		else
			p->y += 3 + text_at(p, LEFT, p->y + 3, TEXT_W, &ST_BODY, s->how[i]) + 3;
	}
}

static void
layout_facts(struct pdf *p, const void *doc)
{
	const struct fact_sheet *s = doc;
	const char *lines[4] = { s->meta, s->intro, s->count, s->stale_count };

	page_title(p, s->heading, lines, 4);
	for (size_t i = 0; i < s->nentries; i++) {
		struct fact_item it = { s, &s->entries[i],
			qr_size_up_to(s->entries[i].source, SOURCE_QR_MODULES) };

		put_block(p, fact_row, &it, (int)s->entries[i].nlines + 5, 6);
	}
	how_to_correct(p, s);
}

enum pdf_status
pdf_typeset_facts(const struct fact_sheet *s, const struct pdf_page_words *w,
    struct pdf_output *out)
{
	return pdf_render(out, s->title, w, layout_facts, s);
}
