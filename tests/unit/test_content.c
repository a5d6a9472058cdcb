/*
 * Loading content: the good fixture loads completely, and each kind of bad
 * content is refused with the file, the line or JSON path, and the reason.
 * Each case copies tests/fixtures/good to a temporary directory and changes
 * one thing in one file.
 */
#include <config.h>

#include <locale.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../tui/content_check.h"
#include "../../tui/model/clock.h"
#include "../../tui/model/contact_choice.h"
#include "../../tui/model/local_text.h"
#include "../../tui/sys/lang.h"
#include "../../tui/model/content.h"
#include "../../tui/model/placeholder_fill.h"
#include "../../tui/text/doc.h"
#include "../../tui/text/hours_text.h"
#include "test.h"
#include "test_lang.h"

static char tmpdir[] = "/tmp/tuki-test-XXXXXX";
static const char *fixtures;

static char *
slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	if (f == NULL)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = malloc((size_t)n + 1);
	if (fread(buf, 1, (size_t)n, f) != (size_t)n)
		n = 0;
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static void
spit(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");

	fputs(text, f);
	fclose(f);
}

/* Fresh copy of the fixtures with `from` replaced by `to` in `file`. */
static void
prepare(const char *file, const char *from, const char *to)
{
	static const char *const names[] = { "pages.json", "steps.json", "helplines.json" };

	for (int i = 0; i < 3; i++) {
		char src[512], dst[512];
		char *text;

		snprintf(src, sizeof src, "%s/%s", fixtures, names[i]);
		snprintf(dst, sizeof dst, "%s/%s", tmpdir, names[i]);
		text = slurp(src);
		if (text == NULL) {
			fprintf(stderr, "cannot read %s\n", src);
			exit(99);
		}
		if (file != NULL && strcmp(file, names[i]) == 0) {
			char *at = strstr(text, from), *out;

			if (at == NULL) {
				fprintf(stderr, "fixture %s lacks \"%s\"\n", names[i], from);
				exit(99);
			}
			out = malloc(strlen(text) + strlen(to) + 1);
			memcpy(out, text, (size_t)(at - text));
			strcpy(out + (at - text), to);
			strcat(out, at + strlen(from));
			free(text);
			text = out;
		}
		unlink(dst);
		spit(dst, text);
		free(text);
	}
}

/* Loads after the change and returns the error message, "" if it loaded. */
static const char *
load_with(const char *file, const char *from, const char *to, int *status)
{
	static struct tuki_error err;
	struct content c;

	prepare(file, from, to);
	memset(&err, 0, sizeof err);
	*status = content_load(&c, tmpdir, &err);
	if (*status == 0)
		content_free(&c);
	return err.message;
}

#define BAD(file, from, to, want) do { \
	int st_; \
	const char *msg_ = load_with(file, from, to, &st_); \
	CHECK(st_ == 65); \
	CHECK_HAS(msg_, want); \
} while (0)

static void
check_good(void)
{
	struct content c;
	struct tuki_error err = { 0 };
	const struct helpline *h;
	char out[256];

	prepare(NULL, NULL, NULL);
	CHECK(content_load(&c, tmpdir, &err) == 0);
	CHECK(c.npages == 3 && c.nsteps == 2 && c.nhelplines == 2 && c.nagencies == 1);
	CHECK(c.pages[0].nblocks == 3 && c.pages[0].blocks[1].kind == BLOCK_ITEM);
	CHECK(c.pages[1].heavy && !c.pages[0].heavy);
	CHECK(c.pages[0].title.line == 6 && c.pages[0].title.file == FILE_PAGES);
	h = content_helpline(&c, "crisis");
	if (h == NULL) {
		fprintf(stderr, "the fixture lacks the helpline \"crisis\"\n");
		exit(1);
	}
	CHECK(h->ncontacts == 2 && h->anonymous == ANONYMOUS_YES && h->cost == COST_CALL_PRICE);
	CHECK(h->contacts[0].hours.kind == HOURS_ALWAYS);
	CHECK(h->contacts[1].hours.kind == HOURS_WEEKLY && h->contacts[1].hours.nranges[1] == 1);
	CHECK(h->contacts[1].hours.ranges[1][0].start == 22 * 60);
	CHECK(content_step(&c, "report")->helplines[0] == h);
	CHECK(content_step(&c, "report")->agency == content_agency(&c, "police"));
	CHECK(content_helpline(&c, "nope") == NULL);
	placeholder_expand(&c, "Call {phone:crisis} or see {web:police}.", out, sizeof out);
	CHECK_STR(out, "Call 09 2525 0111 or see https://poliisi.fi/en/report-a-crime.");
	{
		/* Longer than any fixed buffer: expanded whole, the end included. */
		size_t n = 9000;
		char *long_text = malloc(n + 64), *whole;

		memset(long_text, 'a', n);
		strcpy(long_text + n, " {phone:crisis} end.");
		whole = placeholder_expand_dup(&c, long_text);
		CHECK(strlen(whole) == n + strlen(" 09 2525 0111 end."));
		CHECK_HAS(whole, "a 09 2525 0111 end.");
		free(whole);
		free(long_text);
	}
	content_free(&c);
}

