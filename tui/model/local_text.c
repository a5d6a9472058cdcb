/* Inline per-language text of local.d files (see local_text.h). */
#include <config.h>

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

void
local_text_activate(struct content *c)
{
	active = c;
	if (c != NULL)
		content_each_text(c, point, NULL);
}

void
local_text_use(int language)
{
	if (language < 0 || language >= LOCAL_LANGS)
		return;
	current = language;
	local_text_activate(active);
}

int
local_text_language(void)
{
	return current;
}

void
local_text_forget(const struct content *c)
{
	if (active == c)
		active = NULL;
}
