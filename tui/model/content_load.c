/* Reading and validating the three content files into struct content. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sys/i18n.h"
#include "content.h"
#include "content_index.h"
#include "address_load.h"
#include "contact_choice.h"
#include "content_load.h"
#include "json_fields.h"
#include "local_text.h"
#include "placeholder_fill.h"
#include "plan_load.h"
#include "utf8.h"

static const char *const file_basenames[FILE_COUNT] = {
	"pages.json", "steps.json", "helplines.json",
};

/* A translator note for a text: its pieces, formatted only by the extractor. */
static void
set_note(struct text *t, const char *fmt, const char *id, const char *what)
{
	t->note_format = fmt;
	t->note_id = id;
	t->note_what = what;
}

/* The array at key, required; its length in *n. */
static bool
array_member(struct fields *f, const cJSON *object, const char *key, bool required,
    const cJSON **out, size_t *n)
{
	if (!fields_member(f, object, key, required, cJSON_IsArray, N_("a list"), out))
		return false;
	*n = *out != NULL ? (size_t)cJSON_GetArraySize(*out) : 0;
	return true;
}

/* Loads a list of texts (paragraphs of a step's why or how). */
/* Loads one element of a list into elem (ctx: what the element needs). */
typedef bool (*element_loader)(struct fields *f, const cJSON *item, void *elem, const void *ctx);

/* How one list in the content is read. */
struct list_spec {
	const char *key;
	bool required;          /* the key must be there */
	bool nonempty;          /* and hold at least one element */
	size_t size;            /* of one element */
	element_loader load;
};

/*
 * The one shape of every list: the array member spec->key of object, n
 * elements (and a spare zeroed one) in the arena, each loaded with its
 * index on the JSON path.  *out stays NULL when an optional list is absent.
 */
static bool
load_list(struct fields *f, const cJSON *object, const struct list_spec *spec, const void *ctx,
    void *out, size_t *n)
{
	const cJSON *list, *item;
	size_t i = 0, mark;
	char *elems;

	*(void **)out = NULL;
	if (!array_member(f, object, spec->key, spec->required, &list, n))
		return false;
	if (list == NULL)
		return true;
	mark = fields_enter_key(f, spec->key);
	if (spec->nonempty && *n == 0)
		return fields_fail(f, list, _("the list must not be empty"));
	elems = arena_alloc(f->arena, (*n + 1) * spec->size);
	cJSON_ArrayForEach(item, list) {
		size_t m = fields_enter_index(f, i);

		if (!spec->load(f, item, elems + i * spec->size, ctx))
			return false;
		json_path_pop(&f->path, m);
		i++;
	}
	json_path_pop(&f->path, mark);
	*(void **)out = elems;
	return true;
}

/* What a paragraph of a step's why or how needs for its translator note. */
struct text_context {
	const char *id, *key;
};

static bool
load_text_item(struct fields *f, const cJSON *item, void *elem, const void *ctx)
{
	const struct text_context *t = ctx;

	if (!fields_text_node(f, item, elem))
		return false;
	set_note(elem, "Step \"%s\": a paragraph of \"%s\".", t->id, t->key);
	return true;
}

/* Loads a list of texts (paragraphs of a step's why or how). */
static bool
load_text_list(struct fields *f, const cJSON *object, const char *key, const char *id,
    struct text **out, size_t *n)
{
	const struct list_spec spec = { key, true, true, sizeof **out, load_text_item };
	const struct text_context ctx = { id, key };

	return load_list(f, object, &spec, &ctx, out, n);
}

/*
 * A date and the page read on it ("checked"/"source", or "hours_checked"/
 * "hours_source"): both or, when optional, neither.  A missing one names
 * the id, so a centre's editor finds the entry.
 */
static bool
load_provenance(struct fields *f, const cJSON *node, const char *date_key, const char *url_key,
    bool required, const char *id, struct provenance *out)
{
	bool has_date = json_member(node, date_key) != NULL;
	bool has_url = json_member(node, url_key) != NULL;

	memset(out, 0, sizeof *out);
	if (!has_date && !has_url && !required)
		return true;
	if (!has_date || !has_url)
		return fields_fail(f, node, _("\"%s\": the field \"%s\" is missing: every fact "
		    "needs \"%s\" (the date it was checked) and \"%s\" (the page it was read on)"),
		    id, has_date ? url_key : date_key, date_key, url_key);
	return fields_date(f, node, date_key, &out->checked) &&
	    fields_url(f, node, url_key, true, &out->source);
}