/* Each contact's own date and page; hours read elsewhere keep their own. */
static void
check_provenance(void)
{
	struct content c;
	struct tuki_error err = { 0 };
	const struct helpline *h;
	const struct contact *sv;
	struct date oldest;

	prepare(NULL, NULL, NULL);
	CHECK(content_load(&c, tmpdir, &err) == 0);
	h = content_helpline(&c, "crisis");
	sv = &h->contacts[1];
	CHECK(sv->checked.checked.year == 2026 && sv->checked.checked.day == 20);
	CHECK_STR(sv->checked.source, "https://mieli.fi/helpline");
	CHECK(sv->hours_checked.checked.day == 21);
	CHECK_STR(sv->hours_checked.source, "https://mieli.fi/sv");
	CHECK(contact_hours_provenance(sv) == &sv->hours_checked);
	/* No separate hours date: the contact's own covers its hours. */
	CHECK(h->contacts[0].hours_checked.source == NULL);
	CHECK(contact_hours_provenance(&h->contacts[0]) == &h->contacts[0].checked);
	oldest = helpline_oldest_check(h);
	CHECK(oldest.year == 2026 && oldest.month == 11 && oldest.day == 20);
	CHECK(h->nfurther_reading == 0);
	CHECK(content_helpline(&c, "emergency-112")->nfurther_reading == 1);
	CHECK(content_agency(&c, "police")->checked.checked.day == 22);
	content_free(&c);
}

/* --check-content's rules on dates, with the output it writes. */
static const char *
check_at(const char *file, const char *from, const char *to, const char *now, int *errors)
{
	static char out[4096];
	struct content c;
	struct tuki_error err = { 0 };
	time_t t;
	FILE *f;
	size_t n;

	prepare(file, from, to);
	out[0] = '\0';
	if (content_load(&c, tmpdir, &err) != 0) {
		fprintf(stderr, "content did not load: %s\n", err.message);
		*errors = -1;
		return out;
	}
	CHECK(clock_parse_iso(now, &t));
	f = tmpfile();
	*errors = content_check(&c, t, f);
	rewind(f);
	n = fread(out, 1, sizeof out - 1, f);
	out[n] = '\0';
	fclose(f);
	/* The catalogs are not bound here, so the check says they are missing:
	 * not what these cases are about (tests/cli/new-language.sh is). */
	for (char *line = out, *next; *line != '\0'; line = next) {
		next = strchr(line, '\n') != NULL ? strchr(line, '\n') + 1 : line + strlen(line);
		const char *hit = strstr(line, "was not found: everything is shown in English");

		if (hit != NULL && hit < next) {
			memmove(line, next, strlen(next) + 1);
			next = line;
		}
	}
	content_free(&c);
	return out;
}

