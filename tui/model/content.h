/*
 * Everything a person reads, loaded and validated in full at start-up from
 * pages.json, steps.json and helplines.json.  Text fields hold English
 * msgids; they are translated when drawn or printed, never here.
 */
#ifndef TUKI_MODEL_CONTENT_H
#define TUKI_MODEL_CONTENT_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "error.h"
#include "hours.h"
#include "sys/lang_list.h"
#include "plan_answers.h"

enum content_file { FILE_PAGES, FILE_STEPS, FILE_HELPLINES, FILE_COUNT };

struct local_text;

/*
 * A translatable string and where it came from (for #: references).  A
 * centre's local.d file gives its text inline per language instead; then
 * local holds the three texts and msgid is the one for the current
 * language (local_text.h says how that keeps every call site unchanged).
 */
struct text {
	const char *msgid;          /* NULL when an optional field is absent */
	const struct local_text *local;     /* NULL: a msgid from the shipped content */
	/* Translator note: printf(note_format, note_id, note_what), or no note. */
	const char *note_format, *note_id, *note_what;
	enum content_file file;
	int line;
	const char *path;           /* its JSON path (pages[0].title), or NULL */
};

struct date {
	int year, month, day;
};

/* When a fact was read and on which page: a date covers only what was read
 * that day.  An absent optional pair has year 0 and source NULL. */
struct provenance {
	struct date checked;
	const char *source;
};

/*
 * A web address in each reading language, indexed as the language list
 * (lang_list.h, enum lang): the page a reader of that language is sent to,
 * with the date and page it was found on.  A plain string in the file is
 * one page for every language (a site that picks the language itself):
 * then same is true and every url[] holds it.  contact_choice.h decides
 * which one a reader sees.
 */
struct web_address {
	/* Both per language, lang_list_count() of them in the content's arena
	 * (arrays of the list's maximum, 32, made every address 1 KiB for five
	 * languages).  url: NULL when there is no address (read it with
	 * web_address_url); checked: NULL when same or absent. */
	const char **url;           /* url[l] NULL: no page of its own in that language */
	struct provenance *checked;
	bool same;                  /* a plain string: the same page for every language */
};

/* The page in language lang, or NULL (also for an address not given). */
static inline const char *
web_address_url(const struct web_address *a, int lang)
{
	return a->url != NULL ? a->url[lang] : NULL;
}

enum section { SECTION_REASSURANCE, SECTION_COPING, SECTION_ABOUT, SECTION_COUNT };

enum block_kind { BLOCK_PARAGRAPH, BLOCK_ITEM, BLOCK_HEADING };

struct block {
	enum block_kind kind;
	struct text text;
};

/* Where a page can send the reader: a numbered link at its end ("see"). */
enum page_link { SEE_COPING, SEE_STEPS, SEE_HELPLINES, SEE_BREATHING, SEE_COUNT };

struct page {
	const char *id;
	enum section section;
	struct text title;
	bool heavy;                 /* opens with "you can stop at any time" */
	struct block *blocks;
	size_t nblocks;
	enum page_link *see;        /* optional, in the file's order */
	size_t nsee;
};

struct agency {
	const char *id;
	struct text name;
	const char *phone;          /* may be NULL */
	struct web_address web;     /* every url NULL when it has none */
	struct provenance checked;  /* "checked" and "source" */
};

enum step_group { GROUP_FIRST, GROUP_NEXT, GROUP_LATER, GROUP_COUNT };

struct helpline;

/* Wording for one situation, shown when its condition holds ("notes"),
 * unless its second one does (a young person's note is not for a helper). */
struct step_note {
	struct plan_condition when;
	struct plan_condition unless;
	bool has_unless;
	struct text text;
};

struct step {
	const char *id;
	enum step_group group;
	bool urgent;
	struct text title;
	struct text *why;
	size_t nwhy;
	struct text *how;
	size_t nhow;
	const struct agency *agency;            /* may be NULL */
	const struct helpline **helplines;
	size_t nhelplines;
	struct step_relevance relevance;        /* for the tailored plan */
	struct step_note *notes;
	size_t nnotes;
	struct text you_could_say;              /* optional: how a call might begin */
	struct text you_could_say_for_other;    /* optional: the same, for someone helping */
};

struct topic {
	const char *id;
	struct text label;
};

struct language {
	const char *code;           /* ISO 639 code as in the content */
	struct text name;           /* English name, a msgid */
	struct text in;             /* "in Finnish", how a line that speaks it is
	                             * described; msgid NULL when not given */
};

