#include <config.h>

#include <string.h>

#include "sys/i18n.h"
#include "text/mode_page.h"

/* What the quick exit does in mode, or NULL where the page says it. */
static const char *
quick_exit_text(enum page_mode mode)
{
	switch (mode) {
	case PAGE_KIOSK:
		return _("If someone may be watching, you can leave at once: press Esc twice "
		    "quickly, or F12. tuki clears the screen, goes back to its first screen and "
		    "forgets everything you did.");
	case PAGE_PLAIN:
		return _("If someone else uses this computer or may be watching it, you can leave "
		    "at once: type x and press Enter. q, or Esc twice and Enter, do the same. "
		    "tuki clears the screen and the terminal's history as it ends. It cannot "
		    "clear what your screen reader or braille display keeps.");
	case PAGE_PLAIN_NO_CLEAR:
		return _("If someone else uses this computer or may be watching it, you can leave "
		    "at once: type x and press Enter. Here tuki cannot clear what it has shown: "
		    "the terminal does not let it, or its text goes to a file or another program. "
		    "When you leave, close the window, or clear the terminal's history yourself.");
	default:
		return NULL;
	}
}

/* What tuki keeps in mode, or NULL where the page says it. */
static const char *
keeps_text(enum page_mode mode)
{
	if (mode != PAGE_KIOSK)
		return NULL;
	return _("Nothing you do here is kept. tuki asks no name and saves nothing you read "
	    "or mark. When you press q, or leave the terminal for a while, it starts over and "
	    "forgets everything.");
}

void
doc_page_for_mode(struct doc *doc, const struct content *c, const struct page *p,
    enum page_mode mode)
{
	struct doc full = { .spoken = doc->spoken };
	/* doc_page adds the title and, on a heavy page, a note before the blocks. */
	size_t offset = 1 + (p->heavy ? 1 : 0);
	bool skipping = false;

	doc_page(&full, c, p);
	for (size_t i = 0; i < full.n; i++) {
		const struct doc_block *b = &full.blocks[i];
		const struct block *src = i >= offset && i - offset < p->nblocks
		    ? &p->blocks[i - offset] : NULL;
		const char *instead = NULL;

		if (b->style == DOC_HEADING || b->style == DOC_TITLE)
			skipping = false;
		if (skipping)
			continue;
		doc_add(doc, b->style, b->text);
		if (src == NULL || src->kind != BLOCK_HEADING)
			continue;
		if (strcmp(src->text.msgid, "If others use this device") == 0)
			instead = quick_exit_text(mode);
		else if (strcmp(src->text.msgid, "What tuki keeps") == 0)
			instead = keeps_text(mode);
		if (instead != NULL) {
			doc_add(doc, DOC_PARAGRAPH, instead);
			skipping = true;
		}
	}
	doc_free(&full);
}
