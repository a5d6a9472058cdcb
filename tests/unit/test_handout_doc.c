/*
 * The handout and checklist documents (tui/text/handout_doc.c): every kind
 * of contact, "check the hours", the checked-date range, a filter line,
 * marks on the checklist; the fact-check sheet's order and marks; and the text layout of an entry longer than a
 * page, which goes on overleaf with a "continued" line.
 */
#include <config.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "../../tui/model/clock.h"
#include "../../tui/render/print.h"
#include "../../tui/sys/lang.h"
#include "../../tui/text/fact_sheet.h"
#include "../../tui/text/handout_doc.h"
#include "test.h"
#include "test_lang.h"

static const char pages[] = "{\"pages\": ["
    "{\"id\": \"a\", \"section\": \"reassurance\", \"title\": \"A\", \"body\": [{\"p\": \"Text.\"}]},"
    "{\"id\": \"b\", \"section\": \"coping\", \"title\": \"B\", \"body\": [{\"p\": \"Text.\"}]},"
    "{\"id\": \"c\", \"section\": \"about\", \"title\": \"C\", \"body\": [{\"p\": \"Text.\"}]}]}";

static const char steps[] = "{\"agencies\": [{\"id\": \"police\", \"name\": \"Police of Finland\", "
    "\"phone\": \"0295 419 800\", \"web\": \"https://poliisi.fi/en/report-a-crime\", "
    "\"checked\": \"2026-11-22\", \"source\": \"https://poliisi.fi/en\"}], "
    "\"steps\": ["
    "{\"id\": \"report\", \"group\": \"first\", \"title\": \"Report the crime\", "
    "\"why\": [\"A report helps.\", \"It is evidence.\"], \"how\": [\"Use the online form.\"], "
    "\"agency\": \"police\", \"helplines\": [\"crisis\"]},"
    "{\"id\": \"talk\", \"group\": \"later\", \"title\": \"Talk to someone\", "
    "\"why\": [\"Talking helps.\"], \"how\": [\"Call a helpline.\"]}]}";

/* Each contact of the crisis line was checked on the same day. */
#define CHECKED "\"checked\": \"2026-11-22\", \"source\": \"https://example.org\""

/* 112, a crisis line with phone, chat and web (one with unknown hours),
 * and a service with so many numbers that its entry is longer than a page. */
static char *
helplines_json(void)
{
	static char buf[16384];
	int n = snprintf(buf, sizeof buf, "%s",
	    "{\"languages\": [{\"code\": \"fi\", \"name\": \"Finnish\"}, "
	    "{\"code\": \"sv\", \"name\": \"Swedish\"}, {\"code\": \"en\", \"name\": \"English\"}], "
	    "\"topics\": [{\"id\": \"crisis\", \"label\": \"Crisis support\"}], \"helplines\": ["
	    "{\"id\": \"emergency-112\", \"name\": \"Emergency number 112\", "
	    "\"description\": \"For immediate danger.\", \"emergency\": true, \"anonymous\": false, "
	    "\"cost\": \"free\", \"need\": \"talk\", \"topics\": [], \"contacts\": [{\"type\": \"phone\", \"value\": \"112\", "
	    "\"languages\": [\"fi\", \"sv\"], \"hours\": \"24/7\", \"checked\": \"2026-11-20\", "
	    "\"source\": \"https://112.fi/en\"}]},"
	    "{\"id\": \"crisis\", \"name\": \"Crisis line\", \"description\": \"Someone to talk to.\", "
	    "\"anonymous\": true, \"cost\": \"call-price\", \"need\": \"talk\", \"topics\": [\"crisis\"], \"contacts\": ["
	    "{\"type\": \"phone\", \"value\": \"09 2525 0111\", \"languages\": [\"fi\", \"en\"], \"hours\": \"24/7\", " CHECKED "},"
	    "{\"type\": \"phone\", \"value\": \"09 2525 0112\", \"languages\": [\"sv\"], \"hours\": null, "
	    "\"note\": \"The Swedish line.\", " CHECKED "},"
	    "{\"type\": \"chat\", \"value\": \"https://example.org/chat\", \"languages\": [\"fi\"], "
	    "\"hours\": {\"mon\": [[\"16:00\", \"20:00\"]]}, " CHECKED "},"
	    "{\"type\": \"web\", \"value\": \"https://example.org\", \"languages\": [\"fi\"], " CHECKED "}]},"
	    "{\"id\": \"long\", \"name\": \"A service with many lines\", \"description\": \"Many.\", "
	    "\"anonymous\": null, \"cost\": \"unknown\", \"need\": \"advice\", \"topics\": [], \"contacts\": [");

	for (int i = 0; i < 40; i++)
		n += snprintf(buf + n, sizeof buf - (size_t)n, "%s{\"type\": \"phone\", \"value\": "
		    "\"0800 100 %03d\", \"languages\": [\"fi\"], \"hours\": {\"mon\": [[\"09:00\", \"10:00\"]]}, "
		    "\"checked\": \"2026-11-24\", \"source\": \"https://example.org\"}",
		    i ? "," : "", i);
	snprintf(buf + n, sizeof buf - (size_t)n, "%s", "]}]}");
	return buf;
}