/* The detail view as one string, lines joined with newlines. */
static char *
detail_of(const struct content *c, const char *id, time_t now)
{
	struct doc d = { 0 };
	size_t n = 1;
	char *all;

	doc_helpline(&d, c, content_helpline(c, id), NULL, now);
	for (size_t i = 0; i < d.n; i++)
		n += strlen(d.blocks[i].text) + 1;
	all = calloc(1, n);
	for (size_t i = 0; i < d.n; i++) {
		strcat(all, d.blocks[i].text);
		strcat(all, "\n");
	}
	doc_free(&d);
	return all;
}

static int
count_of(const char *haystack, const char *needle)
{
	int n = 0;

	for (const char *p = haystack; (p = strstr(p, needle)) != NULL; p += strlen(needle))
		n++;
	return n;
}

/*
 * The detail view: each contact says when it was checked; a web form is
 * "online, any time", never an hours hedge; the holiday note belongs to
 * weekly hours only, never to a 24/7 line.
 */
static void
check_detail(void)
{
	struct content c;
	struct tuki_error err = { 0 };
	char status[128], *text;
	time_t now;

	CHECK(clock_parse_iso("2026-12-01T10:00", &now));
	prepare(NULL, NULL, NULL);
	CHECK(content_load(&c, tmpdir, &err) == 0);
	text = detail_of(&c, "emergency-112", now);
	CHECK_HAS(text, "Phone 112\nLanguages: Finnish, Swedish\n    Every day, around the clock\n"
	    "Checked on 2026-11-22\n");
	CHECK_HAS(text, "Web https://112.fi/en\n    Online, any time\nChecked on 2026-11-22\n");
	CHECK(strstr(text, "public holidays") == NULL);
	CHECK(strstr(text, "not confirmed") == NULL);
	free(text);
	text = detail_of(&c, "crisis", now);
	CHECK(count_of(text, "Hours may differ on public holidays.") == 1);
	CHECK_HAS(text, "Checked on 2026-11-20\nHours checked on 2026-11-21\n");
	free(text);
	content_free(&c);

	/* A service reached only through a web form. */
	prepare("helplines.json", "{\"type\": \"phone\", \"value\": \"112\", \"languages\": [\"fi\", \"sv\"], "
	    "\"hours\": \"24/7\",\n         \"checked\": \"2026-11-22\", \"source\": \"https://112.fi/en\"},", "");
	CHECK(content_load(&c, tmpdir, &err) == 0);
	helpline_status_text(content_helpline(&c, "emergency-112"), now, status, sizeof status);
	CHECK_STR(status, "online, any time");
	text = detail_of(&c, "emergency-112", now);
	CHECK_HAS(text, "online, any time\n");
	CHECK(strstr(text, "not confirmed") == NULL && strstr(text, "closed") == NULL);
	free(text);
	/* A line with weekly hours keeps them, whatever the web contacts. */
	helpline_status_text(content_helpline(&c, "crisis"), now, status, sizeof status);
	CHECK(strstr(status, "online") == NULL);
	content_free(&c);

	/* Unconfirmed hours with the contact's own note: the note alone, not
	 * the general hedge right before it; without a note, the hedge. */
	prepare("helplines.json", "\"hours\": {\"mon\": [[\"16:00\", \"20:00\"]], "
	    "\"tue\": [[\"22:00\", \"06:00\"]]},", "\"hours\": null,");
	CHECK(content_load(&c, tmpdir, &err) == 0);
	text = detail_of(&c, "crisis", now);
	CHECK_HAS(text, "Phone 09 2525 0112\nLanguages: Swedish\nThe Swedish line.\n");
	CHECK(strstr(text, "not confirmed") == NULL);
	free(text);
	content_free(&c);
	prepare("helplines.json", "\"hours\": {\"mon\": [[\"16:00\", \"20:00\"]], "
	    "\"tue\": [[\"22:00\", \"06:00\"]]},\n         \"note\": \"The Swedish line.\",",
	    "\"hours\": null,");
	CHECK(content_load(&c, tmpdir, &err) == 0);
	text = detail_of(&c, "crisis", now);
	CHECK_HAS(text, "Phone 09 2525 0112\nLanguages: Swedish\n    We could not confirm the hours");
	free(text);
	content_free(&c);
}

