#include <config.h>

#include <string.h>

#include "address_load.h"
#include "sys/i18n.h"

/* The keys an address object may have: the list's codes, NULL-terminated. */
static const char *const *
codes(void)
{
	static const char *list[LANG_LIST_MAX + 1];

	if (list[0] == NULL)
		for (int l = 0; l < lang_list_count(); l++)
			list[l] = lang_list_code(l);
	return list;
}

const char *
address_language_code(int lang)
{
	return lang >= 0 && lang < lang_list_count() ? lang_list_code(lang) : "";
}

/* One language's page: {"url": ..., "checked": ..., "source": ...}. */
static bool
load_one(struct fields *f, const cJSON *node, int lang, struct web_address *out)
{
	static const char *const keys[] = { "url", "checked", "source", NULL };

	if (!cJSON_IsObject(node))
		return fields_fail(f, node, _("expected {\"url\": ..., \"checked\": ..., "
		    "\"source\": ...}: the page in this language, the date it was found and the "
		    "page it was found on"));
	return fields_only_keys(f, node, keys) &&
	    fields_url(f, node, "url", true, &out->url[lang]) &&
	    fields_date(f, node, "checked", &out->checked[lang].checked) &&
	    fields_url(f, node, "source", true, &out->checked[lang].source);
}

bool
load_web_address(struct fields *f, const cJSON *node, struct web_address *out)
{
	bool any = false;

	memset(out, 0, sizeof *out);
	if (cJSON_IsString(node)) {
		const char *url;

		if (!is_valid_url(node->valuestring))
			return fields_fail(f, node, _("expected %s"),
			    _("a web address starting with https://"));
		url = arena_strdup(f->arena, node->valuestring);
		out->url = arena_alloc(f->arena, (size_t)lang_list_count() * sizeof *out->url);
		for (int l = 0; l < lang_list_count(); l++)
			out->url[l] = url;
		out->same = true;
		return true;
	}
	/* TRANSLATORS: %s lists the language codes: "fi, sv, en". */
	if (!cJSON_IsObject(node))
		return fields_fail(f, node, _("expected a web address, or the addresses by "
		    "language (%s): {\"fi\": ..., \"en\": ...}"), lang_list_codes_text());
	if (!fields_only_keys(f, node, codes()))
		return false;
	out->url = arena_alloc(f->arena, (size_t)lang_list_count() * sizeof *out->url);
	out->checked = arena_alloc(f->arena, (size_t)lang_list_count() * sizeof *out->checked);
	for (int l = 0; l < lang_list_count(); l++) {
		const char *code = lang_list_code(l);
		const cJSON *page = json_member(node, code);
		size_t mark;
		bool ok;

		if (page == NULL)
			continue;
		mark = fields_enter_key(f, code);
		ok = load_one(f, page, l, out);
		json_path_pop(&f->path, mark);
		if (!ok)
			return false;
		any = true;
	}
	/* TRANSLATORS: %s lists the language codes: "fi, sv, en". */
	if (!any)
		return fields_fail(f, node, _("expected the page in at least one of the languages %s"),
		    lang_list_codes_text());
	return true;
}

bool
fields_web_address(struct fields *f, const cJSON *object, const char *key, bool required,
    struct web_address *out)
{
	const cJSON *node = json_member(object, key);
	size_t mark;
	bool ok;

	memset(out, 0, sizeof *out);
	if (node == NULL)
		return !required || fields_fail(f, object, _("the field \"%s\" is missing"), key);
	mark = fields_enter_key(f, key);
	ok = load_web_address(f, node, out);
	json_path_pop(&f->path, mark);
	return ok;
}
