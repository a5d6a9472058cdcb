/* The contact for a language and an instant, on the real content: fi, sv
 * and en at day, night and weekend; and the built-in fallback numbers. */
#include <config.h>

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "../../tui/model/clock.h"
#include "../../tui/model/contact_choice.h"
#include "../../tui/model/content.h"
#include "../../tui/model/filter.h"
#include "../../tui/text/fallback_help.h"
#include "test.h"
#include "test_lang.h"

static time_t
at(const char *iso)
{
	time_t t = 0;

	CHECK(clock_parse_iso(iso, &t));
	return t;
}

/*
 * "Open now" is the status of the contact a reader is shown: on Monday at
 * 18:30 a Swedish reader's MIELI line has unconfirmed hours and the church's
 * Swedish line opens at 20, though both Finnish lines are open; the open-now
 * filter follows the reader's language when no language filter is set.
 */
static void
open_now_is_the_contact_shown(const struct content *c, const struct helpline *mieli,
    const struct language *sv, const struct language *fi)
{
	const struct helpline *church = content_helpline(c, "church-conversation");
	time_t t = at("2026-12-07T18:30");
	struct helpline_filter f = { .open_now = true, .now = t, .reader = sv };

	CHECK(church != NULL);
	if (church == NULL)
		return;
	CHECK(!helpline_open_for(mieli, sv, t));
	CHECK(helpline_open_for(mieli, fi, t));
	CHECK(!helpline_open_for(church, sv, t));
	CHECK(helpline_open_for(church, fi, t));
	CHECK(!helpline_matches(mieli, &f));
	CHECK(!helpline_matches(church, &f));
	f.reader = fi;
	CHECK(helpline_matches(mieli, &f) && helpline_matches(church, &f));
	/* A language filter is the language shown. */
	f.reader = fi;
	f.language = sv;
	CHECK(contact_shown_language(&f) == sv);
	CHECK(!helpline_matches(church, &f));
}

/*
 * Issue 33 on main's per-language addresses: a page is indexed by the
 * language list, the fallback is the source language then the list, and
 * a page in another language is tagged with the content's "in" phrase of
 * that language (no phrase table in the code); without a content, the
 * catalog's name.
 */
static void
address_tags_follow_the_content(struct content *c)
{
	const char *urls[LANG_LIST_MAX] = { 0 };
	struct web_address a = { .url = urls };
	struct language *sv = (struct language *)content_language(c, "sv");
	const char *saved = sv->in.msgid;
	struct address_choice k;

	a.url[LANG_SV] = "https://example.org/sv";
	k = web_address_for(&a, (int)LANG_FI);
	CHECK(!k.own && k.lang == (int)LANG_SV);
	CHECK_STR(address_tag(k), "in Swedish");
	sv->in.msgid = "in Swedish, as the content says it";
	CHECK_STR(address_tag(k), "in Swedish, as the content says it");
	sv->in.msgid = saved;
	a.url[LANG_EN] = "https://example.org/en";
	k = web_address_for(&a, (int)LANG_FI);
	CHECK(!k.own && k.lang == (int)LANG_EN);
	CHECK_STR(address_tag(k), "in English");
	k = web_address_for(&a, (int)LANG_SV);
	CHECK(k.own && address_tag(k) == NULL);
	/* Out of the list: the source language's reader. */
	k = web_address_for(&a, LANG_LIST_MAX);
	CHECK(k.own && k.lang == (int)LANG_EN);
}