static void
load(struct content *c)
{
	const char *texts[FILE_COUNT] = { pages, steps, helplines_json() };
	size_t lens[FILE_COUNT];
	struct tuki_error err = { 0 };

	for (int i = 0; i < FILE_COUNT; i++)
		lens[i] = strlen(texts[i]);
	if (content_load_buffers(c, texts, lens, &err) != 0) {
		fprintf(stderr, "fixture: %s\n", err.message);
		exit(1);
	}
}

static void
check_handout(const struct content *c, time_t now)
{
	struct helpline_filter f = { 0 };
	struct handout h;
	const struct handout_entry *e;

	handout_build(&h, c, &f, now, LANG_EN);
	CHECK_STR(h.title, "Helplines and support \xe2\x80\x94 tuki");
	CHECK_STR(h.meta, "In English \xc2\xb7 printed 2026-11-25");
	CHECK_STR(h.danger, "In immediate danger, call 112.");
	CHECK(h.shown == NULL);
	/* The range spans the oldest and newest check, and the sentence says so. */
	CHECK(h.range.oldest.day == 20 && h.range.newest.day == 24);
	CHECK_HAS(h.checked, "between 2026-11-20 and 2026-11-24");
	/* The crisis box: the line open day and night, for the reader's language. */
	CHECK(h.crisis.n >= 2 && h.crisis.blocks[0].style == DOC_HEADING);
	CHECK_STR(h.crisis.blocks[0].text, "Crisis line");
	CHECK_HAS(h.crisis.blocks[1].text, "09 2525 0111");
	/* Grouped by need as on screen: two to talk to now, one for advice. */
	CHECK(h.ngroups == 2 && h.groups[0].nentries == 2 && h.groups[1].nentries == 1);
	CHECK_STR(h.groups[0].title, "Talk to someone now");
	CHECK_STR(h.groups[1].title, "Advice and your rights");
	CHECK(h.groups[0].entries[0].emergency);
	e = &h.groups[0].entries[1];
	CHECK_STR(e->name, "Crisis line");
	CHECK(e->ncontacts == 4);
	CHECK(e->contacts[0].kind == CONTACT_PHONE && !e->contacts[0].hours_unknown);
	CHECK_STR(e->contacts[0].label, "Phone");
	CHECK_STR(e->contacts[0].languages, "Finnish, English");
	CHECK(e->contacts[0].nhours == 1);
	CHECK(e->contacts[1].hours_unknown && e->contacts[1].nhours == 1);
	CHECK_STR(e->contacts[1].hours[0], "check the hours");
	CHECK_STR(e->contacts[1].note, "The Swedish line.");
	CHECK(e->contacts[2].kind == CONTACT_CHAT && e->contacts[2].nhours == 1);
	CHECK_HAS(e->contacts[2].hours[0], "Mon");
	CHECK(e->contacts[3].kind == CONTACT_WEB && e->contacts[3].nhours == 0);
	CHECK_STR(e->contacts[3].value, "https://example.org");
	CHECK_STR(e->anonymous, "Anonymous.");
	CHECK_STR(e->cost, "Normal call charge.");
	/* Inside the header's range and under a year old: no date of its own. */
	CHECK(e->checked == NULL);
	CHECK_STR(h.groups[1].entries[0].anonymous, "Ask whether you can stay anonymous.");
	CHECK_STR(h.groups[1].entries[0].cost, "Cost: check the service's own site.");
	CHECK(h.notes_title != NULL && h.notes_hint != NULL);
	handout_free(&h);

	/* A filter is named on the sheet (112 is always listed); the range follows it. */
	f.anonymous_only = true;
	handout_build(&h, c, &f, now, LANG_EN);
	CHECK_HAS(h.shown, "This list shows 2 of 3 services: anonymous only.");
	CHECK_HAS(h.checked, "between 2026-11-20 and 2026-11-22");
	handout_free(&h);
}