static void
check_dates(void)
{
	int errors;
	const char *out;

	/* Fresh dates: nothing to say. */
	out = check_at(NULL, NULL, NULL, "2026-12-02T12:00", &errors);
	CHECK(errors == 0);
	CHECK_STR(out, "");
	/* A date in the future is an error naming file, id and field. */
	out = check_at("helplines.json", "\"checked\": \"2026-11-20\"", "\"checked\": \"2026-12-24\"",
	    "2026-12-02T12:00", &errors);
	CHECK(errors == 1);
	CHECK_HAS(out, "helplines.json: \"crisis\" contacts[1].checked: 2026-12-24 is in the future");
	out = check_at("helplines.json", "\"hours_checked\": \"2026-11-21\"",
	    "\"hours_checked\": \"2027-01-01\"", "2026-12-02T12:00", &errors);
	CHECK(errors == 1);
	CHECK_HAS(out, "\"crisis\" contacts[1].hours_checked: 2027-01-01 is in the future");
	out = check_at("steps.json", "\"checked\": \"2026-11-22\"", "\"checked\": \"2026-12-03\"",
	    "2026-12-02T12:00", &errors);
	CHECK(errors == 1);
	CHECK_HAS(out, "steps.json: \"police\" checked: 2026-12-03 is in the future");
	/* Older than a year: a warning per field, not an error. */
	out = check_at("helplines.json", "\"hours_checked\": \"2026-11-21\"",
	    "\"hours_checked\": \"2025-11-01\"", "2026-12-02T12:00", &errors);
	CHECK(errors == 0);
	CHECK_HAS(out, "warning: ");
	CHECK_HAS(out, "helplines.json: \"crisis\" contacts[1].hours_checked: last checked on "
	    "2025-11-01, more than a year ago");
	CHECK(strstr(out, "contacts[1].checked:") == NULL);
	/* 365 days is still fresh; the 366th day warns. */
	out = check_at(NULL, NULL, NULL, "2027-11-20T12:00", &errors);
	CHECK(strstr(out, "contacts[1].checked") == NULL);
	out = check_at(NULL, NULL, NULL, "2027-11-21T12:00", &errors);
	CHECK(errors == 0);
	CHECK_HAS(out, "\"crisis\" contacts[1].checked: last checked on 2026-11-20");
}

/* The fixture's 112 web contact, first as one page for everyone, then per language. */
#define WEB_PLAIN "{\"type\": \"web\", \"value\": \"https://112.fi/en\""
#define PAGE(url, date) "{\"url\": \"" url "\", \"checked\": \"" date "\", \"source\": \"" url "\"}"
#define WEB_FI_EN "{\"type\": \"web\", \"value\": {\"fi\": " PAGE("https://112.fi/fi-page", \
	"2026-11-30") ", \"en\": " PAGE("https://112.fi/en", "2026-11-22") "}"

/*
 * Web addresses per language: the page each reader sees (their own, else
 * English, Finnish, Swedish), its language tag, the detail view, the
 * warning for a language without a page, and the loader's shape errors.
 */
