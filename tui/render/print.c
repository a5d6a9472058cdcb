/*
 * Rendering for paper.  Each entry is laid out into lines first, so a page
 * break can go before an entry instead of through it; every line is
 * wrapped by display width to 72 columns, and phone numbers and web
 * addresses are never split.
 */
#include <config.h>

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/doc.h"
#include "text/hours_text.h"
#include "text/origin_text.h"
#include "sys/i18n.h"
#include "sys/lang.h"
#include "model/progress.h"
#include "model/clock.h"
#include "model/utf8.h"
#include "model/wrap.h"
#include "render/print.h"
#include "text/step_marks.h"
#include "model/xalloc.h"

static void
buf_add(struct print_buffer *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		b->cap = (b->len + n + 1) * 2;
		b->text = xrealloc(b->text, b->cap);
	}
	memcpy(b->text + b->len, s, n);
	b->len += n;
	b->text[b->len] = '\0';
}

static void
buf_printf(struct print_buffer *b, const char *fmt, ...)
{
	char line[4096];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	if (n > 0)
		buf_add(b, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
}

/* ---- a block of wrapped lines that should stay on one page ---- */

struct print_block {
	struct print_buffer lines;
	int count;
};

/* Adds text wrapped to the page width: first line after `first`, the rest after `rest`. */
static void
block_wrapped(struct print_block *b, const char *first, const char *rest, const char *text)
{
	char clean[4096];
	int indent = text_width(first);
	size_t n;
	struct wrap_line *lines;

	sanitize_text(text, clean, sizeof clean);
	n = wrap_text(clean, PRINT_COLUMNS - indent, NULL, 0);
	lines = xmalloc(n * sizeof *lines);
	wrap_text(clean, PRINT_COLUMNS - indent, lines, n);
	for (size_t i = 0; i < n; i++) {
		buf_printf(&b->lines, "%s%.*s\n", i == 0 ? first : rest, (int)lines[i].len,
		    clean + lines[i].start);
		b->count++;
	}
	free(lines);
}

static void
block_blank(struct print_block *b)
{
	buf_add(&b->lines, "\n", 1);
	b->count++;
}

/* ---- pages ---- */

struct pager {
	struct print_buffer *out;
	enum print_format format;
	int line;           /* lines used on the current page */
	int page;
	const char *running_title;
};

/* Puts a block on the page, starting a new page first if it would not fit. */
static void
pager_put(struct pager *p, struct print_block *b)
{
	if (p->format == PRINT_TEXT && p->line > 0 && p->line + b->count > PRINT_PAGE_LINES - 2) {
		/* Fill the page, number it, and feed a new sheet. */
		for (; p->line < PRINT_PAGE_LINES - 1; p->line++)
			buf_add(p->out, "\n", 1);
		buf_printf(p->out, "%*s%d\n\f", PRINT_COLUMNS - 8, "", p->page);
		p->page++;
		p->line = 0;
		if (p->running_title != NULL) {
			char clean[512];

			buf_printf(p->out, "%s\n\n",
			    sanitize_text(p->running_title, clean, sizeof clean));
			p->line = 2;
		}
	}
	if (b->lines.text != NULL)
		buf_add(p->out, b->lines.text, b->lines.len);
	p->line += b->count;
	free(b->lines.text);
	memset(b, 0, sizeof *b);
}

static void
pager_finish(struct pager *p)
{
	if (p->format != PRINT_TEXT)
		return;
	/* The last page carries its number too, at the same place. */
	for (; p->line < PRINT_PAGE_LINES - 1; p->line++)
		buf_add(p->out, "\n", 1);
	buf_printf(p->out, "%*s%d\n", PRINT_COLUMNS - 8, "", p->page);
}

/*
 * Title, language and date, the emergency line (framed on paper, so it is
 * the first thing seen; may be NULL), then free lines, each a paragraph.
 */
static void
print_header(struct pager *p, const char *title, time_t now, const char *danger,
    const char *const *lines, int n)
{
	struct print_block b = { 0 };
	char today[32], meta[256];

	if (p->format == PRINT_MARKDOWN) {
		block_wrapped(&b, "# ", "", title);
	} else {
		char rule[PRINT_COLUMNS + 1];
		int w = text_width(title);

		block_wrapped(&b, "", "", title);
		memset(rule, '=', PRINT_COLUMNS);
		rule[w < PRINT_COLUMNS ? w : PRINT_COLUMNS] = '\0';
		buf_printf(&b.lines, "%s\n", rule);
		b.count++;
	}
	block_blank(&b);
	date_text(clock_today(now), today, sizeof today);
	/* TRANSLATORS: under the title of a printout: language name, then the date. */
	snprintf(meta, sizeof meta, _("%1$s \xc2\xb7 printed %2$s"), lang_native_name(lang_current()),
	    today);
	block_wrapped(&b, "", "", meta);
	if (danger != NULL && p->format == PRINT_MARKDOWN) {
		char bold[512];

		snprintf(bold, sizeof bold, "**%s**", danger);
		block_blank(&b);
		block_wrapped(&b, "", "", bold);
	} else if (danger != NULL) {
		char rule[PRINT_COLUMNS + 1];
		int w = text_width(danger);

		if (w > PRINT_COLUMNS - 4)
			w = PRINT_COLUMNS - 4;
		memset(rule, '-', (size_t)w + 2);
		rule[w + 2] = '\0';
		block_blank(&b);
		buf_printf(&b.lines, "+%s+\n", rule);
		block_wrapped(&b, "| ", "| ", danger);
		/* Close the frame on the right of the (single) framed line. */
		if (b.lines.len > 0 && b.lines.text[b.lines.len - 1] == '\n') {
			b.lines.len--;
			buf_printf(&b.lines, "%*s|\n", w - text_width(danger) + 1, "");
		}
		buf_printf(&b.lines, "+%s+\n", rule);
		b.count += 2;
	}
	for (int i = 0; i < n; i++) {
		if (lines[i] == NULL)
			continue;
		block_blank(&b);
		block_wrapped(&b, "", "", lines[i]);
	}
	block_blank(&b);
	pager_put(p, &b);
}

/* ---- the helpline list ---- */

struct hours_to_block {
	struct print_block *b;
	const char *indent;
};

static void
add_hours(const char *line, void *data)
{
	struct hours_to_block *h = data;

	block_wrapped(h->b, h->indent, h->indent, line);
}

static const char *
contact_label(enum contact_kind kind)
{
	switch (kind) {
	/* TRANSLATORS: labels in the printed list; keep them at most 6 columns. */
	case CONTACT_PHONE: return _("Phone");
	case CONTACT_CHAT: return _("Chat");
	default: return _("Web");
	}
}

static void
helpline_entry(struct print_block *b, const struct content *c, const struct helpline *h,
    enum print_format format)
{
	bool md = format == PRINT_MARKDOWN;
	char name[512], line[1024], date[32];
	const char *item = md ? "- " : "  ";
	const char *more = md ? "  " : "        ";

	content_text(c, h->name.msgid, name, sizeof name);
	block_wrapped(b, md ? "## " : "", md ? "" : "", name);
	if (!md) {
		char rule[PRINT_COLUMNS + 1];
		int w = text_width(name);

		memset(rule, '-', PRINT_COLUMNS);
		rule[w < PRINT_COLUMNS ? w : PRINT_COLUMNS] = '\0';
		buf_printf(&b->lines, "%s\n", rule);
		b->count++;
	} else {
		block_blank(b);
	}
	if (helpline_origin_label(h) != NULL) {
		snprintf(line, sizeof line, "(%s)", helpline_origin_label(h));
		block_wrapped(b, item, more, line);
	}
	for (size_t i = 0; i < h->ncontacts; i++) {
		const struct contact *ct = &h->contacts[i];
		char langs[512] = "";
		struct hours_to_block hb = { b, more };

		for (size_t k = 0; k < ct->nlanguages; k++) {
			if (k > 0)
				strncat(langs, ", ", sizeof langs - strlen(langs) - 1);
			strncat(langs, gettext(ct->languages[k]->name.msgid),
			    sizeof langs - strlen(langs) - 1);
		}
		if (ct->kind == CONTACT_WEB) {
			snprintf(line, sizeof line, "%s %s", contact_label(ct->kind), ct->value);
			block_wrapped(b, item, more, line);
			continue;
		}
		snprintf(line, sizeof line, "%s %s \xe2\x80\x94 %s", contact_label(ct->kind), ct->value,
		    langs);
		block_wrapped(b, item, more, line);
		/* On paper the short badge is enough; the screen explains more. */
		if (ct->hours.kind == HOURS_UNKNOWN)
			block_wrapped(b, more, more, _("hours not confirmed"));
		else
			hours_lines(&ct->hours, add_hours, &hb);
		if (ct->note.msgid != NULL) {
			content_text(c, ct->note.msgid, line, sizeof line);
			block_wrapped(b, more, more, line);
		}
	}
	snprintf(line, sizeof line, "%s %s", h->anonymous == ANONYMOUS_YES ? _("Anonymous.")
	    : h->anonymous == ANONYMOUS_NO ? _("Not anonymous.") : _("Anonymity not known."),
	    h->cost == COST_FREE ? _("Free of charge.") : h->cost == COST_CALL_PRICE
	    ? _("Normal call charge.") : _("Cost not confirmed."));
	block_wrapped(b, item, more, line);
	date_text(helpline_oldest_check(h), date, sizeof date);
	snprintf(line, sizeof line, _("Checked on %s"), date);
	block_wrapped(b, item, more, line);
	block_blank(b);
}

/* The emergency number's phone, for the header line; "112" if none is listed. */
static const char *
emergency_number(const struct content *c)
{
	for (size_t i = 0; i < c->nhelplines; i++) {
		const struct contact *phone = helpline_contact(&c->helplines[i], CONTACT_PHONE);

		if (c->helplines[i].emergency && phone != NULL)
			return phone->value;
	}
	return "112";
}

void
print_helplines(struct print_buffer *out, const struct content *c,
    const struct helpline_filter *filter, time_t now, enum print_format format)
{
	struct pager p = { .out = out, .format = format, .page = 1 };
	struct helpline_filter f = *filter;
	struct date oldest = { 9999, 12, 31 };
	char checked[256], danger[256], running[256], shown[512] = "", date[32];
	const char *lines[2];
	const struct helpline **shown_list;
	size_t listed;

	f.now = now;
	shown_list = xmalloc((c->nhelplines + 1) * sizeof *shown_list);
	listed = helplines_listed(c, &f, shown_list);
	for (size_t i = 0; i < listed; i++)
		if (date_days_between(helpline_oldest_check(shown_list[i]), oldest) > 0)
			oldest = helpline_oldest_check(shown_list[i]);
	date_text(oldest, date, sizeof date);
	snprintf(checked, sizeof checked, _("Every number and opening time on this list was "
	    "checked on %s or later. Times are Finnish time; hours may differ on public "
	    "holidays."), date);
	snprintf(danger, sizeof danger, _("In immediate danger, call %s."), emergency_number(c));
	if (!filter_is_empty(&f)) {
		/* TRANSLATORS: the plural follows the first number, the services listed. */
		snprintf(shown, sizeof shown, P_("This list shows %zu service of %zu:",
		    "This list shows %zu of %zu services:", listed), listed, c->nhelplines);
		if (f.anonymous_only)
			snprintf(shown + strlen(shown), sizeof shown - strlen(shown), " %s;", _("anonymous only"));
		if (f.open_now)
			snprintf(shown + strlen(shown), sizeof shown - strlen(shown), " %s;", _("open now"));
		if (f.topic != NULL)
			snprintf(shown + strlen(shown), sizeof shown - strlen(shown), " %s;",
			    gettext(f.topic->label.msgid));
		shown[strlen(shown) - 1] = '.';
	}
	lines[0] = checked;
	lines[1] = shown[0] != '\0' ? shown : NULL;
	snprintf(running, sizeof running, "%s \xe2\x80\x94 tuki", _("Helplines and support"));
	p.running_title = running;
	print_header(&p, running, now, danger, lines, 2);
	for (size_t i = 0; i < listed; i++) {
		struct print_block b = { 0 };

		helpline_entry(&b, c, shown_list[i], format);
		pager_put(&p, &b);
	}
	pager_finish(&p);
	free(shown_list);
}

/* ---- the checklist ---- */

void
print_steps(struct print_buffer *out, const struct content *c, const struct progress *progress,
    time_t now, enum print_format format)
{
	struct pager p = { .out = out, .format = format, .page = 1 };
	bool md = format == PRINT_MARKDOWN;
	size_t done, applicable, marked;
	char title[256], count[256], *key = step_marks_legend();
	const struct step **order = xcalloc(c->nsteps, sizeof *order);
	size_t nsteps = steps_in_order(c, order);
	const char *lines[2];

	progress_count(progress, c, &done, &applicable, &marked);
	snprintf(count, sizeof count, P_("%zu of %zu done", "%zu of %zu done", applicable),
	    done, applicable);
	lines[0] = count;
	lines[1] = key;
	snprintf(title, sizeof title, "%s \xe2\x80\x94 tuki", _("Steps to protect yourself"));
	p.running_title = title;
	print_header(&p, title, now, NULL, lines, 2);
	for (int g = 0; g < GROUP_COUNT; g++) {
		struct print_block head = { 0 };

		block_wrapped(&head, md ? "## " : "", "", _(step_group_title((enum step_group)g)));
		block_blank(&head);
		for (size_t i = 0; i < nsteps; i++) {
			const struct step *s = order[i];
			const struct progress_mark *m = NULL;
			struct print_block b = { 0 };
			enum step_state state = progress_state(progress, s->id);
			char box[16], line[1024];

			if ((int)s->group != g)
				continue;
			for (size_t k = 0; k < progress->n; k++)
				if (strcmp(progress->marks[k].id, s->id) == 0)
					m = &progress->marks[k];
			snprintf(box, sizeof box, "%s%s ", md ? "- " : "", step_mark(state));
			content_text(c, s->title.msgid, line, sizeof line);
			block_wrapped(&b, box, md ? "      " : "    ", line);
			if (m != NULL && state != STEP_TO_DO) {
				char date[32];

				date_text(m->date, date, sizeof date);
				snprintf(line, sizeof line, _("Marked on %s"), date);
				block_wrapped(&b, md ? "      " : "    ", md ? "      " : "    ", line);
			}
			if (s->agency != NULL) {
				char name[512];

				content_text(c, s->agency->name.msgid, name, sizeof name);
				snprintf(line, sizeof line, "%s%s%s%s%s", name,
				    s->agency->phone ? ", " : "", s->agency->phone ? s->agency->phone : "",
				    s->agency->web ? ", " : "", s->agency->web ? s->agency->web : "");
				block_wrapped(&b, md ? "      " : "    ", md ? "      " : "    ", line);
			}
			if (head.count > 0) {
				/* A group heading never ends a page alone. */
				buf_add(&head.lines, b.lines.text, b.lines.len);
				head.count += b.count;
				free(b.lines.text);
				pager_put(&p, &head);
			} else {
				pager_put(&p, &b);
			}
		}
		if (head.count > 0)
			free(head.lines.text);
		{
			struct print_block gap = { 0 };

			block_blank(&gap);
			pager_put(&p, &gap);
		}
	}
	pager_finish(&p);
	free(order);
	free(key);
}
