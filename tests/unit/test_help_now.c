/*
 * Help now for a reader whose language the crisis line does not answer in
 * day and night (tui/text/help_now.c): its line in that language when it
 * is open or its hours are not confirmed, a plain "none is open" when it is
 * closed or missing, then 112 if it answers in that language; on paper the
 * line is shown without a time.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>

#include "../../tui/model/clock.h"
#include "../../tui/sys/lang.h"
#include "../../tui/text/help_now.h"
#include "test.h"
#include "test_lang.h"

static const char pages[] = "{\"pages\": ["
    "{\"id\": \"a\", \"section\": \"reassurance\", \"title\": \"A\", \"body\": [{\"p\": \"Text.\"}]},"
    "{\"id\": \"b\", \"section\": \"coping\", \"title\": \"B\", \"body\": [{\"p\": \"Text.\"}]},"
    "{\"id\": \"c\", \"section\": \"about\", \"title\": \"C\", \"body\": [{\"p\": \"Text.\"}]}]}";

static const char steps[] = "{\"agencies\": [], \"steps\": ["
    "{\"id\": \"talk\", \"group\": \"later\", \"title\": \"Talk to someone\", "
    "\"why\": [\"Talking helps.\"], \"how\": [\"Call a helpline.\"]}]}";

#define CHECKED "\"checked\": \"2026-12-06\", \"source\": \"https://example.org\""

/* 112 in the given languages; a crisis line answering in Finnish day and
 * night and, when english is set, in English on Friday mornings. */
static char *
helplines_json(const char *languages_112, const char *english)
{
	static char buf[4096];

	snprintf(buf, sizeof buf,
	    "{\"languages\": [{\"code\": \"fi\", \"name\": \"Finnish\", \"in\": \"in Finnish\"}, "
	    "{\"code\": \"sv\", \"name\": \"Swedish\", \"in\": \"in Swedish\"}, "
	    "{\"code\": \"en\", \"name\": \"English\", \"in\": \"in English\"}], "
	    "\"topics\": [{\"id\": \"crisis\", \"label\": \"Crisis support\"}], \"helplines\": ["
	    "{\"id\": \"emergency-112\", \"name\": \"Emergency number 112\", "
	    "\"description\": \"For immediate danger.\", \"emergency\": true, \"anonymous\": false, "
	    "\"cost\": \"free\", \"need\": \"talk\", \"topics\": [], \"contacts\": [{\"type\": \"phone\", "
	    "\"value\": \"112\", \"languages\": [%s], \"hours\": \"24/7\", " CHECKED "}]},"
	    "{\"id\": \"crisis\", \"name\": \"Crisis line\", \"description\": \"Someone to talk to.\", "
	    "\"anonymous\": true, \"cost\": \"call-price\", \"need\": \"talk\", \"topics\": [\"crisis\"], "
	    "\"contacts\": [{\"type\": \"phone\", \"value\": \"09 2525 0111\", \"languages\": [\"fi\"], "
	    "\"hours\": \"24/7\", " CHECKED "}%s]}]}",
	    languages_112, english);
	return buf;
}

static const char english_line[] = ", {\"type\": \"phone\", \"value\": \"09 2525 0116\", "
    "\"languages\": [\"en\"], \"hours\": {\"fri\": [[\"09:00\", \"13:00\"]]}, " CHECKED "}";

static void
load(struct content *c, const char *helplines)
{
	const char *texts[FILE_COUNT] = { pages, steps, helplines };
	size_t lens[FILE_COUNT];
	struct tuki_error err = { 0 };

	for (int i = 0; i < FILE_COUNT; i++)
		lens[i] = strlen(texts[i]);
	if (content_load_buffers(c, texts, lens, &err) != 0) {
		fprintf(stderr, "fixture: %s\n", err.message);
		exit(1);
	}
}

/* The document's text, one block a line. */
static const char *
text_of(const struct doc *d)
{
	static char buf[4096];
	size_t n = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < d->n && n < sizeof buf; i++)
		n += (size_t)snprintf(buf + n, sizeof buf - n, "%s\n", d->blocks[i].text);
	return buf;
}

static time_t
at(const char *iso)
{
	time_t t;

	if (!clock_parse_iso(iso, &t)) {
		fprintf(stderr, "bad time %s\n", iso);
		exit(1);
	}
	return t;
}

static void
check_english_line(void)
{
	struct content c;
	struct doc d = { 0 };

	load(&c, helplines_json("\"fi\", \"sv\", \"en\"", english_line));

	/* Monday night: the English line is closed, and Help now says so. */
	help_now_build(&d, &c, LANG_EN, at("2026-12-07T03:00"));
	CHECK_HAS(text_of(&d), "In your language: 09 2525 0116 (closed");
	CHECK_HAS(text_of(&d), "No crisis line in your language is open right now.");
	CHECK_HAS(text_of(&d), "Day and night: 09 2525 0111. This line answers in Finnish.");
	CHECK_HAS(text_of(&d), "In immediate danger, call 112: it answers in your language.");
	/* 112 takes English: no interpreter line for an English reader. */
	CHECK(strstr(text_of(&d), "interpreter") == NULL);
	doc_free(&d);

	/* Friday morning: the English line is open. */
	help_now_build(&d, &c, LANG_EN, at("2026-12-11T10:00"));
	CHECK_HAS(text_of(&d), "Call 09 2525 0116 to talk in your own language.");
	CHECK(strstr(text_of(&d), "No crisis line") == NULL);
	CHECK(strstr(text_of(&d), "In immediate danger") == NULL);
	doc_free(&d);

	/* On paper there is no "now": the line is given as it is. */
	help_now_crisis(&d, &c, LANG_EN);
	CHECK_HAS(text_of(&d), "Call 09 2525 0116 to talk in your own language.");
	CHECK(strstr(text_of(&d), "No crisis line") == NULL);
	doc_free(&d);

	/* A Finnish reader has the line open day and night (the catalog is
	 * not installed here, so the words stay English). */
	help_now_build(&d, &c, LANG_FI, at("2026-12-07T03:00"));
	CHECK_HAS(text_of(&d), "Call 09 2525 0111 \xe2\x80\x94 open day and night.");
	CHECK(strstr(text_of(&d), "No crisis line") == NULL);
	doc_free(&d);
	content_free(&c);
}

static void
check_no_english_line(void)
{
	struct content c;
	struct doc d = { 0 };

	/* No line in English at all: said plainly, with 112 in English. */
	load(&c, helplines_json("\"fi\", \"sv\", \"en\"", ""));
	help_now_build(&d, &c, LANG_EN, at("2026-12-11T10:00"));
	CHECK_HAS(text_of(&d), "No crisis line in your language is open right now.");
	CHECK_HAS(text_of(&d), "In immediate danger, call 112: it answers in your language.");
	CHECK(strstr(text_of(&d), "In your language:") == NULL);
	doc_free(&d);
	content_free(&c);

	/* 112 without English: the interpreter line, and no claim that it answers in English. */
	load(&c, helplines_json("\"fi\", \"sv\"", ""));
	help_now_build(&d, &c, LANG_EN, at("2026-12-11T10:00"));
	CHECK_HAS(text_of(&d), "an interpreter can be arranged");
	CHECK_HAS(text_of(&d), "No crisis line in your language is open right now.");
	CHECK(strstr(text_of(&d), "it answers in your language") == NULL);
	doc_free(&d);
	content_free(&c);
}

int
main(void)
{
	setenv("TZ", "UTC", 1);
	locale_init("/nonexistent");
	lang_activate(LANG_EN);
	check_english_line();
	check_no_english_line();
	TEST_DONE();
}
