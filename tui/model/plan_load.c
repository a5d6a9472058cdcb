#include <config.h>

#include <string.h>

#include "sys/i18n.h"
#include "plan.h"
#include "plan_load.h"
#include "utf8.h"

/* A condition string at node into *out, or a message naming what is known. */
static bool
condition(struct fields *f, const cJSON *node, struct plan_condition *out)
{
	char safe[80];

	if (!cJSON_IsString(node))
		return fields_fail(f, node, _("expected a condition such as \"threat=yes\""));
	if (plan_parse_condition(node->valuestring, out))
		return true;
	return fields_fail(f, node, _("unknown question or answer \"%s\": the questions are "
	    "threat, misused, leaked, minor and for-other (see content/README.md)"),
	    sanitize_text(node->valuestring, safe, sizeof safe));
}

static bool
load_relevance(struct fields *f, const cJSON *node, struct step *s)
{
	static const char *const ranks[RANK_COUNT] = { "urgent", "relevant", "not_relevant" };
	static const char *const keys[] = { "urgent", "relevant", "not_relevant", NULL };
	const cJSON *rel, *list, *item;
	size_t mark;

	if (!fields_member(f, node, "relevance", false, cJSON_IsObject, N_("an object"), &rel))
		return false;
	if (rel == NULL)
		return true;
	mark = fields_enter_key(f, "relevance");
	if (!fields_only_keys(f, rel, keys))
		return false;
	for (int r = 0; r < RANK_COUNT; r++) {
		size_t i = 0, m;

		if (!fields_member(f, rel, ranks[r], false, cJSON_IsArray, N_("a list"), &list))
			return false;
		if (list == NULL)
			continue;
		s->relevance.nwhen[r] = (size_t)cJSON_GetArraySize(list);
		s->relevance.when[r] = arena_alloc(f->arena,
		    (s->relevance.nwhen[r] + 1) * sizeof *s->relevance.when[r]);
		m = fields_enter_key(f, ranks[r]);
		cJSON_ArrayForEach(item, list) {
			size_t k = fields_enter_index(f, i);

			if (!condition(f, item, &s->relevance.when[r][i]))
				return false;
			json_path_pop(&f->path, k);
			i++;
		}
		json_path_pop(&f->path, m);
	}
	json_path_pop(&f->path, mark);
	return true;
}

static bool
load_notes(struct fields *f, const cJSON *node, struct step *s)
{
	static const char *const keys[] = { "when", "unless", "text", NULL };
	const cJSON *list, *item;
	size_t i = 0, mark;

	if (!fields_member(f, node, "notes", false, cJSON_IsArray, N_("a list"), &list))
		return false;
	if (list == NULL)
		return true;
	s->nnotes = (size_t)cJSON_GetArraySize(list);
	s->notes = arena_alloc(f->arena, (s->nnotes + 1) * sizeof *s->notes);
	mark = fields_enter_key(f, "notes");
	cJSON_ArrayForEach(item, list) {
		size_t m = fields_enter_index(f, i), k;
		struct step_note *note = &s->notes[i];
		const char *when, *unless;

		if (!fields_expect_object(f, item) || !fields_only_keys(f, item, keys) ||
		    !fields_string(f, item, "when", true, &when) ||
		    !fields_string(f, item, "unless", false, &unless) ||
		    !fields_text(f, item, "text", true, &note->text))
			return false;
		k = fields_enter_key(f, "when");
		if (!condition(f, json_member(item, "when"), &note->when))
			return false;
		json_path_pop(&f->path, k);
		if (unless != NULL) {
			k = fields_enter_key(f, "unless");
			if (!condition(f, json_member(item, "unless"), &note->unless))
				return false;
			json_path_pop(&f->path, k);
			note->has_unless = true;
		}
		note->text.note_format = "Step \"%s\": said only to someone who answered %s.";
		note->text.note_id = s->id;
		note->text.note_what = when;
		json_path_pop(&f->path, m);
		i++;
	}
	json_path_pop(&f->path, mark);
	return true;
}

bool
plan_load_step(struct fields *f, const cJSON *node, struct step *s)
{
	return load_relevance(f, node, s) && load_notes(f, node, s);
}