int
main(void)
{
	struct content c;
	struct tuki_error err = { 0 };
	const char *dir = getenv("TUKI_CONTENT_DIR");
	const struct language *fi, *sv, *en;
	const struct helpline *mieli, *e112, *police;
	const char *instants[] = { "2026-12-02T14:00", "2026-12-03T03:00", "2026-12-06T12:00" };
	struct contact_choice k;

	setlocale(LC_ALL, "C.UTF-8");
	if (content_load(&c, dir != NULL ? dir : "content", &err) != 0) {
		fprintf(stderr, "%s\n", err.message);
		return 1;
	}
	fi = content_language(&c, "fi");
	sv = content_language(&c, "sv");
	en = content_language(&c, "en");
	mieli = content_helpline(&c, "mieli-crisis");
	e112 = content_helpline(&c, "emergency-112");
	police = content_helpline(&c, "police-report");
	CHECK(fi && sv && en && mieli && e112 && police);
	if (!(fi && sv && en && mieli && e112 && police))
		TEST_DONE();

	for (size_t i = 0; i < sizeof instants / sizeof *instants; i++) {
		time_t t = at(instants[i]);

		/* Finnish: the 24/7 Finnish line, whatever the hour. */
		k = helpline_contact_for(mieli, fi, t);
		CHECK(k.serves && k.contact->kind == CONTACT_PHONE);
		CHECK(contact_serves(k.contact, fi));
		/* Swedish: the Swedish line, even with unknown hours, never the Finnish one. */
		k = helpline_contact_for(mieli, sv, t);
		CHECK(k.serves && k.contact->kind == CONTACT_PHONE && contact_serves(k.contact, sv));
		CHECK(!contact_serves(k.contact, fi));
		/* English: MIELI's English line ("check the hours"), not the Finnish one. */
		k = helpline_contact_for(mieli, en, t);
		CHECK(k.serves && k.contact->kind == CONTACT_PHONE && contact_serves(k.contact, en));
		CHECK(!contact_serves(k.contact, fi));
		/* 112 takes English calls directly (112.fi, 12.9.2022). */
		k = helpline_contact_for(e112, en, t);
		CHECK(k.serves && strcmp(k.contact->value, "112") == 0);
		k = helpline_contact_for(e112, sv, t);
		CHECK(k.serves && strcmp(k.contact->value, "112") == 0);
		/* A web-only service is shown as its web address. */
		k = helpline_contact_for(police, en, t);
		CHECK(k.contact != NULL && k.contact->kind == CONTACT_WEB);
		/* No language asked: any contact serves. */
		CHECK(helpline_contact_for(mieli, NULL, t).serves);
	}

	/* "Open now" keeps a web form, which takes reports at any hour, but not
	 * a line that is closed. */
	{
		struct helpline_filter f = { .open_now = true, .now = at("2026-12-06T03:00") };

		CHECK(helpline_web_only(police));
		CHECK(!helpline_web_only(mieli));
		CHECK(helpline_matches(police, &f));
		CHECK(!helpline_matches(content_helpline(&c, "riku-legal"), &f));
	}

	/* The numbers built into the failure messages are still the content's. */
	CHECK(helpline_contact(e112, CONTACT_PHONE) != NULL &&
	    strcmp(helpline_contact(e112, CONTACT_PHONE)->value, FALLBACK_EMERGENCY_NUMBER) == 0);
	k = helpline_contact_for(mieli, fi, at("2026-12-03T03:00"));
	CHECK(strcmp(k.contact->value, FALLBACK_CRISIS_NUMBER) == 0);
	CHECK(k.contact->hours.kind == HOURS_ALWAYS);
	for (int l = 0; l < LANG_COUNT; l++) {
		CHECK_HAS(fallback_help((enum lang)l), FALLBACK_EMERGENCY_NUMBER);
		CHECK_HAS(fallback_help((enum lang)l), FALLBACK_CRISIS_NUMBER);
	}
	open_now_is_the_contact_shown(&c, mieli, sv, fi);
	address_tags_follow_the_content(&c);
	content_free(&c);
	{
		const char *urls[LANG_LIST_MAX] = { 0 };
		struct web_address a = { .url = urls };

		a.url[LANG_SV] = "https://example.org/sv";
		CHECK_STR(address_tag(web_address_for(&a, (int)LANG_FI)), lang_native_name(LANG_SV));
	}
	TEST_DONE();
}
