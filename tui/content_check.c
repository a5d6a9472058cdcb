#include <config.h>

#include <string.h>

#include "content_check.h"
#include "sys/i18n.h"
#include "sys/lang.h"
#include "model/clock.h"
#include "model/local_text.h"
#include "model/placeholder.h"

#define STALE_DAYS 365

/*
 * One checked date: in the future is an error (a typo, or a clock to fix
 * before shipping), more than a year old a warning.  Names file, id and
 * field, so the entry is found without reading the JSON.
 */
static int
check_date(FILE *warn, const char *file, const char *id, const char *field,
    const struct provenance *p, struct date today)
{
	long age;

	if (p->source == NULL)
		return 0;
	age = date_days_between(p->checked, today);
	if (age < 0) {
		fprintf(warn, _("tuki: %s: \"%s\" %s: %04d-%02d-%02d is in the future\n"), file, id,
		    field, p->checked.year, p->checked.month, p->checked.day);
		return 1;
	}
	if (age > STALE_DAYS)
		fprintf(warn, _("tuki: warning: %s: \"%s\" %s: last checked on %04d-%02d-%02d, more "
		    "than a year ago\n"), file, id, field, p->checked.year, p->checked.month,
		    p->checked.day);
	return 0;
}

static int
check_dates(const struct content *c, struct date today, FILE *warn)
{
	int errors = 0;
	char field[64];

	for (size_t i = 0; i < c->nhelplines; i++) {
		const struct helpline *h = &c->helplines[i];
		/* A centre's entry is named by its own local.d file. */
		const char *file = h->local_file != NULL ? h->local_file
		    : c->file_names[FILE_HELPLINES];

		for (size_t k = 0; k < h->ncontacts; k++) {
			snprintf(field, sizeof field, "contacts[%zu].checked", k);
			errors += check_date(warn, file, h->id, field,
			    &h->contacts[k].checked, today);
			snprintf(field, sizeof field, "contacts[%zu].hours_checked", k);
			errors += check_date(warn, file, h->id, field,
			    &h->contacts[k].hours_checked, today);
		}
		errors += check_date(warn, file, h->id,
		    "what_happens_checked", &h->what_happens_checked, today);
	}
	for (size_t i = 0; i < c->nagencies; i++)
		errors += check_date(warn, c->file_names[FILE_STEPS], c->agencies[i].id, "checked",
		    &c->agencies[i].checked, today);
	return errors;
}

/* An inline text without one of the three languages shows another: say so. */
static void
check_inline_languages(const struct text *t, void *data)
{
	static const char *const names[LOCAL_LANGS] = {
		N_("Finnish"), N_("Swedish"), N_("English"),
	};
	FILE *warn = data;

	if (t->local == NULL)
		return;
	for (int l = 0; l < LOCAL_LANGS; l++)
		if (!t->local->given[l])
			fprintf(warn, _("tuki: warning: %s:%d: no %s text; \"%.40s\" is shown "
			    "instead\n"), t->local->file, t->line, _(names[l]), t->local->text[l]);
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
	struct translation_check tc = { .c = c, .out = warn };
	enum lang saved = lang_current();
	int errors = check_dates(c, clock_today(now), warn);

	content_each_text(c, check_inline_languages, warn);

	for (enum lang l = LANG_FI; l <= LANG_SV; l++) {
		lang_activate(l);
		tc.lang = lang_code(l);
		content_each_text(c, check_translation, &tc);
	}
	lang_activate(saved == LANG_NONE ? LANG_EN : saved);
	return errors + tc.broken;
}