/* The old single "verified" date per entry is gone; say what replaced it. */
static bool
no_verified(struct fields *f, const cJSON *node)
{
	if (json_member(node, "verified") == NULL)
		return true;
	return fields_fail(f, node, _("the field \"verified\" is no longer used: write the "
	    "date as \"checked\" (for a helpline, on each of its contacts; see content/README.md)"));
}

/* ---- pages.json ------------------------------------------------------- */

/* What a translator should know about a block beyond its kind. */
static const char *
block_note(struct fields *f, enum block_kind kind, const char *comment)
{
	char *out;
	size_t size;

	if (comment == NULL)
		return kind == BLOCK_ITEM ? "; the items of a list continue the paragraph before "
		    "them, so give them one grammatical form" : "";
	size = strlen(comment) + 4;
	out = arena_alloc(f->arena, size);
	snprintf(out, size, " (%s)", comment);
	return out;
}

static bool
load_block(struct fields *f, const cJSON *node, const char *page_id, struct block *b)
{
	static const char *const kinds[] = { "p", "li", "h" };
	static const char *const notes[] = {
		"Page \"%s\": a paragraph%s.", "Page \"%s\": a list item%s.",
		"Page \"%s\": a subheading%s.",
	};
	const cJSON *child;
	const char *comment = NULL;
	bool has_comment;

	if (!fields_expect_object(f, node))
		return false;
	/* Besides its text, a block may carry a "comment" for translators. */
	has_comment = json_member(node, "comment") != NULL;
	if (cJSON_GetArraySize(node) != 1 + has_comment)
		return fields_fail(f, node,
		    _("a block is an object with exactly one of \"p\", \"li\" or \"h\""));
	if (has_comment && !fields_string(f, node, "comment", false, &comment))
		return false;
	child = node->child;
	if (strcmp(child->string, "comment") == 0)
		child = child->next;
	for (int k = 0; k < 3; k++) {
		if (strcmp(child->string, kinds[k]) == 0) {
			b->kind = (enum block_kind)k;
			if (!fields_text(f, node, kinds[k], true, &b->text))
				return false;
			set_note(&b->text, notes[k], page_id, block_note(f, b->kind, comment));
			return true;
		}
	}
	return fields_fail(f, node,
	    _("a block is an object with exactly one of \"p\", \"li\" or \"h\""));
}

static bool
load_block_item(struct fields *f, const cJSON *item, void *elem, const void *page_id)
{
	return load_block(f, item, page_id, elem);
}

/* One of a page's "see" links: "coping", "steps", "helplines" or "breathing". */
static bool
load_see_item(struct fields *f, const cJSON *item, void *elem, const void *ctx)
{
	static const char *const names[SEE_COUNT] = { "coping", "steps", "helplines", "breathing" };

	(void)ctx;
	for (int i = 0; i < SEE_COUNT && cJSON_IsString(item); i++)
		if (strcmp(item->valuestring, names[i]) == 0) {
			*(enum page_link *)elem = (enum page_link)i;
			return true;
		}
	return fields_fail(f, item, _("expected one of: %s"), "coping, steps, helplines, breathing");
}

static bool
load_page(struct fields *f, const cJSON *node, struct page *p)
{
	static const char *const keys[] = { "id", "section", "title", "heavy", "body", "see", NULL };
	static const struct list_spec see = { "see", false, true, sizeof *p->see, load_see_item };
	static const char *const sections[] = { "reassurance", "coping", "about", NULL };
	static const struct list_spec blocks = { "body", true, true, sizeof *p->blocks, load_block_item };
	int section;

	if (!fields_expect_object(f, node) || !fields_only_keys(f, node, keys) ||
	    !fields_id(f, node, "id", &p->id) ||
	    !fields_enum(f, node, "section", sections, &section) ||
	    !fields_text(f, node, "title", true, &p->title) ||
	    !fields_bool(f, node, "heavy", false, &p->heavy))
		return false;
	p->section = (enum section)section;
	set_note(&p->title, "Title of page \"%s\"%s.", p->id, "");
	return load_list(f, node, &see, NULL, &p->see, &p->nsee) &&
	    load_list(f, node, &blocks, p->id, &p->blocks, &p->nblocks);
}