static void
check_checklist(const struct content *c, time_t now)
{
	struct progress p = { 0 };
	struct checklist l;
	const struct checklist_step *s;

	progress_set(&p, "report", STEP_DONE, (struct date){ 2026, 11, 23 });
	checklist_build(&l, c, &p, NULL, now, LANG_EN);
	CHECK_STR(l.count, "1 of 2 done");
	CHECK(l.groups[GROUP_FIRST].nsteps == 1 && l.groups[GROUP_NEXT].nsteps == 0 &&
	    l.groups[GROUP_LATER].nsteps == 1);
	s = &l.groups[GROUP_FIRST].steps[0];
	CHECK_STR(s->title, "Report the crime");
	CHECK(s->state == STEP_DONE);
	CHECK_STR(s->marked, "Marked on 2026-11-23");
	CHECK(s->nwhy == 2 && s->nhow == 1);
	CHECK_STR(s->why[1], "It is evidence.");
	CHECK_STR(s->agency, "Police of Finland");
	CHECK_STR(s->agency_phone, "0295 419 800");
	CHECK_STR(s->agency_web, "https://poliisi.fi/en/report-a-crime");
	CHECK(s->nwhere == 1);
	CHECK_STR(s->where[0], "Crisis line: 09 2525 0111");
	s = &l.groups[GROUP_LATER].steps[0];
	CHECK(s->state == STEP_TO_DO && s->marked == NULL && s->agency == NULL);
	checklist_free(&l);
	progress_clear(&p);
}

/* The long entry fills a page, says it goes on, and goes on overleaf;
 * every page is still PRINT_PAGE_LINES lines and every number is there. */
static void
check_long_entry(const struct content *c, time_t now)
{
	struct helpline_filter f = { 0 };
	struct print_buffer out = { 0 };
	int lines = 0, npages = 1, found = 0;

	print_helplines(&out, c, &f, now, PRINT_TEXT);
	CHECK_HAS(out.text, "(continued on the next page)");
	for (const char *s = out.text; *s != '\0'; s++) {
		if (*s == '\n')
			lines++;
		if (*s == '\f') {
			CHECK(lines == PRINT_PAGE_LINES);
			lines = 0;
			npages++;
		}
	}
	CHECK(lines == PRINT_PAGE_LINES);
	CHECK(npages >= 2);
	for (int i = 0; i < 40; i++) {
		char number[32];

		snprintf(number, sizeof number, "0800 100 %03d", i);
		found += strstr(out.text, number) != NULL;
	}
	CHECK(found == 40);
	free(out.text);
}

/* A year later each entry names its own date; answers give one group in
 * the plan's order that says nothing of them. */
static void
check_stale_and_plan(const struct content *c, time_t now)
{
	struct helpline_filter f = { 0 };
	struct handout h;
	struct progress p = { 0 };
	struct plan_answers answers = { .answered = true };
	struct checklist l;

	handout_build(&h, c, &f, now + 400 * 86400, LANG_EN);
	CHECK_STR(h.groups[0].entries[1].checked, "Checked on 2026-11-22");
	handout_free(&h);
	checklist_build(&l, c, &p, &answers, now, LANG_EN);
	CHECK_STR(l.groups[0].title, "Ordered for your situation");
	CHECK(l.groups[0].nsteps == 2 && l.groups[1].nsteps == 0 && l.groups[2].nsteps == 0);
	checklist_free(&l);
}

