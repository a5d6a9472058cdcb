#include <config.h>

#include <string.h>

#include "content_check.h"
#include "sys/i18n.h"
#include "sys/lang.h"
#include "model/clock.h"
#include "model/placeholder.h"

#define STALE_DAYS 365

static void
warn_stale(FILE *warn, const char *file, const char *id, struct date verified, struct date today)
{
	if (date_days_between(verified, today) > STALE_DAYS)
		fprintf(warn, _("tuki: warning: %s: \"%s\" was last checked on %04d-%02d-%02d, more "
		    "than a year ago\n"), file, id, verified.year, verified.month, verified.day);
}

struct translation_check {
	const struct content *c;
	FILE *out;
	const char *lang;
	int broken;
};

static void
check_translation(const struct text *t, void *data)
{
	struct translation_check *tc = data;
	const char *translated;

	/* Only texts with placeholders can lose one (make check compares the
	 * catalogs in full); this keeps the check fast on large content. */
	if (strchr(t->msgid, '{') == NULL)
		return;
	translated = gettext(t->msgid);
	if (translated != t->msgid && !placeholders_match(t->msgid, translated)) {
		fprintf(tc->out, _("tuki: %s:%d: the %s translation changes the placeholders of "
		    "\"%.60s\"\n"), tc->c->file_names[t->file], t->line, tc->lang, t->msgid);
		tc->broken++;
	}
}

int
content_check(const struct content *c, time_t now, FILE *warn)
{
	struct date today = clock_today(now);
	struct translation_check tc = { .c = c, .out = warn };
	enum lang saved = lang_current();

	for (size_t i = 0; i < c->nhelplines; i++)
		warn_stale(warn, c->file_names[FILE_HELPLINES], c->helplines[i].id,
		    c->helplines[i].verified, today);
	for (size_t i = 0; i < c->nagencies; i++)
		warn_stale(warn, c->file_names[FILE_STEPS], c->agencies[i].id,
		    c->agencies[i].verified, today);
	for (enum lang l = LANG_FI; l <= LANG_SV; l++) {
		lang_activate(l);
		tc.lang = lang_code(l);
		content_each_text(c, check_translation, &tc);
	}
	lang_activate(saved == LANG_NONE ? LANG_EN : saved);
	return tc.broken;
}