static bool
load_page_item(struct fields *f, const cJSON *item, void *elem, const void *ctx)
{
	(void)ctx;
	return load_page(f, item, elem);
}

static bool
load_pages(struct fields *f, struct content *c)
{
	static const char *const keys[] = { "pages", NULL };
	static const struct list_spec pages = { "pages", true, false, sizeof *c->pages, load_page_item };
	const cJSON *root = f->doc->root, *list;
	size_t i;

	if (!fields_expect_object(f, root) || !fields_only_keys(f, root, keys) ||
	    !load_list(f, root, &pages, NULL, &c->pages, &c->npages))
		return false;
	list = json_member(root, "pages");
	if (!content_index_pages(c, f))
		return false;
	for (int s = 0; s < SECTION_COUNT; s++) {
		bool found = false;

		for (i = 0; i < c->npages && !found; i++)
			found = c->pages[i].section == (enum section)s;
		if (!found)
			return fields_fail(f, list, _("no page in the section \"%s\""),
			    (const char *[]){ "reassurance", "coping", "about" }[s]);
	}
	return true;
}

/* ---- steps.json ------------------------------------------------------- */

static bool
load_agency(struct fields *f, const cJSON *node, struct agency *a)
{
	static const char *const keys[] = { "id", "name", "phone", "web",
		"checked", "source", NULL };

	if (!fields_expect_object(f, node) || !no_verified(f, node) ||
	    !fields_only_keys(f, node, keys) ||
	    !fields_id(f, node, "id", &a->id) ||
	    !fields_text(f, node, "name", true, &a->name) ||
	    !fields_phone(f, node, "phone", false, &a->phone) ||
	    !fields_web_address(f, node, "web", false, &a->web) ||
	    !load_provenance(f, node, "checked", "source", true, a->id, &a->checked))
		return false;
	set_note(&a->name, "Official name of the organisation \"%s\"%s: use its own "
	    "name in your language.", a->id, "");
	return true;
}

/* A step's "helplines": ids of helplines, resolved now. */
static bool
load_helpline_ref(struct fields *f, const cJSON *item, void *elem, const void *c)
{
	const struct helpline **h = elem;

	if (!cJSON_IsString(item))
		return fields_fail(f, item, _("expected a helpline id"));
	*h = content_helpline(c, item->valuestring);
	if (*h == NULL) {
		char safe[80];

		return fields_fail(f, item, _("no helpline has the id \"%s\""),
		    sanitize_text(item->valuestring, safe, sizeof safe));
	}
	return true;
}

static bool
load_step_links(struct fields *f, const struct content *c, const cJSON *node, struct step *s)
{
	static const struct list_spec links = {
		"helplines", false, false, sizeof *s->helplines, load_helpline_ref,
	};

	return load_list(f, node, &links, c, &s->helplines, &s->nhelplines);
}

