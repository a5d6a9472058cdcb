/* Inline per-language text of local.d files (see local_text.h). */
#include <config.h>

#include "sys/lang.h"
#include "content.h"
#include "sys/lang_list.h"
#include "local_text.h"

static struct content *active;
static int current = -1;    /* the source language until one is chosen */

void
local_text_fallback(struct local_text *t)
{
	int n = lang_list_count(), source = lang_list_source();

	for (int l = 0; l < n; l++) {
		if (t->text[l] == NULL && t->given[source])
			t->text[l] = t->text[source];
		for (int k = 0; k < n && t->text[l] == NULL; k++)
			if (t->given[k])
				t->text[l] = t->text[k];
	}
}

/* content_each_text hands out const texts; the content is ours to update. */
static void
point(const struct text *t, void *data)
{
	(void)data;
	if (t->local != NULL)
		((struct text *)t)->msgid = t->local->text[current < 0 ? lang_list_source() : current];
}

static void
point_all(void)
{
	if (active != NULL)
		content_each_text(active, point, NULL);
}

void
local_text_follow_language(void)
{
	enum lang now = lang_current();

	/* sys/ knows nothing of the model: it calls back on every change. */
	lang_on_change(local_text_use);
	if (now != LANG_NONE)
		current = (int)now;
}

void
local_text_activate(struct content *c)
{
	local_text_follow_language();
	active = c;
	point_all();
}

void
local_text_use(int language)
{
	if (language < 0 || language >= lang_list_count())
		return;
	current = language;
	point_all();
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
