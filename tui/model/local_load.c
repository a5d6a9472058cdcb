/* Merging a centre's local.d files into the content (see local_load.h). */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "sys/i18n.h"
#include "content_index.h"
#include "content_load.h"
#include "file_text.h"
#include "local_load.h"
#include "sys/lang_list.h"
#include "local_text.h"
#include "placeholder_fill.h"
#include "utf8.h"
#include "xalloc.h"

static int
is_json(const struct dirent *d)
{
	size_t n = strlen(d->d_name);

	return d->d_name[0] != '.' && n > 5 && strcmp(d->d_name + n - 5, ".json") == 0;
}

/* Local files can put a number on Help now: only root may write them. */
static bool
safe_owner(const char *path, const struct file_text *ft, uid_t also_owner,
    struct tuki_error *err)
{
	if (ft->uid != 0 && ft->uid != also_owner) {
		tuki_error_set(err, EXIT_DATAERR, _("%s: refused: the file must be owned by "
		    "root, because it can put a phone number on the Help now screen"), path);
		return false;
	}
	if (ft->mode & (S_IWGRP | S_IWOTH)) {
		tuki_error_set(err, EXIT_DATAERR, _("%s: refused: group or others can change "
		    "the file; make it writable by its owner only (chmod 644)"), path);
		return false;
	}
	return true;
}

/* Whoever can write the directory can add a file to it: the same rule. */
static bool
safe_dir(const char *dir, uid_t also_owner, struct tuki_error *err)
{
	struct stat st;

	if (stat(dir, &st) != 0) {
		tuki_error_set(err, EXIT_NOINPUT, _("%s: cannot read the directory: %s"), dir,
		    error_reason(errno));
		return false;
	}
	if (st.st_uid != 0 && st.st_uid != also_owner) {
		tuki_error_set(err, EXIT_DATAERR, _("%s: refused: the directory must be owned by "
		    "root, because its files can put a phone number on the Help now screen"), dir);
		return false;
	}
	if (st.st_mode & (S_IWGRP | S_IWOTH)) {
		tuki_error_set(err, EXIT_DATAERR, _("%s: refused: group or others can add files to "
		    "the directory; make it writable by its owner only (chmod 755)"), dir);
		return false;
	}
	return true;
}

/* The entries read so far from all files, before they are merged. */
struct pending {
	struct helpline *h;
	size_t n, cap;
};

/*
 * One entry's id against the shipped content and the other local entries:
 * a shipped id needs "replaces" naming it; no id twice, and none an
 * agency's (placeholders name both).
 */
static bool
check_id(struct fields *f, const struct content *c, const cJSON *item, struct helpline *h,
    const struct pending *p)
{
	const char *replaces;
	const struct helpline *shipped = content_helpline(c, h->id);

	if (!fields_string(f, item, "replaces", false, &replaces))
		return false;
	if (replaces != NULL && (strcmp(replaces, h->id) != 0 || shipped == NULL))
		return fields_fail(f, item, _("\"replaces\" must repeat the entry's own \"id\", "
		    "which must be the id of a shipped helpline"));
	/* 112 is pinned first and named in every fallback: never a centre's to change. */
	if (shipped != NULL && shipped->emergency)
		return fields_fail(f, item, _("the emergency number \"%s\" cannot be replaced"),
		    h->id);
	if (shipped != NULL && replaces == NULL)
		return fields_fail(f, item, _("the id \"%s\" is already a shipped helpline's; to "
		    "put this entry in its place, add \"replaces\": \"%s\""), h->id, h->id);
	if (content_agency(c, h->id) != NULL)
		return fields_fail(f, item, _("the id \"%s\" is already an agency's id"), h->id);
	for (size_t i = 0; i < p->n; i++)
		if (strcmp(p->h[i].id, h->id) == 0)
			return fields_fail(f, item, _("the id \"%s\" is also used in %s"), h->id,
			    p->h[i].local_file);
	h->origin = shipped != NULL ? ORIGIN_REPLACED : ORIGIN_ADDED;
	return true;
}

static int
load_file(struct content *c, const char *path, uid_t also_owner, struct pending *p,
    struct tuki_error *err)
{
	static const char *const keys[] = { "helplines", NULL };
	struct file_text ft;
	struct json_doc doc;
	struct fields f = { .arena = &c->arena, .doc = &doc, .file = FILE_HELPLINES,
		.err = err, .local = true };
	struct helpline *hs;
	const cJSON *item;
	size_t n, i = 0;
	bool ok;