static bool
load_step(struct fields *f, const struct content *c, const cJSON *node, struct step *s)
{
	static const char *const keys[] = {
		"id", "group", "urgent", "title", "why", "how", "agency", "helplines",
		"relevance", "notes", "you_could_say", "you_could_say_for_other", NULL,
	};
	static const char *const groups[] = { "first", "next", "later", NULL };
	const char *agency_id;
	int group;

	if (!fields_expect_object(f, node) || !fields_only_keys(f, node, keys) ||
	    !fields_id(f, node, "id", &s->id) ||
	    !fields_enum(f, node, "group", groups, &group) ||
	    !fields_bool(f, node, "urgent", false, &s->urgent) ||
	    !fields_text(f, node, "title", true, &s->title) ||
	    !load_text_list(f, node, "why", s->id, &s->why, &s->nwhy) ||
	    !load_text_list(f, node, "how", s->id, &s->how, &s->nhow) ||
	    !fields_string(f, node, "agency", false, &agency_id) ||
	    !load_step_links(f, c, node, s) || !plan_load_step(f, node, s) ||
	    !fields_text(f, node, "you_could_say", false, &s->you_could_say) ||
	    !fields_text(f, node, "you_could_say_for_other", false, &s->you_could_say_for_other))
		return false;
	set_note(&s->you_could_say, "Step \"%s\": a first sentence a person could say when "
	    "they call%s; natural spoken language.", s->id, "");
	set_note(&s->you_could_say_for_other, "Step \"%s\": a first sentence someone helping "
	    "another person could say when they call%s; natural spoken language.", s->id, "");
	s->group = (enum step_group)group;
	/* The step list has 72 columns for a title and the "(do first)" marker. */
	set_note(&s->title, "Title of step \"%s\"%s.", s->id, s->urgent
	    ? " (at most 57 columns: the step list adds the \"(do first)\" marker)"
	    : " (at most 72 columns, the width of the step list)");
	if (agency_id != NULL) {
		s->agency = content_agency(c, agency_id);
		if (s->agency == NULL) {
			size_t mark = fields_enter_key(f, "agency");
			char safe[80];

			fields_fail(f, json_member(node, "agency"),
			    _("no agency has the id \"%s\""),
			    sanitize_text(agency_id, safe, sizeof safe));
			json_path_pop(&f->path, mark);
			return false;
		}
	}
	return true;
}

static bool
load_agency_item(struct fields *f, const cJSON *item, void *elem, const void *ctx)
{
	(void)ctx;
	return load_agency(f, item, elem);
}

static bool
load_step_item(struct fields *f, const cJSON *item, void *elem, const void *c)
{
	return load_step(f, c, item, elem);
}

static bool
load_steps(struct fields *f, struct content *c)
{
	static const char *const keys[] = { "agencies", "steps", NULL };
	static const struct list_spec agencies = {
		"agencies", true, false, sizeof *c->agencies, load_agency_item,
	};
	static const struct list_spec steps = { "steps", true, true, sizeof *c->steps, load_step_item };
	const cJSON *root = f->doc->root;

	if (!fields_expect_object(f, root) || !fields_only_keys(f, root, keys) ||
	    !load_list(f, root, &agencies, NULL, &c->agencies, &c->nagencies) ||
	    !content_index_agencies(c, f) ||
	    !load_list(f, root, &steps, c, &c->steps, &c->nsteps))
		return false;
	return content_check_unique_steps(c, f, json_member(root, "steps"));
}

/* ---- helplines.json --------------------------------------------------- */

static bool
load_language(struct fields *f, const cJSON *node, struct language *l)
{
	static const char *const keys[] = { "code", "name", "in", NULL };

	if (!fields_expect_object(f, node) || !fields_only_keys(f, node, keys) ||
	    !fields_id(f, node, "code", &l->code) ||
	    !fields_text(f, node, "name", true, &l->name) ||
	    !fields_text(f, node, "in", false, &l->in))
		return false;
	set_note(&l->name, "Name of the language \"%s\"%s.", l->code, "");
	set_note(&l->in, "A line that answers in the language \"%s\"%s, said as one phrase: "
	    "Finnish \"suomeksi\", Swedish \"p\xc3\xa5 finska\" (at most 20 columns).", l->code, "");
	return true;
}

static bool
load_topic(struct fields *f, const cJSON *node, struct topic *t)
{
	static const char *const keys[] = { "id", "label", NULL };

	if (!fields_expect_object(f, node) || !fields_only_keys(f, node, keys) ||
	    !fields_id(f, node, "id", &t->id) ||
	    !fields_text(f, node, "label", true, &t->label))
		return false;
	set_note(&t->label, "Name of the topic \"%s\"%s, a filter in the directory "
	    "(at most 24 columns).", t->id, "");
	return true;
}

