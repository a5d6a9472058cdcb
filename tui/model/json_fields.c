#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "sys/i18n.h"
#include "json_fields.h"
#include "sys/lang_list.h"
#include "local_text.h"
#include "placeholder.h"
#include "utf8.h"

bool
fields_fail(struct fields *f, const cJSON *node, const char *fmt, ...)
{
	char what[512];
	va_list ap;
	int line = node != NULL ? json_doc_line(f->doc, node) : 0;
	const char *path = f->path.len ? f->path.text : "$";

	va_start(ap, fmt);
	vsnprintf(what, sizeof what, fmt, ap);
	va_end(ap);
	if (line > 0)
		tuki_error_set(f->err, EXIT_DATAERR, "%s:%d: %s: %s", f->doc->name, line, path, what);
	else
		tuki_error_set(f->err, EXIT_DATAERR, "%s: %s: %s", f->doc->name, path, what);
	return false;
}

size_t
fields_enter_key(struct fields *f, const char *key)
{
	return json_path_key(&f->path, key);
}

size_t
fields_enter_index(struct fields *f, size_t index)
{
	return json_path_index(&f->path, index);
}

/* Names the first character that may not be in a text, so the person
 * fixing the file knows what to look for (it may well be invisible). */
static bool
fail_unsafe(struct fields *f, const cJSON *node, const char *text)
{
	const char *at = text + text_first_unsafe(text);
	unsigned long cp = utf8_next(&at);

	return fields_fail(f, node,
	    _("contains U+%04lX, a control, invisible or text-direction character"), cp);
}

static const char *
type_name(const cJSON *node)
{
	if (cJSON_IsObject(node))
		return _("an object");
	if (cJSON_IsArray(node))
		return _("a list");
	if (cJSON_IsString(node))
		return _("a string");
	if (cJSON_IsNumber(node))
		return _("a number");
	if (cJSON_IsBool(node))
		return _("true or false");
	return _("null");
}

bool
fields_expect_object(struct fields *f, const cJSON *node)
{
	if (cJSON_IsObject(node))
		return true;
	return fields_fail(f, node, _("expected an object, found %s"), type_name(node));
}

bool
fields_only_keys(struct fields *f, const cJSON *object, const char *const *keys)
{
	const cJSON *child;

	cJSON_ArrayForEach(child, object) {
		const char *const *k;

		if (f->local && strncmp(child->string, "_comment", 8) == 0)
			continue;
		for (k = keys; *k != NULL; k++)
			if ((*k)[0] == child->string[0] && strcmp(*k, child->string) == 0)
				break;
		if (*k == NULL) {
			char safe[128];

			return fields_fail(f, child, _("unknown field \"%s\""),
			    sanitize_text(child->string, safe, sizeof safe));
		}
	}
	return true;
}

bool
fields_member(struct fields *f, const cJSON *object, const char *key, bool required,
    cJSON_bool (*check)(const cJSON *), const char *expected, const cJSON **out)
{
	const cJSON *node = json_member(object, key);
	size_t mark;
	bool ok = true;

	*out = NULL;
	if (node == NULL) {
		if (required)
			return fields_fail(f, object, _("the field \"%s\" is missing"), key);
		return true;
	}
	if (!check(node)) {
		mark = fields_enter_key(f, key);
		ok = fields_fail(f, node, _("expected %s, found %s"), _(expected), type_name(node));
		json_path_pop(&f->path, mark);
		return ok;
	}
	*out = node;
	return true;
}

static bool
fail_too_long(struct fields *f, const cJSON *node, size_t len)
{
	return fields_fail(f, node, _("is %zu bytes long; a text may have at most %d "
	    "(split it into paragraphs or shorten it)"), len, TEXT_MAX_BYTES);
}

bool
fields_string(struct fields *f, const cJSON *object, const char *key, bool required,
    const char **out)
{
	const cJSON *node;
	size_t mark, len;
	bool ok = true;

	*out = NULL;
	if (!fields_member(f, object, key, required, cJSON_IsString, N_("a string"), &node))
		return false;
	if (node == NULL)
		return true;
	mark = fields_enter_key(f, key);
	len = strlen(node->valuestring);
	if (len == 0)
		ok = fields_fail(f, node, _("must not be empty"));
	else if (len > TEXT_MAX_BYTES)
		ok = fail_too_long(f, node, len);
	else if (text_first_unsafe_len(node->valuestring, len) >= 0)
		ok = fail_unsafe(f, node, node->valuestring);
	json_path_pop(&f->path, mark);
	if (ok)
		*out = arena_strdup(f->arena, node->valuestring);
	return ok;
}

