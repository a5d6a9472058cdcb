/*
 * A centre's local.d files: the inline text type (languages and their
 * fallback, following the current language) and the merge rules
 * (duplicate ids, "replaces", unsafe files, all or nothing).
 */
#include <config.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../tui/model/contact_choice.h"
#include "../../tui/model/content.h"
#include "../../tui/sys/lang_list.h"
#include "../../tui/model/local_load.h"
#include "../../tui/model/local_text.h"
#include "test.h"
#include "test_lang.h"

#define LOCAL_FI lang_list_find("fi")
#define LOCAL_SV lang_list_find("sv")
#define LOCAL_EN lang_list_find("en")

/* An inline text with fi, sv and en as given (NULL: not written). */
static struct local_text
inline3(const char **text, bool *given, const char *fi, const char *sv, const char *en)
{
	for (int l = 0; l < lang_list_count(); l++) {
		text[l] = NULL;
		given[l] = false;
	}
	text[LOCAL_FI] = fi;
	text[LOCAL_SV] = sv;
	text[LOCAL_EN] = en;
	given[LOCAL_FI] = fi != NULL;
	given[LOCAL_SV] = sv != NULL;
	given[LOCAL_EN] = en != NULL;
	return (struct local_text){ .text = text, .given = given };
}

static char dir[] = "/tmp/tuki-local-XXXXXX";
static char path[256];

static void
put(const char *name, const char *text, mode_t mode)
{
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	f = fopen(path, "w");
	fputs(text, f);
	fclose(f);
	chmod(path, mode);
}

static void
clear(void)
{
	const char *names[] = { "a.json", "b.json" };

	for (int i = 0; i < 2; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		unlink(path);
	}
}

/* One helpline entry with the given id, extra fields and name object. */
static char *
entry(const char *id, const char *extra, const char *name)
{
	static char buf[2048];

	snprintf(buf, sizeof buf, "{\"helplines\": [{\"id\": \"%s\", %s \"name\": %s, "
	    "\"description\": {\"en\": \"Walk in.\"}, \"anonymous\": true, \"cost\": \"free\", "
	    "\"need\": \"talk\", "
	    "\"topics\": [], \"contacts\": [{\"type\": \"phone\", \"value\": \"09 123 456\", "
	    "\"languages\": [\"fi\"], \"hours\": \"24/7\", \"checked\": \"2026-11-30\", "
	    "\"source\": \"https://example.org\"}]}]}\n", id, extra, name);
	return buf;
}

/* s with its first "from" replaced by "to" (an entry's field changed). */
static char *
edit(const char *s, const char *from, const char *to)
{
	static char buf[2048];
	const char *at = strstr(s, from);

	if (at == NULL)
		return NULL;
	snprintf(buf, sizeof buf, "%.*s%s%s", (int)(at - s), s, to, at + strlen(from));
	return buf;
}

static int
load(struct content *c, const char *fixtures, struct tuki_error *err)
{
	memset(err, 0, sizeof *err);
	if (content_load(c, fixtures, err) != 0) {
		fprintf(stderr, "fixtures: %s\n", err->message);
		exit(1);
	}
	return content_load_local(c, dir, true, getuid(), err);
}