/* One day's list of ["HH:MM", "HH:MM"] ranges. */
static bool
load_day(struct fields *f, const cJSON *list, unsigned char *n, struct time_range *ranges)
{
	const cJSON *range;
	size_t i = 0;

	if (!cJSON_IsArray(list))
		return fields_fail(f, list, _("expected a list of [\"HH:MM\", \"HH:MM\"] ranges"));
	if (cJSON_GetArraySize(list) > HOURS_MAX_RANGES)
		return fields_fail(f, list, _("at most %d ranges a day"), HOURS_MAX_RANGES);
	cJSON_ArrayForEach(range, list) {
		size_t m = fields_enter_index(f, i);
		const cJSON *a = cJSON_GetArrayItem(range, 0), *b = cJSON_GetArrayItem(range, 1);
		int start, end;

		if (!cJSON_IsArray(range) || cJSON_GetArraySize(range) != 2 ||
		    !cJSON_IsString(a) || !cJSON_IsString(b) ||
		    (start = hours_parse_clock(a->valuestring)) < 0 ||
		    (end = hours_parse_clock(b->valuestring)) < 0)
			return fields_fail(f, range,
			    _("expected a range such as [\"09:00\", \"16:00\"] (24:00 ends at midnight)"));
		if (start == end || start == 24 * 60)
			return fields_fail(f, range, _("a range must not be empty"));
		ranges[i].start = (short)start;
		ranges[i].end = (short)(end == 24 * 60 ? 24 * 60 : end);
		json_path_pop(&f->path, m);
		i++;
	}
	*n = (unsigned char)i;
	return true;
}

