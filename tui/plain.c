/*
 * Plain mode, for screen readers, printing terminals, TERM=dumb and pipes:
 * every screen is printed as lines, every choice is a number typed at a
 * prompt.  0 or b goes back, q quits, L changes language, x leaves at once.
 */
#include <config.h>

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "i18n.h"
#include "lang.h"
#include "model/wrap.h"
#include "plain.h"

enum plain_answer { ANSWER_NUMBER, ANSWER_BACK, ANSWER_QUIT, ANSWER_LANGUAGE, ANSWER_HELP,
	ANSWER_EOF, ANSWER_OTHER };

struct plain {
	const struct content *content;
	FILE *in, *out;
	int width;
	int status;
};

static void
print_wrapped(struct plain *p, const char *text, int indent, const char *first_prefix)
{
	int width = p->width - indent;
	size_t n = wrap_text(text, width, NULL, 0);
	struct wrap_line *lines = malloc(n * sizeof *lines);

	if (lines == NULL)
		abort();
	wrap_text(text, width, lines, n);
	for (size_t i = 0; i < n; i++)
		fprintf(p->out, "%*s%.*s\n", indent, i == 0 ? first_prefix : "",
		    (int)lines[i].len, text + lines[i].start);
	free(lines);
}

static void
print_doc(struct plain *p, const struct doc *d)
{
	for (size_t i = 0; i < d->n; i++) {
		const struct doc_block *b = &d->blocks[i];

		switch (b->style) {
		case DOC_TITLE:
			fprintf(p->out, "\n== %s ==\n\n", b->text);
			break;
		case DOC_HEADING:
			fprintf(p->out, "\n%s\n", b->text);
			break;
		case DOC_ITEM:
			print_wrapped(p, b->text, 2, "- ");
			break;
		case DOC_LABEL:
			print_wrapped(p, b->text, 0, "");
			break;
		default:
			print_wrapped(p, b->text, 0, "");
			fputc('\n', p->out);
			break;
		}
	}
}

/* Reads one answer; a number goes to *number. */
static enum plain_answer
ask(struct plain *p, int *number)
{
	char line[128];
	char *end;
	long n;

	fprintf(p->out, "\n%s ", _("Your choice (number, 0 back, q quit, L language, "
	    "h help now, x quick exit):"));
	fflush(p->out);
	if (fgets(line, sizeof line, p->in) == NULL)
		return ANSWER_EOF;
	line[strcspn(line, "\r\n")] = '\0';
	if (strcmp(line, "0") == 0 || strcmp(line, "b") == 0)
		return ANSWER_BACK;
	if (strcmp(line, "q") == 0)
		return ANSWER_QUIT;
	if (strcmp(line, "x") == 0) {
		/* Quick exit: leave at once; nothing is printed after this. */
		p->status = 0;
		return ANSWER_QUIT;
	}
	if (strcmp(line, "L") == 0 || strcmp(line, "l") == 0)
		return ANSWER_LANGUAGE;
	if (strcmp(line, "h") == 0)
		return ANSWER_HELP;
	n = strtol(line, &end, 10);
	if (line[0] != '\0' && *end == '\0' && n > 0 && n < 100000) {
		*number = (int)n;
		return ANSWER_NUMBER;
	}
	return ANSWER_OTHER;
}

static void
print_menu(struct plain *p, const char *title, const char *const *items, size_t n)
{
	fprintf(p->out, "\n== %s ==\n\n", title);
	for (size_t i = 0; i < n; i++)
		print_wrapped(p, items[i], 0, "");
}

static void
choose_language(struct plain *p)
{
	int n;

	fprintf(p->out, "\n== Valitse kieli / V\xc3\xa4lj spr\xc3\xa5k / Choose a language ==\n\n");
	for (int i = 0; i < LANG_COUNT; i++)
		fprintf(p->out, "%d. %s\n", i + 1, lang_native_name((enum lang)i));
	for (;;) {
		enum plain_answer a = ask(p, &n);

		if (a == ANSWER_NUMBER && n >= 1 && n <= LANG_COUNT) {
			lang_activate((enum lang)(n - 1));
			return;
		}
		if (a == ANSWER_EOF || a == ANSWER_QUIT) {
			if (lang_current() == LANG_NONE)
				lang_activate(LANG_EN);
			return;
		}
	}
}

static void
show_help_now(struct plain *p)
{
	struct doc d = { 0 };

	for (size_t i = 0; i < p->content->nhelplines; i++) {
		const struct helpline *h = &p->content->helplines[i];
		const struct contact *phone = helpline_contact(h, CONTACT_PHONE);

		if (phone != NULL && (h->emergency || phone->hours.kind == HOURS_ALWAYS)) {
			char name[512];

			content_text(p->content, h->name.msgid, name, sizeof name);
			doc_addf(&d, DOC_LABEL, "%s: %s", name, phone->value);
		}
	}
	fprintf(p->out, "\n== %s ==\n\n", _("Help right now"));
	print_doc(p, &d);
	doc_free(&d);
}

