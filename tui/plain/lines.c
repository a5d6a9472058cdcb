/*
 * Plain mode's line input and output.  No cursor addressing, no escape
 * codes, no decoration a voice would read, a paragraph on one line, phone
 * numbers in the spoken form.
 */
#include <config.h>

#include <errno.h>
#include <poll.h>
#include <stdarg.h>
#include <string.h>
#include <unistd.h>

#include "model/spoken.h"
#include "model/utf8.h"
#include "plain/lines.h"

/* ---- input: our own line reader, so we can tell whether input is waiting ---- */

bool
plain_read_line(struct plain *p, char *line, size_t size)
{
	for (;;) {
		char *nl = memchr(p->buf, '\n', p->buffered);
		ssize_t n;

		if (nl != NULL || p->buffered == sizeof p->buf) {
			size_t len = nl != NULL ? (size_t)(nl - p->buf) : p->buffered;
			size_t take = len < size - 1 ? len : size - 1;

			memcpy(line, p->buf, take);
			line[take] = '\0';
			if (nl != NULL)
				len++;
			memmove(p->buf, p->buf + len, p->buffered - len);
			p->buffered -= len;
			line[strcspn(line, "\r")] = '\0';
			return true;
		}
		n = read(p->in, p->buf + p->buffered, sizeof p->buf - p->buffered);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			if (p->buffered == 0)
				return false;
			/* A last line without a newline still counts. */
			p->buf[p->buffered] = '\n';
			p->buffered++;
			continue;
		}
		p->buffered += (size_t)n;
	}
}

bool
plain_input_waiting(struct plain *p, int ms)
{
	struct pollfd pfd = { .fd = p->in, .events = POLLIN };

	if (p->buffered > 0)
		return true;
	return poll(&pfd, 1, ms) > 0;
}

/* ---- output ---- */

/* After "> " a terminal echoes the answer and its newline; a pipe does not,
 * so the line is ended here, and a transcript reads like the screen. */
static void
end_prompt_line(struct plain *p)
{
	if (p->after_prompt && !p->echoed)
		fputc('\n', p->out);
	p->after_prompt = false;
}

/*
 * Every line goes out through here: web addresses as words, the middle dot
 * of the screen's badges as a comma, phone numbers in the spoken form, then
 * the sanitizer (catalogs are files too).  A line is never wrapped: a screen
 * reader or braille display wraps it, and a URL stays whole.
 */
void
plain_say(struct plain *p, const char *fmt, ...)
{
	char raw[4096], words[4096], spoken[4096], clean[4096];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(raw, sizeof raw, fmt, ap);
	va_end(ap);
	text_speak_addresses(raw, words, sizeof words);
	text_speak_pauses(words);
	text_speak_phones(p->content, words, spoken, sizeof spoken);
	end_prompt_line(p);
	fputs(sanitize_text(spoken, clean, sizeof clean), p->out);
	fputc('\n', p->out);
	p->after_blank = false;
}

/* One empty line, never two, so a title or paragraph starts after a gap. */
void
plain_blank(struct plain *p)
{
	if (p->after_prompt)
		p->after_blank = false;
	end_prompt_line(p);
	if (!p->after_blank)
		fputc('\n', p->out);
	p->after_blank = true;
}

/* A title stands alone on its line after an empty one: nothing around it
 * for a voice to read. */
void
plain_title(struct plain *p, const char *title)
{
	plain_blank(p);
	plain_say(p, "%s", title);
}

void
plain_doc(struct plain *p, const struct doc *d)
{
	for (size_t i = 0; i < d->n; i++) {
		const struct doc_block *b = &d->blocks[i];

		switch (b->style) {
		case DOC_TITLE:
			plain_title(p, b->text);
			break;
		case DOC_HEADING:
			plain_blank(p);
			plain_say(p, "%s", b->text);
			break;
		case DOC_ITEM:
			plain_say(p, "- %s", b->text);
			break;
		case DOC_LABEL:
			plain_say(p, "%s", b->text);
			break;
		default:
			plain_blank(p);
			plain_say(p, "%s", b->text);
			plain_blank(p);
			break;
		}
	}
}