static bool
load_hours(struct fields *f, const cJSON *contact, struct week_hours *h)
{
	static const char *const days[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun", NULL };
	const cJSON *node = json_member(contact, "hours"), *day;
	size_t mark;
	bool ok = true;

	memset(h, 0, sizeof *h);
	if (node == NULL || cJSON_IsNull(node))
		return true;    /* unknown: shown as "check the service's own site" */
	mark = fields_enter_key(f, "hours");
	if (cJSON_IsString(node) && strcmp(node->valuestring, "24/7") == 0) {
		h->kind = HOURS_ALWAYS;
	} else if (cJSON_IsObject(node) && fields_only_keys(f, node, days)) {
		h->kind = HOURS_WEEKLY;
		for (int d = 0; d < 7 && ok; d++) {
			day = json_member(node, days[d]);
			if (day != NULL) {
				size_t m = fields_enter_key(f, days[d]);

				ok = load_day(f, day, &h->nranges[d], h->ranges[d]);
				json_path_pop(&f->path, m);
			}
		}
	} else {
		ok = f->err->status == 0 && fields_fail(f, node,
		    _("expected \"24/7\", null or an object of weekdays (\"mon\" ... \"sun\")"));
	}
	json_path_pop(&f->path, mark);
	return ok;
}

static bool
load_language_ref(struct fields *f, const cJSON *item, void *elem, const void *c)
{
	const struct language **l = elem;

	*l = cJSON_IsString(item) ? content_language(c, item->valuestring) : NULL;
	if (*l == NULL)
		return fields_fail(f, item,
		    _("expected a language code listed under \"languages\" at the top"));
	return true;
}

static bool
load_contact_languages(struct fields *f, const struct content *c, const cJSON *node,
    struct contact *ct)
{
	static const struct list_spec languages = {
		"languages", true, true, sizeof *ct->languages, load_language_ref,
	};

	return load_list(f, node, &languages, c, &ct->languages, &ct->nlanguages);
}

static bool
load_contact(struct fields *f, const struct content *c, const cJSON *node, const char *id,
    struct contact *ct)
{
	static const char *const keys[] = {
		"type", "value", "languages", "hours", "note", "checked", "source",
		"hours_checked", "hours_source", NULL,
	};
	static const char *const web_keys[] = {
		"type", "value", "languages", "note", "checked", "source", NULL,
	};
	static const char *const kinds[] = { "phone", "chat", "web", NULL };
	int kind;

	if (!fields_expect_object(f, node) || !no_verified(f, node) ||
	    !fields_enum(f, node, "type", kinds, &kind))
		return false;
	ct->kind = (enum contact_kind)kind;
	/* A web form has no hours: it is online at any time. */
	if (ct->kind == CONTACT_WEB && json_member(node, "hours") != NULL)
		return fields_fail(f, node, _("a web contact has no \"hours\": it is shown as "
		    "online at any time"));
	if (!fields_only_keys(f, node, ct->kind == CONTACT_WEB ? web_keys : keys))
		return false;
	if (ct->kind == CONTACT_PHONE) {
		if (!fields_phone(f, node, "value", true, &ct->value))
			return false;
	} else {
		/* A page per language; value keeps the English one for messages. */
		if (!fields_web_address(f, node, "value", true, &ct->address))
			return false;
		ct->value = web_address_for(&ct->address, lang_list_source()).url;
	}
	return load_contact_languages(f, c, node, ct) && load_hours(f, node, &ct->hours) &&
	    fields_text(f, node, "note", false, &ct->note) &&
	    load_provenance(f, node, "checked", "source", true, id, &ct->checked) &&
	    load_provenance(f, node, "hours_checked", "hours_source", false, id, &ct->hours_checked);
}

static bool
load_topic_ref(struct fields *f, const cJSON *item, void *elem, const void *c)
{
	const struct topic **t = elem;

	*t = cJSON_IsString(item) ? content_topic(c, item->valuestring) : NULL;
	if (*t == NULL)
		return fields_fail(f, item, _("expected a topic id listed under \"topics\" at the top"));
	return true;
}

static bool
load_helpline_topics(struct fields *f, const struct content *c, const cJSON *node,
    struct helpline *h)
{
	static const struct list_spec topics = {
		"topics", true, false, sizeof *h->topics, load_topic_ref,
	};

	return load_list(f, node, &topics, c, &h->topics, &h->ntopics);
}

/* "anonymous": true, false, or null when no source says. */
static bool
load_anonymity(struct fields *f, const cJSON *node, enum anonymity *out)
{
	const cJSON *a = json_member(node, "anonymous");
	size_t mark;

	if (a == NULL)
		return fields_fail(f, node, _("the field \"%s\" is missing"), "anonymous");
	if (cJSON_IsNull(a)) {
		*out = ANONYMOUS_UNKNOWN;
		return true;
	}
	if (cJSON_IsBool(a)) {
		*out = cJSON_IsTrue(a) ? ANONYMOUS_YES : ANONYMOUS_NO;
		return true;
	}
	mark = fields_enter_key(f, "anonymous");
	fields_fail(f, a, _("expected true, false or null (not known)"));
	json_path_pop(&f->path, mark);
	return false;
}

/*
 * What happens when you get in touch (facts, so with their own date and
 * page) and a first sentence a person could say (tuki's own guidance).
 */
static bool
load_call_guide(struct fields *f, const cJSON *node, struct helpline *h)
{
	if (!fields_text(f, node, "what_happens", false, &h->what_happens) ||
	    !fields_text(f, node, "you_could_say", false, &h->you_could_say) ||
	    !load_provenance(f, node, "what_happens_checked", "what_happens_source",
	    h->what_happens.msgid != NULL, h->id, &h->what_happens_checked))
		return false;
	if (h->what_happens.msgid == NULL && h->what_happens_checked.source != NULL)
		return fields_fail(f, node, _("\"%s\": \"what_happens_source\" without "
		    "\"what_happens\""), h->id);
	set_note(&h->what_happens, "What happens when a person calls or writes to \"%s\"%s: "
	    "facts from its own pages, in plain words.", h->id, "");
	set_note(&h->you_could_say, "A first sentence a person could say to \"%s\"%s, in "
	    "their own voice: natural spoken language, not a formal letter.", h->id, "");
	return true;
}

static bool
load_url_item(struct fields *f, const cJSON *item, void *elem, const void *ctx)
{
	(void)ctx;
	return load_web_address(f, item, elem);
}

/* A contact needs the content (its languages) and its helpline (id, note). */
struct contact_context {
	const struct content *c;
	const struct helpline *h;
};

static bool
load_contact_item(struct fields *f, const cJSON *item, void *elem, const void *ctx)
{
	const struct contact_context *cc = ctx;
	struct contact *ct = elem;

	if (!load_contact(f, cc->c, item, cc->h->id, ct))
		return false;
	if (ct->note.msgid != NULL)
		set_note(&ct->note, "A note on a contact of the service \"%s\"%s.", cc->h->id, "");
	return true;
}

static bool
load_helpline(struct fields *f, const struct content *c, const cJSON *node, struct helpline *h)
{
	static const char *const keys[] = {
		"id", "name", "description", "audience", "emergency", "anonymous", "cost",
		"need", "topics", "contacts", "further_reading",
		"what_happens", "what_happens_checked", "what_happens_source", "you_could_say", NULL,
	};
	/* A centre's entry may also replace a shipped one or serve people in crisis. */
	static const char *const local_keys[] = {
		"id", "name", "description", "audience", "anonymous", "cost",
		"need", "topics", "contacts", "further_reading",
		"what_happens", "what_happens_checked", "what_happens_source", "you_could_say",
		"crisis", "replaces", NULL,
	};
	static const char *const costs[] = { "free", "call-price", "unknown", NULL };
	static const char *const needs[] = { "talk", "report", "advice", NULL };
	/* Further reading is optional; each contact carries its own source. */
	static const struct list_spec further = {
		"further_reading", false, false, sizeof *h->further_reading, load_url_item,
	};
	static const struct list_spec contacts = {
		"contacts", true, true, sizeof *h->contacts, load_contact_item,
	};
	const struct contact_context ctx = { c, h };
	int cost, need;

	if (!fields_expect_object(f, node) || !no_verified(f, node) ||
	    !fields_only_keys(f, node, f->local ? local_keys : keys) ||
	    !fields_id(f, node, "id", &h->id) ||
	    !fields_bool(f, node, "crisis", false, &h->crisis) ||
	    !fields_text(f, node, "name", true, &h->name) ||
	    !fields_text(f, node, "description", true, &h->description) ||
	    !fields_text(f, node, "audience", false, &h->audience) ||
	    !fields_bool(f, node, "emergency", false, &h->emergency) ||
	    !load_anonymity(f, node, &h->anonymous) ||
	    !fields_enum(f, node, "cost", costs, &cost) ||
	    !fields_enum(f, node, "need", needs, &need) ||
	    !load_helpline_topics(f, c, node, h) || !load_call_guide(f, node, h))
		return false;
	h->cost = (enum cost)cost;
	h->need = (enum need)need;
	/* The emergency number opens the directory, so it heads the first group. */
	if (h->emergency && h->need != NEED_TALK) {
		size_t mark = fields_enter_key(f, "need");

		fields_fail(f, json_member(node, "need"),
		    _("the emergency number belongs under \"talk\", the first group"));
		json_path_pop(&f->path, mark);
		return false;
	}
	set_note(&h->name, "Name of the service \"%s\"%s: use its official name in "
	    "your language where it has one.", h->id, "");
	set_note(&h->description, "Description of the service \"%s\"%s.", h->id, "");
	if (h->audience.msgid != NULL)
		set_note(&h->audience, "Who the service \"%s\" is for%s.", h->id, "");

	return load_list(f, node, &further, NULL, &h->further_reading, &h->nfurther_reading) &&
	    load_list(f, node, &contacts, &ctx, &h->contacts, &h->ncontacts);
}

static bool
load_language_item(struct fields *f, const cJSON *item, void *elem, const void *ctx)
{
	(void)ctx;
	return load_language(f, item, elem);
}

static bool
load_topic_item(struct fields *f, const cJSON *item, void *elem, const void *ctx)
{
	(void)ctx;
	return load_topic(f, item, elem);
}

static bool
load_helpline_item(struct fields *f, const cJSON *item, void *elem, const void *c)
{
	return load_helpline(f, c, item, elem);
}

static bool
load_helplines(struct fields *f, struct content *c)
{
	static const char *const keys[] = { "languages", "topics", "helplines", NULL };
	static const struct list_spec languages = {
		"languages", true, false, sizeof *c->languages, load_language_item,
	};
	static const struct list_spec topics = {
		"topics", true, false, sizeof *c->topics, load_topic_item,
	};
	static const struct list_spec helplines = {
		"helplines", true, true, sizeof *c->helplines, load_helpline_item,
	};
	const cJSON *root = f->doc->root;

	if (!fields_expect_object(f, root) || !fields_only_keys(f, root, keys) ||
	    !load_list(f, root, &languages, NULL, &c->languages, &c->nlanguages) ||
	    !load_list(f, root, &topics, NULL, &c->topics, &c->ntopics) ||
	    !content_index_small_lists(c, f) ||
	    !load_list(f, root, &helplines, c, &c->helplines, &c->nhelplines))
		return false;
	return content_index_helplines(c, f, json_member(root, "helplines"));
}

bool
content_load_helpline_list(struct fields *f, const struct content *c, const cJSON *root,
    struct helpline **out, size_t *n)
{
	static const struct list_spec helplines = {
		"helplines", true, true, sizeof **out, load_helpline_item,
	};

	return load_list(f, root, &helplines, c, out, n);
}

/* ---- all together ----------------------------------------------------- */

static bool (*const loaders[FILE_COUNT])(struct fields *, struct content *) = {
	[FILE_PAGES] = load_pages,
	[FILE_STEPS] = load_steps,
	[FILE_HELPLINES] = load_helplines,
};

/* Validates one parsed file into c. */
static int
load_doc(struct content *c, enum content_file file, struct json_doc *doc, struct tuki_error *err)
{
	struct fields f = { .arena = &c->arena, .doc = doc, .file = file, .err = err };

	if (!loaders[file](&f, c) && err->status == 0)
		tuki_error_set(err, EXIT_DATAERR, _("%s: invalid content"), doc->name);
	json_doc_free(doc);
	return err->status;
}

static int
load_one(struct content *c, enum content_file file, struct tuki_error *err)
{
	struct json_doc doc;
	char *path;
	size_t n = strlen(c->dir) + strlen(file_basenames[file]) + 2;
	int status;

	path = arena_alloc(&c->arena, n);
	snprintf(path, n, "%s/%s", c->dir, file_basenames[file]);
	c->file_names[file] = path;
	status = json_doc_load(&doc, path, err);
	if (status != 0)
		return status;
	return load_doc(c, file, &doc, err);
}

/* Every placeholder in every text must name something that exists. */
static void
check_placeholders(const struct text *t, void *data)
{
	struct content *c = ((void **)data)[0];
	struct tuki_error *err = ((void **)data)[1];
	struct placeholder p;
	size_t pos = 0;

	while (err->status == 0 && placeholder_next(t->msgid, &pos, &p) > 0) {
		char what[512];

		if (placeholder_value(c, &p) != NULL)
			continue;
		snprintf(what, sizeof what, _("the placeholder {%s:%s} names nothing that has a %s"),
		    p.kind, p.id, p.kind);
		/* File, line and JSON path, like every other content error. */
		tuki_error_set(err, EXIT_DATAERR, "%s:%d: %s: %s", c->file_names[t->file], t->line,
		    t->path != NULL ? t->path : "$", what);
	}
}

int
content_load(struct content *c, const char *dir, struct tuki_error *err)
{
	void *pair[2];

	memset(c, 0, sizeof *c);
	pair[0] = c;
	pair[1] = err;
	c->dir = arena_strdup(&c->arena, dir);
	/* Helplines first: steps and pages refer to them. */
	if (load_one(c, FILE_HELPLINES, err) != 0 || load_one(c, FILE_STEPS, err) != 0 ||
	    load_one(c, FILE_PAGES, err) != 0)
		goto fail;
	content_each_text(c, check_placeholders, pair);
	if (err->status != 0)
		goto fail;
	address_tags_from(c);
	local_text_follow_language();
	return 0;
fail:
	content_free(c);
	return err->status;
}

int
content_load_buffers(struct content *c, const char *const texts[FILE_COUNT],
    const size_t lens[FILE_COUNT], struct tuki_error *err)
{
	static const enum content_file order[FILE_COUNT] = { FILE_HELPLINES, FILE_STEPS, FILE_PAGES };
	void *pair[2];

	memset(c, 0, sizeof *c);
	pair[0] = c;
	pair[1] = err;
	c->dir = arena_strdup(&c->arena, "(memory)");
	for (int i = 0; i < FILE_COUNT; i++) {
		enum content_file file = order[i];
		struct json_doc doc;

		c->file_names[file] = file_basenames[file];
		if (json_doc_parse(&doc, file_basenames[file], texts[file], lens[file], err) != 0 ||
		    load_doc(c, file, &doc, err) != 0) {
			content_free(c);
			return err->status;
		}
	}
	content_each_text(c, check_placeholders, pair);
	if (err->status != 0) {
		content_free(c);
		return err->status;
	}
	address_tags_from(c);
	local_text_follow_language();
	return 0;
}

void
content_free(struct content *c)
{
	local_text_forget(c);
	address_tags_forget(c);
	arena_free(&c->arena);
	memset(c, 0, sizeof *c);
}
