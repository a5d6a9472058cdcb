#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "sys/i18n.h"
#include "content_index.h"

/* Every indexed struct starts with its id, so one comparison serves all. */
static int
compare_by_id(const void *a, const void *b)
{
	const char *const *x = *(const char *const *const *)a;
	const char *const *y = *(const char *const *const *)b;

	return strcmp(*x, *y);
}

static int
compare_key_to_id(const void *key, const void *entry)
{
	const char *const *id = *(const char *const *const *)entry;

	return strcmp(key, *id);
}

/*
 * Builds a sorted index over n structs of the given size that start with an
 * id; reports a duplicate at its JSON path under list_name.
 */
static const void **
build_index(struct fields *f, const void *base, size_t n, size_t size,
    const char *list_name, const char *key)
{
	const void **index = arena_alloc(f->arena, (n + 1) * sizeof *index);

	for (size_t i = 0; i < n; i++)
		index[i] = (const char *)base + i * size;
	qsort(index, n, sizeof *index, compare_by_id);
	for (size_t i = 1; i < n; i++) {
		const char *id = *(const char *const *)index[i];

		if (strcmp(*(const char *const *)index[i - 1], id) == 0) {
			size_t later = ((const char *)index[i] > (const char *)index[i - 1]
			    ? (size_t)((const char *)index[i] - (const char *)base)
			    : (size_t)((const char *)index[i - 1] - (const char *)base)) / size;
			size_t mark = json_path_key(&f->path, list_name);

			json_path_index(&f->path, later);
			json_path_key(&f->path, key);
			fields_fail(f, NULL, _("the id \"%s\" is used twice"), id);
			json_path_pop(&f->path, mark);
			return NULL;
		}
	}
	return index;
}

static const void *
find(const void *const *index, size_t n, const char *id)
{
	const void *const *hit;

	if (index == NULL)
		return NULL;
	hit = bsearch(id, index, n, sizeof *index, compare_key_to_id);
	return hit != NULL ? *hit : NULL;
}

/* Pages are found by position, not id, but their ids must still be unique. */
bool
content_index_pages(struct content *c, struct fields *f)
{
	return build_index(f, c->pages, c->npages, sizeof *c->pages, "pages", "id") != NULL;
}

bool
content_index_small_lists(struct content *c, struct fields *f)
{
	return build_index(f, c->languages, c->nlanguages, sizeof *c->languages,
	    "languages", "code") != NULL &&
	    build_index(f, c->topics, c->ntopics, sizeof *c->topics, "topics", "id") != NULL;
}

bool
content_index_helplines(struct content *c, struct fields *f, const cJSON *list)
{
	(void)list;
	c->helpline_index = (const struct helpline **)build_index(f, c->helplines,
	    c->nhelplines, sizeof *c->helplines, "helplines", "id");
	return c->helpline_index != NULL;
}

bool
content_index_agencies(struct content *c, struct fields *f)
{
	c->agency_index = (const struct agency **)build_index(f, c->agencies, c->nagencies,
	    sizeof *c->agencies, "agencies", "id");
	if (c->agency_index == NULL)
		return false;
	/* Placeholders name helplines and agencies alike, so ids must not clash. */
	for (size_t i = 0; i < c->nagencies; i++) {
		if (content_helpline(c, c->agencies[i].id) != NULL) {
			size_t mark = json_path_key(&f->path, "agencies");

			json_path_index(&f->path, i);
			json_path_key(&f->path, "id");
			fields_fail(f, NULL, _("the id \"%s\" is already a helpline's id"),
			    c->agencies[i].id);
			json_path_pop(&f->path, mark);
			return false;
		}
	}
	return true;
}

bool
content_check_unique_steps(struct content *c, struct fields *f, const cJSON *list)
{
	(void)list;
	c->step_index = (const struct step **)build_index(f, c->steps, c->nsteps,
	    sizeof *c->steps, "steps", "id");
	return c->step_index != NULL;
}

const struct helpline *
content_helpline(const struct content *c, const char *id)
{
	return find((const void *const *)c->helpline_index, c->nhelplines, id);
}

const struct agency *
content_agency(const struct content *c, const char *id)
{
	return find((const void *const *)c->agency_index, c->nagencies, id);
}

const struct step *
content_step(const struct content *c, const char *id)
{
	return find((const void *const *)c->step_index, c->nsteps, id);
}

/* Topics and languages are a handful: a scan is simplest. */
const struct topic *
content_topic(const struct content *c, const char *id)
{
	for (size_t i = 0; i < c->ntopics; i++)
		if (strcmp(c->topics[i].id, id) == 0)
			return &c->topics[i];
	return NULL;
}

const struct language *
content_language(const struct content *c, const char *code)
{
	for (size_t i = 0; i < c->nlanguages; i++)
		if (strcmp(c->languages[i].code, code) == 0)
			return &c->languages[i];
	return NULL;
}

const struct language *
content_reader_language(const struct content *c, const char *code)
{
	static const struct language unlisted = { .code = "" };
	const struct language *l = content_language(c, code);

	return l != NULL ? l : &unlisted;
}