	if (file_text_read(&ft, path, JSON_DOC_MAX_BYTES, err) != 0)
		return err->status;
	if (!safe_owner(path, &ft, also_owner, err)) {
		file_text_free(&ft);
		return err->status;
	}
	ok = json_doc_parse(&doc, path, ft.text, ft.len, err) == 0;
	file_text_free(&ft);
	if (!ok)
		return err->status;
	ok = fields_expect_object(&f, doc.root) && fields_only_keys(&f, doc.root, keys) &&
	    content_load_helpline_list(&f, c, doc.root, &hs, &n);
	if (ok) {
		size_t mark = fields_enter_key(&f, "helplines");

		cJSON_ArrayForEach(item, json_member(doc.root, "helplines")) {
			size_t m = fields_enter_index(&f, i);

			hs[i].local_file = path;
			if (!(ok = check_id(&f, c, item, &hs[i], p)))
				break;
			json_path_pop(&f.path, m);
			XGROW(p->h, p->n, p->cap, 8);
			p->h[p->n++] = hs[i++];
		}
		json_path_pop(&f.path, mark);
	}
	if (!ok && err->status == 0)
		tuki_error_set(err, EXIT_DATAERR, _("%s: invalid content"), path);
	json_doc_free(&doc);
	return err->status;
}

/* Every placeholder of every text, in every language of an inline one,
 * must name something the merged content has. */
struct placeholder_check {
	const struct content *c;
	struct tuki_error *err;
};

static void
check_one(const struct placeholder_check *pc, const struct text *t, const char *s)
{
	struct placeholder p;
	size_t pos = 0;

	while (pc->err->status == 0 && placeholder_next(s, &pos, &p) > 0) {
		const struct helpline *h;

		if (placeholder_value(pc->c, &p) != NULL)
			continue;
		h = content_helpline(pc->c, p.id);
		if (t->local == NULL && h != NULL && h->local_file != NULL)
			/* A shipped text needs what the replacement left out. */
			tuki_error_set(pc->err, EXIT_DATAERR, _("%s: \"%s\" replaces a shipped "
			    "helpline but has no %s, which %s:%d needs ({%s:%s})"), h->local_file,
			    p.id, p.kind, pc->c->file_names[t->file], t->line, p.kind, p.id);
		else
			tuki_error_set(pc->err, EXIT_DATAERR,
			    _("%s:%d: the placeholder {%s:%s} names nothing that has a %s"),
			    t->local != NULL ? t->local->file : pc->c->file_names[t->file], t->line,
			    p.kind, p.id, p.kind);
	}
}

static void
check_placeholders(const struct text *t, void *data)
{
	const struct placeholder_check *pc = data;

	if (t->local == NULL)
		check_one(pc, t, t->msgid);
	else
		for (int l = 0; l < lang_list_count(); l++)
			check_one(pc, t, t->local->text[l]);
}

/* The shipped list with replacements in place and additions after it. */
static int
merge(struct content *c, const struct pending *p, const char *dir, struct tuki_error *err)
{
	struct content next = *c;
	struct helpline *merged;
	struct json_doc none = { .name = dir };
	struct fields f = { .arena = &c->arena, .doc = &none, .err = err };
	struct placeholder_check pc = { &next, err };
	size_t n = c->nhelplines;

	merged = arena_alloc(&c->arena, (c->nhelplines + p->n + 1) * sizeof *merged);
	memcpy(merged, c->helplines, c->nhelplines * sizeof *merged);
	for (size_t i = 0; i < p->n; i++) {
		if (p->h[i].origin == ORIGIN_REPLACED)
			merged[content_helpline(c, p->h[i].id) - c->helplines] = p->h[i];
		else
			merged[n++] = p->h[i];
	}
	next.helplines = merged;
	next.nhelplines = n;
	if (!content_index_helplines(&next, &f, NULL))
		return err->status;
	content_each_text(&next, check_placeholders, &pc);
	if (err->status != 0)
		return err->status;
	/* Steps link to helplines by pointer: point them into the merged list. */
	for (size_t i = 0; i < c->nsteps; i++)
		for (size_t k = 0; k < c->steps[i].nhelplines; k++)
			c->steps[i].helplines[k] = merged + (c->steps[i].helplines[k] - c->helplines);
	/* The arena grew since next was copied (the merged list is in it). */
	next.arena = c->arena;
	*c = next;
	return 0;
}

int
content_load_local(struct content *c, const char *dir, bool required, uid_t also_owner,
    struct tuki_error *err)
{
	struct dirent **names;
	struct pending p = { 0 };
	int n = scandir(dir, &names, is_json, alphasort);
	int status = 0;

	if (n < 0) {
		if (errno == ENOENT && !required)
			return 0;
		tuki_error_set(err, EXIT_NOINPUT, _("%s: cannot read the directory: %s"), dir,
		    error_reason(errno));
		return EXIT_NOINPUT;
	}
	if (!safe_dir(dir, also_owner, err))
		status = err->status;
	for (int i = 0; i < n; i++) {
		size_t len = strlen(dir) + strlen(names[i]->d_name) + 2;
		char *path = arena_alloc(&c->arena, len);

		snprintf(path, len, "%s/%s", dir, names[i]->d_name);
		if (status == 0)
			status = load_file(c, path, also_owner, &p, err);
		free(names[i]);
	}
	free(names);
	if (status == 0 && p.n > 0)
		status = merge(c, &p, dir, err);
	if (status == 0) {
		c->nlocal_files = (size_t)n;
		local_text_activate(c);
	}
	free(p.h);
	return status;
}