enum contact_kind { CONTACT_PHONE, CONTACT_CHAT, CONTACT_WEB };

struct contact {
	enum contact_kind kind;
	const char *value;          /* phone number, or the English (else first) address */
	struct web_address address; /* a chat or web contact's page per language */
	const struct language **languages;
	size_t nlanguages;
	struct week_hours hours;
	struct text note;
	struct provenance checked;  /* the contact: its number or address, languages */
	struct provenance hours_checked; /* its hours, when read on another page or day */
};

enum cost { COST_FREE, COST_CALL_PRICE, COST_UNKNOWN };

/* What a person turns to a helpline for: the directory groups by it, in this order. */
enum need { NEED_TALK, NEED_REPORT, NEED_ADVICE, NEED_COUNT };
/* The msgid of a need's heading ("Talk to someone now"). */
const char *need_title(enum need need);

/* Whether a caller can stay anonymous; "unknown" when no source says. */
enum anonymity { ANONYMOUS_NO, ANONYMOUS_YES, ANONYMOUS_UNKNOWN };

struct helpline {
	const char *id;
	struct text name;
	struct text description;
	struct text audience;
	bool emergency;             /* pinned first in the directory */
	enum anonymity anonymous;
	enum cost cost;
	enum need need;             /* "talk", "report" or "advice" in the file */
	const struct topic **topics;
	size_t ntopics;
	struct contact *contacts;
	size_t ncontacts;
	struct web_address *further_reading;    /* optional pages about the service */
	size_t nfurther_reading;
	/* Optional: what happens when you get in touch (from the service's own
	 * pages, with their date and page), and how a person might begin. */
	struct text what_happens;
	struct provenance what_happens_checked;
	struct text you_could_say;
	/* A centre's own entry (local.d): which file, whether it replaces a
	 * shipped one, and whether it serves people in crisis (Help now). */
	enum helpline_origin { ORIGIN_SHIPPED, ORIGIN_ADDED, ORIGIN_REPLACED } origin;
	const char *local_file;     /* NULL for shipped entries */
	bool crisis;
};

struct content {
	struct arena arena;
	char *dir;
	const char *file_names[FILE_COUNT];     /* as shown in messages */
	struct page *pages;
	size_t npages;
	struct agency *agencies;
	size_t nagencies;
	struct step *steps;
	size_t nsteps;
	struct topic *topics;
	size_t ntopics;
	struct language *languages;
	size_t nlanguages;
	struct helpline *helplines;
	size_t nhelplines;
	/* Sorted by id, for lookups in O(log n). */
	const struct helpline **helpline_index;
	const struct agency **agency_index;
	const struct step **step_index;
	size_t nlocal_files;        /* local.d files merged in (local_load.h) */
};

/* Loads and validates all content in dir; returns 0 or the exit status. */
int content_load(struct content *content, const char *dir, struct tuki_error *err);

/* The same, from three texts in memory (pages, steps, helplines): for the fuzzers. */
int content_load_buffers(struct content *content, const char *const texts[FILE_COUNT],
    const size_t lens[FILE_COUNT], struct tuki_error *err);

void content_free(struct content *content);

const struct helpline *content_helpline(const struct content *c, const char *id);
const struct agency *content_agency(const struct content *c, const char *id);
const struct step *content_step(const struct content *c, const char *id);
const struct topic *content_topic(const struct content *c, const char *id);
const struct language *content_language(const struct content *c, const char *code);
/* The language a reader of code is shown contacts for: the content's
 * entry, else (a catalog's language no line is said to speak, such as a
 * centre's new one) a language no contact lists, so every line shown to
 * that reader says which language it answers in.  Never NULL, which would
 * mean "any language" to the filter. */
const struct language *content_reader_language(const struct content *c, const char *code);

/* The first contact of a kind, or NULL. */
const struct contact *helpline_contact(const struct helpline *h, enum contact_kind kind);

/* The oldest date any fact of h was checked on (its contacts and their hours). */
struct date helpline_oldest_check(const struct helpline *h);

/* The date a contact's hours were checked: its own hours date, else its date. */
const struct provenance *contact_hours_provenance(const struct contact *ct);

/* Calls fn for every translatable text, in file order (for the extractor). */
void content_each_text(const struct content *c,
    void (*fn)(const struct text *text, void *data), void *data);

/* Section and group names as msgids, for the screens and the printer. */
const char *section_title(enum section s);
const char *step_group_title(enum step_group g);

#endif
