/*
 * The helpline list as an A4 PDF: a box with 112 and the crisis line for
 * the reader's language, entries with their contacts, small hours tables
 * and QR codes, the official guide, space for notes.
 */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "render/pdf_draw.h"

/* ---- the helpline list ---- */

/* Splits "Mon–Fri 09:00–20:00" into the days and the times: before the
 * first word with a digit, an abbreviation such as "kl." going with the
 * times.  False when the line has no times ("Every day, around the clock"). */
static bool
split_hours(const char *line, char *days, size_t dsize, const char **times)
{
	const char *digit = strpbrk(line, "0123456789");
	const char *cut;

	if (digit == NULL)
		return false;
	cut = digit;
	while (cut > line && cut[-1] != ' ')
		cut--;
	if (cut == line)
		return false;
	/* "kl. 9–20": the abbreviation stays with the time. */
	if (cut - line >= 2 && cut[-2] == '.') {
		const char *word = cut - 2;

		while (word > line && word[-1] != ' ')
			word--;
		if (word > line)
			cut = word;
	}
	if ((size_t)(cut - line) >= dsize)
		return false;
	memcpy(days, line, (size_t)(cut - line));
	days[cut - line - 1] = '\0';        /* without the space */
	*times = cut;
	return true;
}

/* The week's hours as a small two-column table with hairlines. */
static double
hours_table(struct pdf *p, double x, double y, double w, const struct handout_contact *ct)
{
	const struct style *st = ct->hours_unknown ? &ST_ASIDE : &ST_SMALL_INK;
	double yy = y;

	for (size_t k = 0; k < ct->nhours; k++) {
		char days[128];
		const char *times;
		double h;

		if (split_hours(ct->hours[k], days, sizeof days, &times)) {
			double a = text_at(p, x, yy + 2, DAYS_W - 4, st, days);
			double b = text_at(p, x + DAYS_W, yy + 2, w - DAYS_W, st, times);

			h = a > b ? a : b;
		} else {
			h = text_at(p, x, yy + 2, w, st, ct->hours[k]);
		}
		yy += h + 4;
		if (ct->nhours > 1 && k + 1 < ct->nhours)
			hline(p, x, x + w, yy, 0.3, RULE);
	}
	return yy - y;
}

static double
contact_row(struct pdf *p, const struct handout_contact *ct, double y)
{
	double x = LEFT + LABEL_W, qr = ct->kind != CONTACT_PHONE ? qr_size(ct->value) : 0;
	double main_w, h, hh = 0, note_w, below = 0;

	/* A code stands beside its own address: this row starts below the last. */
	if (qr > 0 && p->hang > 0) {
		below = p->hang;
		y += below;
		p->hang = 0;
	}

	text_at(p, LEFT, y + (ct->kind == CONTACT_PHONE ? 2.5 : 1), LABEL_W - 4, &ST_SMALL, ct->label);
	if (ct->kind == CONTACT_WEB)
		main_w = TEXT_W - LABEL_W - (qr > 0 ? qr + 14 : 0);
	else
		main_w = HOURS_X - x - 12;
	if (ct->kind == CONTACT_PHONE)
		h = text_at(p, x, y, main_w, &ST_PHONE, ct->value);
	else
		h = link_at(p, x, y, main_w, &ST_LINK, ct->value);
	/* A page in another language than the reader's says which. */
	if (ct->tag != NULL)
		h += 1 + text_at(p, x, y + h + 1, main_w, &ST_SMALL, ct->tag);
	if (ct->languages[0] != '\0')
		h += 1 + text_at(p, x, y + h + 1, main_w, &ST_SMALL, ct->languages);
	if (ct->nhours > 0)
		hh = hours_table(p, HOURS_X, y, HOURS_W, ct);
	if (hh > h)
		h = hh;
	/* The note runs under the number and the hours, beside the code. */
	if (ct->note != NULL) {
		note_w = HOURS_X + HOURS_W - x;
		h += 3 + text_at(p, x, y + h + 3, note_w, &ST_NOTE, ct->note);
	}
	/* The code hangs beside the rows below instead of pushing them down. */
	h += 9;
	if (qr > 0) {
		qr_draw(p, LEFT + TEXT_W, y, ct->value);
		p->hang = qr + 6 > h ? qr + 6 - h : 0;
	} else {
		p->hang = p->hang > h ? p->hang - h : 0;
	}
	return below + h;
}

