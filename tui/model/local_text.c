/* Inline per-language text of local.d files (see local_text.h). */
#include <config.h>

#include "sys/lang.h"
#include "content.h"
#include "local_text.h"

static struct content *active;
static int current = LOCAL_EN;

void
local_text_fallback(struct local_text *t)
{
	static const int order[] = { LOCAL_EN, LOCAL_FI, LOCAL_SV };

	for (int l = 0; l < LOCAL_LANGS; l++) {
		for (int k = 0; k < LOCAL_LANGS && t->text[l] == NULL; k++)
			if (t->given[order[k]])
				t->text[l] = t->text[order[k]];
	}
}

/* content_each_text hands out const texts; the content is ours to update. */
static void
point(const struct text *t, void *data)
{
	(void)data;
	if (t->local != NULL)
		((struct text *)t)->msgid = t->local->text[current];
}

static void
point_all(void)
{
	if (active != NULL)
		content_each_text(active, point, NULL);
}

void
local_text_activate(struct content *c)
{
	enum lang now = lang_current();

	/* sys/ knows nothing of the model: it calls back on every change. */
	lang_on_change(local_text_use);
	if (now != LANG_NONE)
		current = (int)now;
	active = c;
	point_all();
}

void
local_text_use(int language)
{
	if (language < 0 || language >= LOCAL_LANGS)
		return;
	current = language;
	point_all();
}

int
local_text_language(void)
{
	enum lang now = lang_current();

	/* Asked of sys/lang.c, so a program without local texts (nothing has
	 * registered for changes) still gets the language of the moment. */
	return now != LANG_NONE ? (int)now : current;
}

void
local_text_forget(const struct content *c)
{
	if (active == c)
		active = NULL;
}