/* Shows a list of documents by title and opens the chosen one; returns false to quit. */
static bool
doc_menu(struct plain *p, const char *title, size_t n,
    void (*build)(struct plain *, size_t, struct doc *), const char *(*item_title)(struct plain *, size_t, char *, size_t))
{
	for (;;) {
		const char **items = malloc((n + 1) * sizeof *items);
		char (*bufs)[512] = malloc((n + 1) * sizeof *bufs);
		int choice;
		enum plain_answer a;

		for (size_t i = 0; i < n; i++) {
			char label[512];

			snprintf(bufs[i], sizeof bufs[i], "%zu. %s", i + 1,
			    item_title(p, i, label, sizeof label));
			items[i] = bufs[i];
		}
		print_menu(p, title, items, n);
		free(items);
		free(bufs);
		a = ask(p, &choice);
		switch (a) {
		case ANSWER_NUMBER:
			if ((size_t)choice <= n) {
				struct doc d = { 0 };

				build(p, (size_t)choice - 1, &d);
				print_doc(p, &d);
				doc_free(&d);
			}
			break;
		case ANSWER_BACK:
			return true;
		case ANSWER_QUIT:
		case ANSWER_EOF:
			return false;
		case ANSWER_LANGUAGE:
			choose_language(p);
			break;
		case ANSWER_HELP:
			show_help_now(p);
			break;
		default:
			break;
		}
	}
}

static int plain_section;

static const struct page *
section_page(const struct content *c, int section, size_t index)
{
	for (size_t i = 0; i < c->npages; i++)
		if ((int)c->pages[i].section == section && index-- == 0)
			return &c->pages[i];
	return NULL;
}

static size_t
section_count(const struct content *c, int section)
{
	size_t n = 0;

	for (size_t i = 0; i < c->npages; i++)
		n += (int)c->pages[i].section == section;
	return n;
}

static void
build_page(struct plain *p, size_t i, struct doc *d)
{
	doc_page(d, p->content, section_page(p->content, plain_section, i));
}

static const char *
page_title(struct plain *p, size_t i, char *buf, size_t size)
{
	content_text(p->content, section_page(p->content, plain_section, i)->title.msgid, buf, size);
	return buf;
}

static void
build_step(struct plain *p, size_t i, struct doc *d)
{
	doc_step(d, p->content, &p->content->steps[i]);
}

static const char *
step_title(struct plain *p, size_t i, char *buf, size_t size)
{
	content_text(p->content, p->content->steps[i].title.msgid, buf, size);
	return buf;
}

static void
build_helpline(struct plain *p, size_t i, struct doc *d)
{
	doc_helpline(d, p->content, &p->content->helplines[i]);
}

static const char *
helpline_title(struct plain *p, size_t i, char *buf, size_t size)
{
	const struct helpline *h = &p->content->helplines[i];
	const struct contact *phone = helpline_contact(h, CONTACT_PHONE);
	char name[256];

	content_text(p->content, h->name.msgid, name, sizeof name);
	snprintf(buf, size, "%s%s%s", name, phone ? ": " : "", phone ? phone->value : "");
	return buf;
}

int
plain_run(const struct content *content, FILE *in, FILE *out, int width)
{
	struct plain p = { content, in, out, width > 20 ? width : 72, 0 };
	static const int sections[] = { SECTION_REASSURANCE, SECTION_COPING, -1, -2, SECTION_ABOUT };

	if (lang_current() == LANG_NONE)
		choose_language(&p);
	for (;;) {
		const char *items[5];
		char bufs[5][256];
		int choice;
		enum plain_answer a;

		snprintf(bufs[0], sizeof bufs[0], "1. %s", _(section_title(SECTION_REASSURANCE)));
		snprintf(bufs[1], sizeof bufs[1], "2. %s", _(section_title(SECTION_COPING)));
		snprintf(bufs[2], sizeof bufs[2], "3. %s", _("Steps to protect yourself"));
		snprintf(bufs[3], sizeof bufs[3], "4. %s", _("Helplines and support"));
		snprintf(bufs[4], sizeof bufs[4], "5. %s", _(section_title(SECTION_ABOUT)));
		for (int i = 0; i < 5; i++)
			items[i] = bufs[i];
		print_menu(&p, _("tuki \xe2\x80\x94 support after a data leak"), items, 5);
		a = ask(&p, &choice);
		if (a == ANSWER_QUIT || a == ANSWER_EOF)
			break;
		if (a == ANSWER_LANGUAGE) {
			choose_language(&p);
			continue;
		}
		if (a == ANSWER_HELP) {
			show_help_now(&p);
			continue;
		}
		if (a != ANSWER_NUMBER || choice < 1 || choice > 5)
			continue;
		bool more;

		if (sections[choice - 1] >= 0) {
			plain_section = sections[choice - 1];
			more = doc_menu(&p, _(section_title((enum section)plain_section)),
			    section_count(content, plain_section), build_page, page_title);
		} else if (sections[choice - 1] == -1) {
			more = doc_menu(&p, _("Steps to protect yourself"), content->nsteps,
			    build_step, step_title);
		} else {
			more = doc_menu(&p, _("Helplines and support"), content->nhelplines,
			    build_helpline, helpline_title);
		}
		if (!more)
			break;
	}
	fputc('\n', out);
	return p.status;
}