/* Rows of an entry: its name, each contact, anonymity and cost. */
static double
entry_row(struct pdf *p, const void *item, int row, double y)
{
	const struct handout_entry *e = item;
	char terms[512];
	double h;

	if (row == 0) {
		hline(p, LEFT, LEFT + TEXT_W, y + 0.5, 0.6, RULE);
		return 7 + heading_at(p, "H3", LEFT, y + 7, TEXT_W, &ST_H2, e->name) + 5;
	}
	if ((size_t)row <= e->ncontacts)
		return contact_row(p, &e->contacts[row - 1], y);
	snprintf(terms, sizeof terms, "%s%s%s%s%s%s", e->anonymous, e->anonymous[0] ? " " : "",
	    e->cost, e->origin != NULL ? " (" : "", e->origin != NULL ? e->origin : "",
	    e->origin != NULL ? ")" : "");
	/* Beside a code that still hangs here, and the entry ends below it. */
	h = text_at(p, LEFT + LABEL_W, y, HOURS_X + HOURS_W - LEFT - LABEL_W, &ST_SMALL_INK, terms) + 4;
	if (e->you_could_say != NULL)
		h += text_at(p, LEFT + LABEL_W, y + h, HOURS_X + HOURS_W - LEFT - LABEL_W, &ST_NOTE,
		    e->you_could_say) + 4;
	if (p->hang > h)
		h = p->hang;
	p->hang = 0;
	return h;
}

/* The box under the title: 112, then the crisis line for the reader's language. */
static double
emergency_box(struct pdf *p, const struct handout *h, double y)
{
	const double pad = 12, inner = TEXT_W - 2 * pad - 4;
	double yy = y + pad, x = LEFT + pad + 4;

	yy += heading_at(p, "H2", x, yy, inner, &ST_DANGER, h->danger) + 6;
	for (size_t i = 0; i < h->crisis.n; i++) {
		const struct doc_block *b = &h->crisis.blocks[i];

		if (b->style == DOC_HEADING)
			yy += text_at(p, x, yy, inner, &ST_BOLD, b->text) + 2;
		else if (b->style == DOC_LABEL)
			yy += text_at(p, x, yy, inner, &ST_BODY, b->text) + 2;
	}
	return yy + pad - 2 - y;
}

static void
draw_emergency_box(struct pdf *p, const struct handout *h)
{
	double height;

	p->draw = false;
	height = emergency_box(p, h, 0);
	p->draw = true;
	cairo_rectangle(p->cr, LEFT, p->y, TEXT_W, height);
	set_color(p, ALERT_BG);
	cairo_fill_preserve(p->cr);
	set_color(p, ALERT);
	cairo_set_line_width(p->cr, 1.2);
	cairo_stroke(p->cr);
	cairo_rectangle(p->cr, LEFT, p->y, 5, height);
	cairo_fill(p->cr);
	emergency_box(p, h, p->y);
	p->y += height + 14;
}

/* A link with its code, for the guide at the end of the list. */
static double
guide_row(struct pdf *p, const void *item, int row, double y)
{
	const struct handout *h = item;
	double qr = qr_size(h->guide_web), w = TEXT_W - (qr > 0 ? qr + 14 : 0), yy = y;

	(void)row;
	yy += heading_at(p, "H2", LEFT, yy, w, &ST_H2, h->guide_title) + 4;
	yy += text_at(p, LEFT, yy, w, &ST_BODY, h->guide_name) + 3;
	yy += link_at(p, LEFT, yy, w, &ST_LINK, h->guide_web);
	if (h->guide_tag != NULL)
		yy += 1 + text_at(p, LEFT, yy + 1, w, &ST_SMALL, h->guide_tag);
	qr_draw(p, LEFT + TEXT_W, y, h->guide_web);
	return (yy - y > qr ? yy - y : qr) + 10;
}

static void
layout_helplines(struct pdf *p, const void *doc)
{
	const struct handout *h = doc;
	const char *lines[3] = { h->meta, h->checked, h->shown };

	page_title(p, h->heading, lines, 3);
	draw_emergency_box(p, h);
	for (size_t g = 0; g < h->ngroups; g++) {
		if (h->groups[g].title != NULL) {
			double head;

			p->draw = false;
			head = text_at(p, LEFT, 0, TEXT_W, &ST_GROUP, h->groups[g].title);
			p->draw = true;
			/* The heading and the start of its first entry stay together. */
			need(p, head + 90);
			p->y += 6 + heading_at(p, "H2", LEFT, p->y + 6, TEXT_W, &ST_GROUP,
			    h->groups[g].title) + 4;
		}
		for (size_t i = 0; i < h->groups[g].nentries; i++)
			put_block(p, entry_row, &h->groups[g].entries[i],
			    (int)h->groups[g].entries[i].ncontacts + 2, 4);
	}
	if (h->guide_web != NULL) {
		hline(p, LEFT, LEFT + TEXT_W, p->y, 0.6, RULE);
		p->y += 8;
		put_block(p, guide_row, h, 1, 6);
	}
	notes_area(p, h->notes_title, h->notes_hint);
}

enum pdf_status
pdf_typeset_helplines(const struct handout *h, const struct pdf_page_words *w,
    struct pdf_output *out)
{
	return pdf_render(out, h->title, w, layout_helplines, h);
}