static void
check_addresses(void)
{
	struct content c;
	struct tuki_error err = { 0 };
	const struct contact *web;
	struct address_choice k;
	const char *out;
	char *text;
	time_t now;
	int errors;

	CHECK(clock_parse_iso("2026-12-01T10:00", &now));
	/* A plain string is the same page for every reader: never tagged. */
	prepare(NULL, NULL, NULL);
	CHECK(content_load(&c, tmpdir, &err) == 0);
	web = helpline_contact(content_helpline(&c, "emergency-112"), CONTACT_WEB);
	k = web_address_for(&web->address, (int)LANG_SV);
	CHECK_STR(k.url, "https://112.fi/en");
	CHECK(k.own && k.lang == -1 && address_tag(k) == NULL);
	content_free(&c);

	prepare("helplines.json", WEB_PLAIN, WEB_FI_EN);
	CHECK(content_load(&c, tmpdir, &err) == 0);
	web = helpline_contact(content_helpline(&c, "emergency-112"), CONTACT_WEB);
	k = web_address_for(&web->address, (int)LANG_FI);
	CHECK_STR(k.url, "https://112.fi/fi-page");
	CHECK(k.own && k.lang == (int)LANG_FI && address_tag(k) == NULL);
	/* No Swedish page: the English one, tagged; then Finnish before Swedish. */
	k = web_address_for(&web->address, (int)LANG_SV);
	CHECK_STR(k.url, "https://112.fi/en");
	CHECK(!k.own && k.lang == (int)LANG_EN);
	CHECK_STR(address_tag(k), "in English");
	k = web_address_for(&web->address, LANG_NONE);
	CHECK_STR(k.url, "https://112.fi/en");
	CHECK(k.own);
	CHECK_STR(web->value, "https://112.fi/en");
	/* The detail view shows the reader's page; another language's is tagged.
	 * No catalog is bound here, so lang_activate() would fall back to English
	 * for everything; the page follows the inline-text language, set as the
	 * reader's. */
	local_text_use((int)LANG_FI);
	text = detail_of(&c, "emergency-112", now);
	CHECK_HAS(text, "https://112.fi/fi-page\n");
	CHECK(strstr(text, "112.fi/en") == NULL);
	/* Under it, the date that page was found on, not the English one's. */
	CHECK_HAS(text, "https://112.fi/fi-page\n    Online, any time\nChecked on 2026-11-30\n");
	free(text);
	local_text_use((int)LANG_SV);
	text = detail_of(&c, "emergency-112", now);
	CHECK_HAS(text, "https://112.fi/en (in English)\n    Online, any time\nChecked on 2026-11-22\n");
	free(text);
	local_text_use((int)LANG_EN);
	content_free(&c);

	/* --check-content: a language without its own page is a warning; each
	 * page's date is checked like every other fact. */
	out = check_at("helplines.json", WEB_PLAIN, WEB_FI_EN, "2026-12-02T12:00", &errors);
	CHECK(errors == 0);
	CHECK_HAS(out, "warning: ");
	CHECK_HAS(out, "helplines.json: \"emergency-112\" contacts[1].value: no Swedish page; the "
	    "English one is shown");
	CHECK(strstr(out, "no Finnish page") == NULL && strstr(out, "no English page") == NULL);
	out = check_at("helplines.json", WEB_PLAIN, WEB_FI_EN, "2026-11-29T12:00", &errors);
	CHECK(errors == 1);
	CHECK_HAS(out, "\"emergency-112\" contacts[1].value.fi.checked: 2026-11-30 is in the future");

	/* Shape errors name the file, the line and the JSON path. */
	BAD("helplines.json", WEB_PLAIN, "{\"type\": \"web\", \"value\": {}",
	    "helplines.json:24: helplines[0].contacts[1].value: expected the page in at least "
	    "one of the languages fi, sv, en");
	BAD("helplines.json", WEB_PLAIN, "{\"type\": \"web\", \"value\": 3",
	    "helplines[0].contacts[1].value: expected a web address, or the addresses by language");
	BAD("helplines.json", WEB_PLAIN, "{\"type\": \"web\", \"value\": {\"de\": "
	    PAGE("https://112.fi/de", "2026-11-22") "}",
	    "helplines[0].contacts[1].value: unknown field \"de\"");
	BAD("helplines.json", WEB_PLAIN, "{\"type\": \"web\", \"value\": {\"fi\": \"https://112.fi\"}",
	    "helplines[0].contacts[1].value.fi: expected {\"url\": ..., \"checked\": ..., "
	    "\"source\": ...}");
	BAD("helplines.json", WEB_PLAIN, "{\"type\": \"web\", \"value\": {\"fi\": "
	    "{\"url\": \"ftp://112.fi\", \"checked\": \"2026-11-22\", \"source\": \"https://112.fi\"}}",
	    "helplines[0].contacts[1].value.fi.url: expected a web address starting with https://");
	BAD("helplines.json", WEB_PLAIN, "{\"type\": \"web\", \"value\": {\"sv\": "
	    "{\"url\": \"https://112.fi/sv\", \"source\": \"https://112.fi/sv\"}}",
	    "helplines[0].contacts[1].value.sv: the field \"checked\" is missing");
	BAD("helplines.json", "\"further_reading\": [\"https://112.fi/en\"]",
	    "\"further_reading\": [{\"sv\": \"https://112.fi/sv\"}]",
	    "helplines[0].further_reading[0].sv: expected {\"url\"");
	BAD("steps.json", "\"web\": \"https://poliisi.fi/en/report-a-crime\",",
	    "\"web\": \"https://poliisi.fi/en/report-a-crime\", \"web_fi\": \"https://poliisi.fi\",",
	    "agencies[0]: unknown field \"web_fi\"");
	/* An agency's page per language, and "read more" pages, load. */
	prepare("steps.json", "\"web\": \"https://poliisi.fi/en/report-a-crime\"",
	    "\"web\": {\"sv\": " PAGE("https://poliisi.fi/sv", "2026-11-22") "}");
	CHECK(content_load(&c, tmpdir, &err) == 0);
	k = web_address_for(&content_agency(&c, "police")->web, (int)LANG_FI);
	CHECK_STR(k.url, "https://poliisi.fi/sv");
	CHECK_STR(address_tag(k), "in Swedish");
	content_free(&c);
}

