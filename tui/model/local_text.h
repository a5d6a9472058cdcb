/*
 * Text a centre writes inline in its local.d file, one per language code
 * ({"fi": ..., "en": ...}), rendered by the same code as the shipped msgids.
 *
 * How call sites stay unchanged: every screen, plain mode and the printer
 * read a text as gettext(t->msgid) (or content_text(), which does the
 * same).  For an inline text, local_text_use() points msgid at the text
 * for the current language; gettext() finds no catalog entry for that
 * sentence and returns it as it is.  lang_activate() is the one place the
 * language changes, and it calls local_text_use() (local_text_activate()
 * registers it with lang_on_change()), so a switch is instant as for
 * every other text.  The alternative, an overlay consulted from
 * _(), would have meant changing the ~25 gettext(x.msgid) call sites.
 *
 * The one piece of global state is which content holds inline texts (one
 * content is shown at a time); content_free() forgets it.
 */
#ifndef TUKI_MODEL_LOCAL_TEXT_H
#define TUKI_MODEL_LOCAL_TEXT_H

#include <stdbool.h>

struct content;

struct local_text {
	/* Each language's text, indexed as the language list (lang_list.h);
	 * a missing one holds the fallback (English, then the list's order),
	 * so none is NULL. */
	const char **text;
	bool *given;                /* written in the file, not a fallback */
	const char *file;           /* the local.d file, for messages */
};

/* Fills the missing languages of t from the others (English, then the list). */
void local_text_fallback(struct local_text *t);

/* From now on c's inline texts show in language (an index into the
 * language list); c may be NULL. */
void local_text_activate(struct content *c);
void local_text_use(int language);

/* From now on local_text_use() follows lang_activate() (content_load and
 * local_text_activate call it; sys/ cannot call into the model). */
void local_text_follow_language(void);

/* The language of the moment (an index into the list): lang_activate()
 * sets it once local_text_follow_language() has run. */
int local_text_language(void);

/* c is being freed: forget it if it is the active one. */
void local_text_forget(const struct content *c);

#endif
