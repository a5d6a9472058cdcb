/*
 * The checklist as an A4 PDF: each step with a box (ticked when done),
 * why, how, who and where, and lines for the date and a reference number.
 */
#include <config.h>

#include "render/pdf_draw.h"

/* ---- the checklist ---- */

static void
checkbox(struct pdf *p, double x, double y, enum step_state state)
{
	const double s = 11;

	if (!p->draw)
		return;
	set_color(p, INK);
	cairo_set_line_width(p->cr, 1);
	cairo_rectangle(p->cr, x, y, s, s);
	cairo_stroke(p->cr);
	cairo_set_line_width(p->cr, 1.8);
	if (state == STEP_DONE) {
		cairo_move_to(p->cr, x + 2.2, y + 5.8);
		cairo_line_to(p->cr, x + 4.6, y + 8.6);
		cairo_line_to(p->cr, x + 9.2, y + 2.4);
		cairo_stroke(p->cr);
	} else if (state == STEP_NOT_APPLICABLE) {
		cairo_move_to(p->cr, x + 2.5, y + s / 2);
		cairo_line_to(p->cr, x + s - 2.5, y + s / 2);
		cairo_stroke(p->cr);
	}
}

/* A small heading and paragraphs under it, indented under the step's title. */
static double
paragraphs(struct pdf *p, double y, const char *head, const char *const *texts, size_t n)
{
	const double x = LEFT + 20, w = TEXT_W - 20;
	double yy = y;

	if (n == 0)
		return 0;
	yy += text_at(p, x, yy, w, &ST_SMALL_BOLD, head) + 1;
	for (size_t i = 0; i < n; i++)
		yy += text_at(p, x, yy, w, &ST_SMALL_INK, texts[i]) + 2;
	return yy - y + 3;
}

enum { STEP_ROW_TITLE, STEP_ROW_WHY, STEP_ROW_HOW, STEP_ROW_WHO, STEP_ROW_WHERE, STEP_ROW_DONE,
	STEP_ROWS };

/* The organisation: name, phone, address and its code. */
static double
agency_row(struct pdf *p, const struct checklist_step *s, double y)
{
	const double x = LEFT + 20;
	double qr = s->agency_web != NULL ? qr_size(s->agency_web) : 0;
	double w = TEXT_W - 20 - (qr > 0 ? qr + 14 : 0), yy = y;

	if (s->agency == NULL)
		return 0;
	yy += text_at(p, x, yy, w, &ST_SMALL_BOLD, s->who_label) + 1;
	yy += text_at(p, x, yy, w, &ST_SMALL_INK, s->agency) + 1;
	if (s->agency_phone != NULL)
		yy += text_at(p, x, yy, w, &ST_BOLD, s->agency_phone) + 1;
	if (s->agency_web != NULL) {
		yy += link_at(p, x, yy, w, &ST_LINK, s->agency_web) + 1;
		if (s->agency_web_tag != NULL)
			yy += text_at(p, x, yy, w, &ST_SMALL, s->agency_web_tag) + 1;
		qr_draw(p, LEFT + TEXT_W, y, s->agency_web);
	}
	return (yy - y > qr ? yy - y : qr) + 4;
}

/* "Done on ________   Reference number ________", the date filled in when done. */
static double
done_row(struct pdf *p, const struct checklist_step *s, double y)
{
	const double x = LEFT + 20, rule_y = y + 16;
	double w1 = 150, x2 = x + 200, h;

	h = text_at(p, x, y + 4, w1, &ST_SMALL, s->done_on_label);
	if (s->state == STEP_DONE && s->date != NULL)
		text_at(p, x + 60, y + 2, w1 - 60, &ST_BODY, s->date);
	hline(p, x + 58, x + w1 + 20, rule_y, 0.6, MUTED);
	text_at(p, x2, y + 4, 110, &ST_SMALL, s->reference_label);
	hline(p, x2 + 112, LEFT + TEXT_W, rule_y, 0.6, MUTED);
	return (h + 4 > 18 ? h + 4 : 18) + 6;
}

static double
step_row(struct pdf *p, const void *item, int row, double y)
{
	const struct checklist_step *s = item;
	double h;

	switch (row) {
	case STEP_ROW_TITLE:
		hline(p, LEFT, LEFT + TEXT_W, y + 0.5, 0.4, RULE);
		checkbox(p, LEFT + 1, y + 8, s->state);
		h = 6 + text_at(p, LEFT + 20, y + 6, TEXT_W - 20, &ST_BOLD, s->title) + 2;
		if (s->marked != NULL)
			h += text_at(p, LEFT + 20, y + h, TEXT_W - 20, &ST_SMALL, s->marked) + 1;
		return h + 3;
	case STEP_ROW_WHY:
		return paragraphs(p, y, s->why_label, s->why, s->nwhy);
	case STEP_ROW_HOW:
		return paragraphs(p, y, s->how_label, s->how, s->nhow);
	case STEP_ROW_WHO:
		return agency_row(p, s, y);
	case STEP_ROW_WHERE:
		return paragraphs(p, y, s->where_label, s->where, s->nwhere);
	default:
		return done_row(p, s, y);
	}
}

static void
layout_steps(struct pdf *p, const void *doc)
{
	const struct checklist *l = doc;
	/* The legend's [x] and [-] read as the boxes drawn below. */
	const char *lines[3] = { l->meta, l->count, l->legend };

	page_title(p, l->heading, lines, 3);
	for (int g = 0; g < GROUP_COUNT; g++) {
		const struct checklist_group *grp = &l->groups[g];
		double head;

		if (grp->nsteps == 0)
			continue;
		/* A group heading never ends a page alone. */
		p->draw = false;
		head = text_at(p, LEFT, 0, TEXT_W, &ST_H2, grp->title) + 6;
		for (int r = 0; r < STEP_ROWS; r++)
			head += row_height(p, step_row, &grp->steps[0], r);
		p->draw = true;
		need(p, head);
		p->y += 4 + heading_at(p, "H2", LEFT, p->y + 4, TEXT_W, &ST_H2, grp->title) + 2;
		for (size_t i = 0; i < grp->nsteps; i++)
			put_block(p, step_row, &grp->steps[i], STEP_ROWS, 4);
		p->y += 6;
	}
	notes_area(p, l->notes_title, l->notes_hint);
}

enum pdf_status
pdf_typeset_steps(const struct checklist *l, const struct pdf_page_words *w,
    struct pdf_output *out)
{
	return pdf_render(out, l->title, w, layout_steps, l);
}
