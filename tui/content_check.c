#include <config.h>

#include <string.h>
#include <strings.h>

#include "content_check.h"
#include "sys/i18n.h"
#include "sys/lang.h"
#include "model/clock.h"
#include "model/contact_choice.h"
#include "model/facts.h"
#include "model/local_text.h"
#include "model/placeholder.h"

/* Counts the errors among the dates. */
struct date_check {
	FILE *warn;
	struct date today;
	int errors;
};

/*
 * One checked date: in the future is an error (a typo, or a clock to fix
 * before shipping), more than a year old a warning.  Names file, id and
 * field, so the entry is found without reading the JSON.
 */
static void
check_date(const struct fact_ref *r, void *data)
{
	struct date_check *dc = data;
	const struct provenance *p = r->p;
	long age = date_days_between(p->checked, dc->today);

	if (age < 0) {
		fprintf(dc->warn, _("tuki: %s: \"%s\" %s: %04d-%02d-%02d is in the future\n"),
		    r->file, r->id, r->field, p->checked.year, p->checked.month, p->checked.day);
		dc->errors++;
	} else if (age > FACTS_STALE_DAYS) {
		fprintf(dc->warn, _("tuki: warning: %s: \"%s\" %s: last checked on %04d-%02d-%02d, more "
		    "than a year ago\n"), r->file, r->id, r->field, p->checked.year, p->checked.month,
		    p->checked.day);
	}
}

static int
check_dates(const struct content *c, struct date today, FILE *warn)
{
	struct date_check dc = { warn, today, 0 };

	content_each_fact(c, check_date, &dc);
	return dc.errors;
}

/* A language's name in warnings: the content's ("Swedish", translated),
 * else the catalog's own ("Svenska"). */
static const char *
language_name(const struct content *c, int lang)
{
	const struct language *l = content_language(c, lang_code((enum lang)lang));

	return l != NULL ? gettext(l->name.msgid) : lang_native_name((enum lang)lang);
}

/* A language without a page of its own in an address: its readers get
 * another language's page, tagged.  Said once per address and language. */
static void
check_address(const struct content *c, FILE *warn, const char *file, const char *id,
    const char *field, const struct web_address *a)
{
	if (a->same)
		return;
	for (int l = 0; l < lang_count(); l++) {
		struct address_choice k = web_address_for(a, l);

		if (k.own)
			continue;
		/* TRANSLATORS: --check-content: file, id, field (as in the file), the
		 * language without a page, and the language of the page shown instead. */
		fprintf(warn, _("tuki: warning: %s: \"%s\" %s: no %s page; the %s one is shown, "
		    "marked with its language\n"), file, id, field, language_name(c, l),
		    language_name(c, k.lang));
	}
}

static void
check_addresses(const struct content *c, FILE *warn)
{
	char field[64];

	for (size_t i = 0; i < c->nhelplines; i++) {
		const struct helpline *h = &c->helplines[i];
		const char *file = h->local_file != NULL ? h->local_file
		    : c->file_names[FILE_HELPLINES];

		for (size_t k = 0; k < h->ncontacts; k++) {
			if (h->contacts[k].kind == CONTACT_PHONE)
				continue;
			snprintf(field, sizeof field, "contacts[%zu].value", k);
			check_address(c, warn, file, h->id, field, &h->contacts[k].address);
		}
		for (size_t k = 0; k < h->nfurther_reading; k++) {
			snprintf(field, sizeof field, "further_reading[%zu]", k);
			check_address(c, warn, file, h->id, field, &h->further_reading[k]);
		}
	}
	for (size_t i = 0; i < c->nagencies; i++)
		check_address(c, warn, c->file_names[FILE_STEPS], c->agencies[i].id, "web",
		    &c->agencies[i].web);
}

/* An inline text without one of the languages shows another: say so. */
static void
check_inline_languages(const struct text *t, void *data)
{
	FILE *warn = data;

	if (t->local == NULL)
		return;
	for (int l = 0; l < lang_count(); l++)
		if (!t->local->given[l])
			/* TRANSLATORS: the third %s is a language code ("fi"), as
			 * the key the file would give it under. */
			fprintf(warn, _("tuki: warning: %s:%d: no \"%s\" text; \"%.40s\" is shown "
			    "instead\n"), t->local->file, t->line, lang_code((enum lang)l),
			    t->local->text[l]);
}