int
main(void)
{
	int status;

	setlocale(LC_ALL, "C.UTF-8");
	fixtures = getenv("TUKI_FIXTURES");
	if (fixtures == NULL)
		fixtures = "tests/fixtures/good";
	if (mkdtemp(tmpdir) == NULL)
		return 99;

	check_good();
	check_provenance();
	check_dates();
	check_detail();
	check_addresses();

	/* Shape errors name the file, line and JSON path. */
	BAD("pages.json", "\"title\": \"You are not alone\",", "",
	    "pages.json:4: pages[0]: the field \"title\" is missing");
	BAD("pages.json", "\"heavy\": true", "\"heavy\": \"yes\"",
	    "pages[1].heavy: expected true or false, found a string");
	/* A page's links name places tuki has. */
	BAD("pages.json", "\"heavy\": true", "\"heavy\": true, \"see\": [\"steps\", \"shop\"]",
	    "pages[1].see[1]: expected one of: coping, steps, helplines, breathing");
	BAD("pages.json", "\"heavy\": true", "\"heavy\": true, \"see\": []",
	    "pages[1].see: the list must not be empty");
	BAD("pages.json", "{\"li\": \"First item\"}", "{\"li\": \"First item\", \"p\": \"x\"}",
	    "pages[0].body[1]: a block is an object with exactly one of");
	BAD("pages.json", "\"section\": \"about\"", "\"section\": \"misc\"",
	    "pages[2].section: expected one of: reassurance, coping, about");
	BAD("pages.json", "\"section\": \"about\"", "\"section\": \"coping\"",
	    "no page in the section \"about\"");
	BAD("pages.json", "\"id\": \"privacy\"", "\"id\": \"not-alone\"",
	    "pages.json: pages[2].id: the id \"not-alone\" is used twice");
	BAD("pages.json", "{\n  \"pages\"", "[\n  \"pages\"", "JSON syntax error");
	BAD("pages.json", "\"title\": \"Your privacy\",", "\"titel\": \"Your privacy\",",
	    "pages[2]: unknown field \"titel\"");
	BAD("pages.json", "Tens of thousands", "Call 09 2525 0111, tens of thousands",
	    "a phone number belongs in the data");
	BAD("pages.json", "Tens of thousands", "See https://example.org, tens",
	    "a web address belongs in the data");
	BAD("pages.json", "Tens of thousands", "Tens \\u001b[31m of thousands",
	    "pages[0].body[0].p: contains U+001B, a control, invisible or text-direction character");
	BAD("pages.json", "Tens of thousands", "Tens \xe2\x80\xae of thousands",
	    "contains U+202E, a control, invisible");
	/* Invisible characters (QA m6): a zero-width space, a tag character
	 * ("ASCII smuggling", also as an escaped pair), private use, U+2028. */
	BAD("pages.json", "Tens of thousands", "Tens\xe2\x80\x8b of thousands",
	    "pages[0].body[0].p: contains U+200B");
	BAD("pages.json", "Tens of thousands", "Tens \xf3\xa0\x81\x81 of thousands",
	    "contains U+E0041");
	BAD("pages.json", "Tens of thousands", "Tens \\udb40\\udc41 of thousands",
	    "contains U+E0041");
	BAD("pages.json", "Tens of thousands", "Tens \xee\x80\x80 of thousands",
	    "contains U+E000");
	BAD("pages.json", "Tens of thousands", "Tens\\u2028of thousands",
	    "contains U+2028");
	BAD("pages.json", "{phone:crisis}", "{phone:nobody}",
	    "pages.json:20: pages[1].body[1].p: the placeholder {phone:nobody} names nothing");
	BAD("pages.json", "{phone:crisis}", "{fax:crisis}", "must start a placeholder");
	BAD("pages.json", "{\n  \"pages\": [", "{\n  \"pages\": {", "JSON syntax error");
	BAD("pages.json", "{\n  \"pages\": [", "{\"pages\": 3, \"x\": [", "unknown field \"x\"");

	BAD("steps.json", "\"helplines\": [\"crisis\"]", "\"helplines\": [\"gone\"]",
	    "steps[0].helplines[0]: no helpline has the id \"gone\"");
	BAD("steps.json", "\"agency\": \"police\"", "\"agency\": \"army\"",
	    "steps[0].agency: no agency has the id \"army\"");
	BAD("steps.json", "\"group\": \"later\"", "\"group\": \"someday\"",
	    "steps[1].group: expected one of: first, next, later");
	BAD("steps.json", "\"why\": [\"Talking helps.\"]", "\"why\": []",
	    "steps[1].why: the list must not be empty");
	BAD("steps.json", "\"checked\": \"2026-11-22\"", "\"checked\": \"2026-02-30\"",
	    "agencies[0].checked: expected a date as YYYY-MM-DD");
	BAD("steps.json", "\"checked\": \"2026-11-22\", ", "",
	    "steps.json:3: agencies[0]: \"police\": the field \"checked\" is missing");
	BAD("steps.json", "\"checked\": \"2026-11-22\"", "\"verified\": \"2026-11-22\"",
	    "agencies[0]: the field \"verified\" is no longer used");
	BAD("steps.json", "\"id\": \"police\"", "\"id\": \"crisis\"",
	    "the id \"crisis\" is already a helpline's id");
	BAD("steps.json", "\"id\": \"talk\"", "\"id\": \"Talk Now\"",
	    "steps[1].id: expected an id of lowercase letters");

	BAD("helplines.json", "\"value\": \"112\"", "\"value\": \"one-one-two\"",
	    "helplines[0].contacts[0].value: expected a phone number");
	BAD("helplines.json", "\"hours\": \"24/7\",", "\"hours\": \"always\",",
	    "helplines[0].contacts[0].hours: expected \"24/7\", null or an object");
	BAD("helplines.json", "[\"16:00\", \"20:00\"]", "[\"16:00\", \"25:00\"]",
	    "helplines[1].contacts[1].hours.mon[0]: expected a range");
	BAD("helplines.json", "\"tue\": [[", "\"tues\": [[", "unknown field \"tues\"");
	BAD("helplines.json", "\"languages\": [\"fi\", \"sv\"]", "\"languages\": [\"xx\"]",
	    "helplines[0].contacts[0].languages[0]: expected a language code");
	BAD("helplines.json", "\"topics\": [\"crisis\"]", "\"topics\": [\"money\"]",
	    "helplines[1].topics[0]: expected a topic id");
	/* The directory's group: one of three needs, on every helpline. */
	BAD("helplines.json", "\"need\": \"talk\"", "\"need\": \"chat\"",
	    "helplines[0].need: expected one of: talk, report, advice");
	BAD("helplines.json", "\"need\": \"talk\",", "",
	    "helplines[0]: the field \"need\" is missing");
	BAD("helplines.json", "\"need\": \"talk\"", "\"need\": \"report\"",
	    "helplines[0].need: the emergency number belongs under \"talk\"");
	/* Provenance: every contact has its own date and page. */
	BAD("helplines.json", "\"hours\": \"24/7\",\n         \"checked\": \"2026-11-22\", ", "\"hours\": \"24/7\", ",
	    "helplines.json:22: helplines[0].contacts[0]: \"emergency-112\": the field \"checked\" "
	    "is missing");
	BAD("helplines.json", ", \"source\": \"https://mieli.fi/helpline\"}", "}",
	    "helplines[1].contacts[0]: \"crisis\": the field \"source\" is missing");
	BAD("helplines.json", ", \"hours_source\": \"https://mieli.fi/sv\"", "",
	    "helplines[1].contacts[1]: \"crisis\": the field \"hours_source\" is missing");
	BAD("helplines.json", "\"hours_checked\": \"2026-11-21\"", "\"hours_checked\": \"yesterday\"",
	    "helplines[1].contacts[1].hours_checked: expected a date as YYYY-MM-DD");
	BAD("helplines.json", "\"hours_source\": \"https://mieli.fi/sv\"", "\"hours_source\": \"mieli.fi\"",
	    "helplines[1].contacts[1].hours_source: expected");
	BAD("helplines.json", "\"further_reading\": [\"https://112.fi/en\"]",
	    "\"verified\": \"2026-11-22\"", "helplines[0]: the field \"verified\" is no longer used");
	BAD("helplines.json", "\"further_reading\": [\"https://112.fi/en\"]",
	    "\"further_reading\": [\"112.fi\"]", "helplines[0].further_reading[0]: expected");
	/* A web form has no hours. */
	BAD("helplines.json", "\"type\": \"web\", \"value\": \"https://112.fi/en\", \"languages\": [\"en\"],",
	    "\"type\": \"web\", \"value\": \"https://112.fi/en\", \"languages\": [\"en\"], \"hours\": \"24/7\",",
	    "helplines[0].contacts[1]: a web contact has no \"hours\"");
	BAD("helplines.json", "\"type\": \"web\", \"value\": \"https://112.fi/en\", \"languages\": [\"en\"],",
	    "\"type\": \"web\", \"value\": \"https://112.fi/en\", \"languages\": [\"en\"], "
	    "\"hours_checked\": \"2026-11-22\",", "helplines[0].contacts[1]: unknown field \"hours_checked\"");
	BAD("helplines.json", "\"anonymous\": false", "\"anonymous\": 0",
	    "helplines[0].anonymous: expected true, false or null");
	BAD("helplines.json", "\"id\": \"crisis\",\n      \"name\"", "\"id\": \"emergency-112\",\n      \"name\"",
	    "helplines[1].id: the id \"emergency-112\" is used twice");
	BAD("helplines.json", "\"cost\": \"free\"", "\"cost\": \"cheap\"",
	    "helplines[0].cost: expected one of: free, call-price, unknown");
	BAD("helplines.json", "\"name\": \"Crisis line\"", "\"name\": \"Crisis line\", \"name\": \"Again\"",
	    "the key \"name\" appears twice");
	BAD("helplines.json", "\"value\": \"09 2525 0112\"", "\"value\": \"09 2525 0112\", \"x\": 1",
	    "helplines[1].contacts[1]: unknown field \"x\"");

	/* A missing directory or file is 66, not 65. */
	{
		struct content c;
		struct tuki_error err = { 0 };
		char path[512];

		prepare(NULL, NULL, NULL);
		snprintf(path, sizeof path, "%s/steps.json", tmpdir);
		unlink(path);
		CHECK(content_load(&c, tmpdir, &err) == 66);
		CHECK_HAS(err.message, "steps.json: cannot open");
		memset(&err, 0, sizeof err);
		CHECK(content_load(&c, "/nonexistent-tuki", &err) == 66);
		CHECK_HAS(err.message, "/nonexistent-tuki");
		/* A directory where a file belongs. */
		mkdir(path, 0700);
		memset(&err, 0, sizeof err);
		CHECK(content_load(&c, tmpdir, &err) == 66);
		CHECK_HAS(err.message, "steps.json: not a regular file");
		rmdir(path);
	}
	(void)status;

	{
		char cmd[600];

		snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
		if (system(cmd) != 0)
			return 99;
	}
	TEST_DONE();
}