int
main(void)
{
	const char *fixtures = getenv("TUKI_FIXTURES");
	struct content c;
	struct tuki_error err;
	const struct helpline *h;
	size_t shipped;

	if (fixtures == NULL || mkdtemp(dir) == NULL)
		return 77;

	/* The inline text type: each language, and the fallback order. */
	{
		const char *text[LANG_LIST_MAX];
		bool given[LANG_LIST_MAX];
		struct local_text t = inline3(text, given, "fi", NULL, NULL);

		local_text_fallback(&t);
		CHECK_STR(t.text[LOCAL_EN], "fi");
		CHECK_STR(t.text[LOCAL_SV], "fi");
	}
	{
		const char *text[LANG_LIST_MAX];
		bool given[LANG_LIST_MAX];
		struct local_text t = inline3(text, given, NULL, NULL, "en");

		local_text_fallback(&t);
		CHECK_STR(t.text[LOCAL_FI], "en");
		CHECK_STR(t.text[LOCAL_SV], "en");
	}
	{
		const char *text[LANG_LIST_MAX];
		bool given[LANG_LIST_MAX];
		struct local_text t = inline3(text, given, "fi", NULL, "en");

		local_text_fallback(&t);      /* Swedish missing: English first */
		CHECK_STR(t.text[LOCAL_SV], "en");
	}

	/* A new entry: merged after the shipped ones, its text per language. */
	put("a.json", entry("centre", "\"crisis\": true,",
	    "{\"fi\": \"Keskus\", \"sv\": \"Centret\", \"en\": \"Centre\"}"), 0644);
	CHECK(load(&c, fixtures, &err) == 0);
	shipped = c.nhelplines - 1;
	h = content_helpline(&c, "centre");
	CHECK(h != NULL && h->origin == ORIGIN_ADDED && h->crisis);
	if (h == NULL)
		return 1;
	CHECK(h == &c.helplines[shipped]);
	CHECK(h->local_file != NULL && strstr(h->local_file, "a.json") != NULL);
	local_text_use(LOCAL_SV);
	CHECK_STR(h->name.msgid, "Centret");
	local_text_use(LOCAL_FI);
	CHECK_STR(h->name.msgid, "Keskus");
	CHECK_STR(h->description.msgid, "Walk in.");   /* fi missing: English */
	CHECK(!h->description.local->given[LOCAL_FI]);
	local_text_use(LOCAL_EN);
	CHECK_STR(h->name.msgid, "Centre");
	content_free(&c);
	local_text_use(LOCAL_FI);   /* nothing active: must not touch freed memory */

	/* An id that repeats a shipped one, without "replaces": refused, nothing merged. */
	put("a.json", entry("crisis", "", "{\"en\": \"Crisis\"}"), 0644);
	CHECK(load(&c, fixtures, &err) == 65);
	CHECK_HAS(err.message, "is already a shipped helpline's");
	CHECK_HAS(err.message, "a.json:1: helplines[0]");
	h = content_helpline(&c, "crisis");
	CHECK(h != NULL && h->origin == ORIGIN_SHIPPED);
	content_free(&c);

	/* With "replaces": in the shipped entry's place, steps follow it. */
	put("a.json", entry("crisis", "\"replaces\": \"crisis\",", "{\"en\": \"Our crisis line\"}"),
	    0644);
	CHECK(load(&c, fixtures, &err) == 0);
	h = content_helpline(&c, "crisis");
	CHECK(h != NULL && h->origin == ORIGIN_REPLACED);
	CHECK_STR(h != NULL ? h->name.msgid : NULL, "Our crisis line");
	for (size_t i = 0; i < c.nsteps; i++)
		for (size_t k = 0; k < c.steps[i].nhelplines; k++)
			CHECK(c.steps[i].helplines[k] >= c.helplines &&
			    c.steps[i].helplines[k] < c.helplines + c.nhelplines);
	content_free(&c);

	/* The emergency number is never replaced. */
	put("a.json", entry("emergency-112", "\"replaces\": \"emergency-112\",", "{\"en\": \"X\"}"),
	    0644);
	CHECK(load(&c, fixtures, &err) == 65);
	CHECK_HAS(err.message, "cannot be replaced");
	content_free(&c);

	/* "replaces" naming another entry, or nothing shipped. */
	put("a.json", entry("ours", "\"replaces\": \"crisis\",", "{\"en\": \"X\"}"), 0644);
	CHECK(load(&c, fixtures, &err) == 65);
	CHECK_HAS(err.message, "\"replaces\" must repeat");
	content_free(&c);

	/* The same id in two files names the first file. */
	put("a.json", entry("ours", "", "{\"en\": \"X\"}"), 0644);
	put("b.json", entry("ours", "", "{\"en\": \"Y\"}"), 0644);
	CHECK(load(&c, fixtures, &err) == 65);
	CHECK_HAS(err.message, "is also used in");
	CHECK(content_helpline(&c, "ours") == NULL);
	content_free(&c);

	/* All or nothing: a broken second file leaves the first one out too. */
	put("b.json", "{\"helplines\": [", 0644);
	CHECK(load(&c, fixtures, &err) == 65);
	CHECK(content_helpline(&c, "ours") == NULL);
	content_free(&c);
	clear();

	/* Missing language: an inline text needs at least one; unknown keys are errors. */
	put("a.json", entry("ours", "", "{}"), 0644);
	CHECK(load(&c, fixtures, &err) == 65);
	CHECK_HAS(err.message, "helplines[0].name: expected the text in at least one");
	content_free(&c);
	put("a.json", entry("ours", "", "{\"de\": \"X\"}"), 0644);
	CHECK(load(&c, fixtures, &err) == 65);
	CHECK_HAS(err.message, "unknown field \"de\"");
	content_free(&c);

	/* "need" (the directory's group) came after local.d: never guessed. */
	put("a.json", edit(entry("ours", "", "{\"en\": \"X\"}"), "\"need\": \"talk\", ", ""),
	    0644);
	CHECK(load(&c, fixtures, &err) == 65);
	CHECK_HAS(err.message, "a.json:1: helplines[0]: the field \"need\" is missing; "
	    "it must be one of: talk, report, advice");
	CHECK(content_helpline(&c, "ours") == NULL);
	content_free(&c);
	put("a.json", edit(entry("ours", "", "{\"en\": \"X\"}"), "\"talk\"", "\"crisis\""),
	    0644);
	CHECK(load(&c, fixtures, &err) == 65);
	CHECK_HAS(err.message, "helplines[0].need: expected one of: talk, report, advice");
	content_free(&c);
	put("a.json", edit(entry("ours", "", "{\"en\": \"X\"}"), "\"talk\"", "null"), 0644);
	CHECK(load(&c, fixtures, &err) == 65);
	CHECK_HAS(err.message, "helplines[0].need: expected one of: talk, report, advice");
	content_free(&c);

	/* A plain string is not a text here: it would show as it is in every language. */
	put("a.json", entry("ours", "", "\"Our helpline\""), 0644);
	CHECK(load(&c, fixtures, &err) == 65);
	CHECK_HAS(err.message, "a.json:1: helplines[0].name: expected the text per language, "
	    "as {\"fi\": \"...\", \"en\": \"...\"} with any of fi, sv, en, found a string");
	CHECK(content_helpline(&c, "ours") == NULL);
	content_free(&c);

	/* Permissions: writable by group or others, or owned by someone else. */
	put("a.json", entry("ours", "", "{\"en\": \"X\"}"), 0664);
	CHECK(load(&c, fixtures, &err) == 65);
	CHECK_HAS(err.message, "refused: group or others can change the file");
	content_free(&c);
	chmod(path, 0644);
	memset(&err, 0, sizeof err);
	CHECK(content_load(&c, fixtures, &err) == 0);
	if (getuid() != 0) {
		/* Not root: the file is this user's, accepted only when asked for. */
		CHECK(content_load_local(&c, dir, true, (uid_t)-1, &err) == 65);
		CHECK_HAS(err.message, "must be owned by root");
	} else if (chown(path, 65534, 65534) == 0) {
		CHECK(content_load_local(&c, dir, true, 0, &err) == 65);
		CHECK_HAS(err.message, "must be owned by root");
	}
	content_free(&c);

	/* The directory too: whoever can write it can add a file (even with +t). */
	CHECK(chown(path, getuid(), getgid()) == 0);
	put("a.json", entry("ours", "", "{\"en\": \"X\"}"), 0644);
	{
		const mode_t unsafe[] = { 0770, 0707, 01777 };

		for (size_t i = 0; i < sizeof unsafe / sizeof *unsafe; i++) {
			chmod(dir, unsafe[i]);
			CHECK(load(&c, fixtures, &err) == 65);
			CHECK_HAS(err.message, "refused: group or others can add files to the directory");
			CHECK_HAS(err.message, dir);
			CHECK(content_helpline(&c, "ours") == NULL);
			content_free(&c);
		}
	}
	chmod(dir, 0755);
	CHECK(load(&c, fixtures, &err) == 0);
	CHECK(content_helpline(&c, "ours") != NULL);
	content_free(&c);
	if (getuid() == 0 && chown(dir, 65534, 65534) == 0) {
		CHECK(load(&c, fixtures, &err) == 65);
		CHECK_HAS(err.message, "refused: the directory must be owned by root");
		content_free(&c);
		CHECK(chown(dir, 0, 0) == 0);
	} else {
		/* tests/cli/local-dir-owner.sh says why when it cannot run either. */
		fprintf(stderr, "not root: the directory owned by another user is not tested here\n");
	}
	clear();

	/* A centre's web address takes a page per language as shipped content
	 * does ("_comment" keys ignored); a Swedish reader gets its own page. */
	{
		const char *phone = "{\"type\": \"phone\", \"value\": \"09 123 456\", "
		    "\"languages\": [\"fi\"], \"hours\": \"24/7\",";
		const struct helpline *ours;
		struct address_choice k;

		put("a.json", edit(entry("ours", "", "{\"en\": \"X\"}"), phone,
		    "{\"type\": \"web\", \"languages\": [\"fi\", \"sv\"], \"value\": {"
		    "\"_comment\": \"our form\", \"fi\": {\"url\": \"https://example.org/lomake\", "
		    "\"checked\": \"2026-11-30\", \"source\": \"https://example.org/lomake\"}, "
		    "\"sv\": {\"url\": \"https://example.org/blankett\", \"checked\": \"2026-11-30\", "
		    "\"source\": \"https://example.org/blankett\"}},"), 0644);
		CHECK(load(&c, fixtures, &err) == 0);
		ours = content_helpline(&c, "ours");
		CHECK(ours != NULL && ours->ncontacts == 1);
		if (ours != NULL) {
			k = web_address_for(&ours->contacts[0].address, (int)LANG_SV);
			CHECK_STR(k.url, "https://example.org/blankett");
			k = web_address_for(&ours->contacts[0].address, (int)LANG_EN);
			CHECK_STR(k.url, "https://example.org/lomake");
			CHECK(!k.own && k.lang == (int)LANG_FI);
		}
		content_free(&c);
		put("a.json", edit(entry("ours", "", "{\"en\": \"X\"}"), phone,
		    "{\"type\": \"web\", \"languages\": [\"sv\"], \"value\": "
		    "{\"sv\": \"https://example.org/blankett\"},"), 0644);
		CHECK(load(&c, fixtures, &err) == 65);
		CHECK_HAS(err.message, "a.json:1: helplines[0].contacts[0].value.sv: expected {\"url\"");
		content_free(&c);
		clear();
	}

	/* A missing default directory is fine; a named one is not. */
	memset(&err, 0, sizeof err);
	CHECK(content_load(&c, fixtures, &err) == 0);
	CHECK(content_load_local(&c, "/nonexistent/local.d", false, (uid_t)-1, &err) == 0);
	CHECK(content_load_local(&c, "/nonexistent/local.d", true, (uid_t)-1, &err) == 66);
	content_free(&c);
	rmdir(dir);
	TEST_DONE();
}