/* The language is the caller's argument, not gettext's global one (still English here). */
static void
check_language_argument(const struct content *c, time_t now)
{
	struct helpline_filter f = { 0 };
	struct handout h;
	struct agency a = { 0 };
	const char *urls[LANG_LIST_MAX] = { 0 };

	a.web.url = urls;
	a.web.url[LANG_FI] = "https://example.org/fi";
	a.web.url[LANG_EN] = "https://example.org/en";

	handout_build(&h, c, &f, now, LANG_SV);
	/* The language line comes from the catalog, as every word of the
	 * printout does (none is loaded here). */
	CHECK_STR(h.meta, "In English \xc2\xb7 printed 2026-11-25");
	handout_free(&h);
	CHECK_STR(agency_web(&a, LANG_FI), "https://example.org/fi");
	CHECK_STR(agency_web(&a, LANG_SV), "https://example.org/en");
	CHECK_STR(agency_web(&a, LANG_EN), "https://example.org/en");
}

/* The fact-check sheet: one entry a dated fact, oldest first with ties in
 * the files' order (helplines, then organisations), and those more than a
 * year old marked; an organisation carries its steps and what they say. */
static void
check_fact_sheet(const struct content *c, time_t now)
{
	struct fact_sheet s;
	const struct fact_entry *police;
	bool step = false, how = false;

	fact_sheet_build(&s, c, now, LANG_EN);
	CHECK_STR(s.title, "Fact-check sheet \xe2\x80\x94 tuki");
	/* 112, the crisis line's four contacts, 40 numbers, the police. */
	CHECK(s.nentries == 46);
	CHECK(s.nstale == 0);
	CHECK_STR(s.stale_count, "Every fact was checked within the last year.");
	for (size_t i = 1; i < s.nentries; i++)
		CHECK(date_days_between(s.entries[i - 1].date, s.entries[i].date) >= 0);
	CHECK_STR(s.entries[0].name, "Emergency number 112");
	CHECK_STR(s.entries[0].lines[0].text, "Phone 112");
	CHECK_STR(s.entries[0].source, "https://112.fi/en");
	CHECK_STR(s.entries[0].where, "In the file: helplines.json, \"emergency-112\", "
	    "contacts[0].checked");
	CHECK_STR(s.entries[1].name, "Crisis line");
	CHECK_STR(s.entries[1].lines[0].text, "Phone 09 2525 0111");
	police = &s.entries[5];
	CHECK_STR(police->name, "Police of Finland");
	CHECK_STR(police->where, "In the file: steps.json, \"police\", checked");
	for (size_t i = 0; i < police->nlines; i++) {
		step |= police->lines[i].kind == FACT_LINE_HEADING &&
		    strcmp(police->lines[i].text, "Step: Report the crime") == 0;
		how |= police->lines[i].kind == FACT_LINE_ITEM &&
		    strcmp(police->lines[i].text, "Use the online form.") == 0;
	}
	CHECK(step && how);
	CHECK_STR(s.entries[6].name, "A service with many lines");
	CHECK(s.entries[0].stale == NULL);
	fact_sheet_free(&s);
	/* 363 days on: 2026-11-20 and -22 are more than a year old, -24 is not. */
	fact_sheet_build(&s, c, now + 363 * 86400, LANG_EN);
	CHECK(s.nstale == 6);
	CHECK_STR(s.entries[5].stale, "more than 12 months ago");
	CHECK(s.entries[6].stale == NULL);
	CHECK_HAS(s.stale_count, "6 of them were last checked more than 12 months ago");
	fact_sheet_free(&s);
}

int
main(void)
{
	struct content c;
	time_t now;

	setenv("TZ", "UTC", 1);
	locale_init("/nonexistent");
	lang_activate(LANG_EN);
	now = 1795608000;       /* 2026-11-25 12:00 UTC */
	load(&c);
	check_handout(&c, now);
	check_checklist(&c, now);
	check_stale_and_plan(&c, now);
	check_long_entry(&c, now);
	check_language_argument(&c, now);
	check_fact_sheet(&c, now);
	content_free(&c);
	TEST_DONE();
}