bool
is_valid_id(const char *s)
{
	size_t n = strlen(s);

	if (n == 0 || n >= PLACEHOLDER_MAX_ID)
		return false;
	for (; *s != '\0'; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-'))
			return false;
	return true;
}

bool
is_valid_url(const char *s)
{
	if (strncmp(s, "https://", 8) != 0 && strncmp(s, "http://", 7) != 0)
		return false;
	for (; *s != '\0'; s++)
		if ((unsigned char)*s <= ' ' || (unsigned char)*s >= 0x7f)
			return false;
	return true;
}

bool
is_valid_phone(const char *s)
{
	int digits = 0;

	if (*s == '+')
		s++;
	for (; *s != '\0'; s++) {
		if (*s >= '0' && *s <= '9')
			digits++;
		else if (*s != ' ')
			return false;
	}
	return digits >= 3 && digits <= 15;
}

/* A string field checked by a predicate; what names the expected form. */
static bool
fields_checked(struct fields *f, const cJSON *object, const char *key, bool required,
    bool (*valid)(const char *), const char *what, const char **out)
{
	size_t mark;
	bool ok = true;

	if (!fields_string(f, object, key, required, out) || *out == NULL)
		return *out == NULL && f->err->status == 0;
	if (!valid(*out)) {
		mark = fields_enter_key(f, key);
		ok = fields_fail(f, json_member(object, key),
		    _("expected %s"), _(what));
		json_path_pop(&f->path, mark);
	}
	return ok;
}

bool
fields_id(struct fields *f, const cJSON *object, const char *key, const char **out)
{
	return fields_checked(f, object, key, true, is_valid_id,
	    N_("an id of lowercase letters, digits and dashes"), out);
}

bool
fields_url(struct fields *f, const cJSON *object, const char *key, bool required,
    const char **out)
{
	return fields_checked(f, object, key, required, is_valid_url,
	    N_("a web address starting with https://"), out);
}

bool
fields_phone(struct fields *f, const cJSON *object, const char *key, bool required,
    const char **out)
{
	return fields_checked(f, object, key, required, is_valid_phone,
	    N_("a phone number of digits and spaces, optionally starting with +"), out);
}

bool
fields_bool(struct fields *f, const cJSON *object, const char *key, bool fallback, bool *out)
{
	const cJSON *node;

	*out = fallback;
	if (!fields_member(f, object, key, false, cJSON_IsBool, N_("true or false"), &node))
		return false;
	if (node != NULL)
		*out = cJSON_IsTrue(node);
	return true;
}

/* Two or four digits at s, as a number; -1 if any is not a digit. */
static int
digits(const char *s, int n)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

bool
fields_date(struct fields *f, const cJSON *object, const char *key, struct date *out)
{
	static const int days_in_month[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	const char *s;
	size_t mark;

	if (!fields_string(f, object, key, true, &s))
		return false;
	if (strlen(s) == 10 && s[4] == '-' && s[7] == '-') {
		out->year = digits(s, 4);
		out->month = digits(s + 5, 2);
		out->day = digits(s + 8, 2);
		if (out->year >= 2000 && out->year <= 2100 && out->month >= 1 && out->month <= 12 &&
		    out->day >= 1 && out->day <= days_in_month[out->month - 1])
			return true;
	}
	mark = fields_enter_key(f, key);
	fields_fail(f, json_member(object, key),
	    _("expected a date as YYYY-MM-DD"));
	json_path_pop(&f->path, mark);
	return false;
}

/* The checks every text passes, shipped or inline. */
static bool
check_text_string(struct fields *f, const cJSON *node)
{
	const char *s, *why;
	size_t pos = 0, len;
	struct placeholder p;
	int found;

	if (!cJSON_IsString(node))
		return fields_fail(f, node, _("expected %s, found %s"), _("a string"), type_name(node));
	s = node->valuestring;
	len = strlen(s);
	if (len == 0)
		return fields_fail(f, node, _("must not be empty"));
	if (len > TEXT_MAX_BYTES)
		return fail_too_long(f, node, len);
	if (text_first_unsafe_len(s, len) >= 0)
		return fail_unsafe(f, node, s);
	if ((why = text_forbidden_data(s)) != NULL)
		return fields_fail(f, node, "%s", _(why));
	while ((found = placeholder_next(s, &pos, &p)) != 0) {
		if (found < 0)
			return fields_fail(f, node,
			    _("a \"{\" must start a placeholder such as {phone:ID}, {web:ID} or {chat:ID}"));
	}
	return true;
}

/* A local.d text: {"fi": ..., "en": ...}, any of the languages on the list
 * (lang_list.h), at least one of them. */
static bool
inline_text(struct fields *f, const cJSON *node, struct text *out)
{
	int n = lang_list_count();
	const char **keys = arena_alloc(f->arena, (size_t)(n + 1) * sizeof *keys);
	struct local_text *t = arena_alloc(f->arena, sizeof *t);
	bool any = false;

	memset(t, 0, sizeof *t);
	t->text = arena_alloc(f->arena, (size_t)n * sizeof *t->text);
	t->given = arena_alloc(f->arena, (size_t)n * sizeof *t->given);
	for (int l = 0; l < n; l++) {
		keys[l] = lang_list_code(l);
		t->text[l] = NULL;
		t->given[l] = false;
	}
	keys[n] = NULL;
	if (!fields_only_keys(f, node, keys))
		return false;
	for (int l = 0; l < n; l++) {
		const cJSON *s = json_member(node, keys[l]);
		size_t mark;
		bool ok;

		if (s == NULL)
			continue;
		mark = fields_enter_key(f, keys[l]);
		ok = check_text_string(f, s);
		json_path_pop(&f->path, mark);
		if (!ok)
			return false;
		t->text[l] = arena_strdup(f->arena, s->valuestring);
		t->given[l] = any = true;
	}
	if (!any)
		/* TRANSLATORS: %s lists the language codes: "fi", "sv", "en". */
		return fields_fail(f, node, _("expected the text in at least one of the languages %s"),
		    lang_list_codes_text());
	local_text_fallback(t);
	t->file = f->doc->name;
	out->local = t;
	out->msgid = t->text[lang_list_source()];
	out->file = f->file;
	out->line = json_doc_line(f->doc, node);
	return true;
}

bool
fields_text_node(struct fields *f, const cJSON *node, struct text *out)
{
	if (f->local && cJSON_IsObject(node))
		return inline_text(f, node, out);
	/* A local string would be looked up as a msgid and shown untranslated. */
	if (f->local)
		/* TRANSLATORS: keep {"%s": "...", "%s": "..."} as it is: the
		 * file must say that ({"fi": "...", "en": "..."}).  The third
		 * %s lists the language codes, the last is a JSON type. */
		return fields_fail(f, node, _("expected the text per language, as "
		    "{\"%s\": \"...\", \"%s\": \"...\"} with any of %s, found %s"),
		    lang_list_code(0), lang_list_code(lang_list_source()), lang_list_codes_text(),
		    type_name(node));
	if (!check_text_string(f, node))
		return false;
	out->msgid = arena_strdup(f->arena, node->valuestring);
	out->file = f->file;
	out->line = json_doc_line(f->doc, node);
	out->path = f->path.len ? arena_strdup(f->arena, f->path.text) : NULL;
	return true;
}

bool
fields_text(struct fields *f, const cJSON *object, const char *key, bool required,
    struct text *out)
{
	const cJSON *node = json_member(object, key);
	size_t mark;
	bool ok;

	memset(out, 0, sizeof *out);
	if (node == NULL) {
		if (required)
			return fields_fail(f, object, _("the field \"%s\" is missing"), key);
		return true;
	}
	mark = fields_enter_key(f, key);
	ok = fields_text_node(f, node, out);
	json_path_pop(&f->path, mark);
	return ok;
}

bool
fields_enum(struct fields *f, const cJSON *object, const char *key,
    const char *const *names, int *out)
{
	const cJSON *node = json_member(object, key);
	char expected[256] = "";
	size_t mark;

	for (int i = 0; names[i] != NULL; i++) {
		if (i > 0)
			strncat(expected, ", ", sizeof expected - strlen(expected) - 1);
		strncat(expected, names[i], sizeof expected - strlen(expected) - 1);
	}
	/* Say what it may be: whoever left it out may not know the choices. */
	if (node == NULL)
		/* TRANSLATORS: a field of a JSON file and its values, written
		 * as in the file. */
		return fields_fail(f, object, _("the field \"%s\" is missing; it must be one "
		    "of: %s"), key, expected);
	for (int i = 0; names[i] != NULL && cJSON_IsString(node); i++) {
		if (strcmp(node->valuestring, names[i]) == 0) {
			*out = i;
			return true;
		}
	}
	mark = fields_enter_key(f, key);
	fields_fail(f, node, _("expected one of: %s"), expected);
	json_path_pop(&f->path, mark);
	return false;
}
