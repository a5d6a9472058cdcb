/* A page as the mode a person reads it in tells it: what the quick exit
 * clears and what tuki keeps differ between the screen, the kiosk and
 * plain mode, so the About page says what is true where it is read. */
#ifndef TUKI_TEXT_MODE_PAGE_H
#define TUKI_TEXT_MODE_PAGE_H

#include "model/content.h"
#include "text/doc.h"

enum page_mode {
	PAGE_SCREEN,            /* the curses screens, personal mode: the page as written */
	PAGE_KIOSK,             /* a shared terminal that keeps nothing */
	PAGE_PLAIN,             /* plain mode on a terminal tuki can clear */
	PAGE_PLAIN_NO_CLEAR,    /* plain mode under TERM=dumb, or into a pipe or file */
};

/* doc_page(), with the parts under "If others use this device" and (in a
 * kiosk) "What tuki keeps" saying what the mode does. */
void doc_page_for_mode(struct doc *doc, const struct content *c, const struct page *p,
    enum page_mode mode);

#endif
