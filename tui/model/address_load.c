#include <config.h>

#include <string.h>

#include "address_load.h"
#include "sys/i18n.h"

static const char *const codes[] = { "fi", "sv", "en", NULL };

const char *
address_language_code(int lang)
{
	return lang >= 0 && lang < ADDRESS_LANGS ? codes[lang] : "";
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
		for (int l = 0; l < ADDRESS_LANGS; l++)
			out->url[l] = url;
		out->same = true;
		return true;
	}
	if (!cJSON_IsObject(node))
		return fields_fail(f, node, _("expected a web address, or the addresses by "
		    "language: {\"fi\": ..., \"sv\": ..., \"en\": ...}"));
	if (!fields_only_keys(f, node, codes))
		return false;
	for (int l = 0; l < ADDRESS_LANGS; l++) {
		const cJSON *page = json_member(node, codes[l]);
		size_t mark;
		bool ok;

		if (page == NULL)
			continue;
		mark = fields_enter_key(f, codes[l]);
		ok = load_one(f, page, l, out);
		json_path_pop(&f->path, mark);
		if (!ok)
			return false;
		any = true;
	}
	if (!any)
		return fields_fail(f, node, _("expected at least one of \"fi\", \"sv\" and \"en\""));
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