struct translation_check {
	const struct content *c;
	FILE *out;
	const char *lang;
	int broken;
	int texts, untranslated;
};

static void
check_translation(const struct text *t, void *data)
{
	struct translation_check *tc = data;
	const char *translated;

	/* Only texts with placeholders can lose one (make check compares the
	 * catalogs in full); this keeps the check fast on large content. */
	if (t->local == NULL) {
		tc->texts++;
		/* gettext hands back the msgid itself when the catalog has none. */
		if (gettext(t->msgid) == t->msgid)
			tc->untranslated++;
	}
	if (strchr(t->msgid, '{') == NULL)
		return;
	translated = gettext(t->msgid);
	if (translated != t->msgid && !placeholders_match(t->msgid, translated)) {
		fprintf(tc->out, _("tuki: %s:%d: the %s translation changes the placeholders of "
		    "\"%.60s\"\n"), tc->c->file_names[t->file], t->line, tc->lang, t->msgid);
		tc->broken++;
	}
}

/*
 * A centre's added entry named like a shipped one would sit on Help now
 * beside it with another number (a typo, or worse): warn, in any of the
 * three languages, once per entry.
 */
static void
check_local_names(const struct content *c, FILE *warn)
{
	for (size_t i = 0; i < c->nhelplines; i++) {
		const struct helpline *h = &c->helplines[i];
		bool warned = false;

		if (h->origin != ORIGIN_ADDED)
			continue;
		for (enum lang l = LANG_FIRST; l < lang_count() && !warned; l++) {
			lang_activate(l);
			for (size_t k = 0; k < c->nhelplines && !warned; k++) {
				const struct helpline *s = &c->helplines[k];
				const char *name = gettext(h->name.msgid);

				if (s->origin != ORIGIN_SHIPPED || strcasecmp(name, gettext(s->name.msgid)) != 0)
					continue;
				fprintf(warn, _("tuki: warning: %s:%d: \"%s\" has the name of the shipped "
				    "helpline \"%s\"; visitors could take one for the other\n"),
				    h->local_file, h->name.line, name, s->id);
				warned = true;
			}
		}
	}
}

int
content_check(const struct content *c, time_t now, FILE *warn)
{
	struct translation_check tc = { .c = c, .out = warn };
	enum lang saved = lang_current();
	int errors = check_dates(c, clock_today(now), warn);

	content_each_text(c, check_inline_languages, warn);
	check_local_names(c, warn);
	check_addresses(c, warn);

	int missing[LANG_LIST_MAX] = { 0 }, texts[LANG_LIST_MAX] = { 0 };
	bool found[LANG_LIST_MAX] = { false };

	for (enum lang l = LANG_FIRST; l < lang_count(); l++) {
		if (l == lang_source() || !(found[l] = lang_activate(l)))
			continue;
		tc.lang = lang_code(l);
		tc.texts = tc.untranslated = 0;
		content_each_text(c, check_translation, &tc);
		missing[l] = tc.untranslated;
		texts[l] = tc.texts;
	}
	lang_activate(saved == LANG_NONE ? lang_source() : saved);
	/* Said in the reader's language, once it is back. */
	for (enum lang l = LANG_FIRST; l < lang_count(); l++) {
		if (l == lang_source())
			continue;
		if (!found[l])
			fprintf(warn, _("tuki: warning: the catalog for %s (%s) was not found: "
			    "everything is shown in English\n"), lang_native_name(l), lang_code(l));
		else if (missing[l] > 0)
			fprintf(warn, P_("tuki: warning: %d of the %d content texts has no %s (%s) "
			    "translation and is shown in English\n", "tuki: warning: %d of the %d "
			    "content texts have no %s (%s) translation and are shown in English\n",
			    missing[l]), missing[l], texts[l], lang_native_name(l), lang_code(l));
	}
	return errors + tc.broken;
}
