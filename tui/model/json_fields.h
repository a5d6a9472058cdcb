/*
 * Typed, strict access to the fields of a JSON document: each getter checks
 * the type, reports a missing or malformed field with the file, line and
 * JSON path, and copies what it returns into the content arena.
 */
#ifndef TUKI_MODEL_JSON_FIELDS_H
#define TUKI_MODEL_JSON_FIELDS_H

#include <stdbool.h>

#include "content.h"
#include "json_doc.h"
#include "json_path.h"

/*
 * The longest text the content may hold, in bytes: six times the longest
 * paragraph shipped.  Longer ones are refused at load, as the typeset PDF
 * grows quadratically with a line's length (a 200 KB name took two
 * minutes, QA m5) and no reader is served by it.
 */
#define TEXT_MAX_BYTES 2000

struct fields {
	struct arena *arena;
	struct json_doc *doc;
	enum content_file file;
	struct json_path path;
	struct tuki_error *err;
	/* A centre's local.d file: texts may be inline {"fi","sv","en"}
	 * objects and any object may carry keys starting with "_comment",
	 * which are ignored. */
	bool local;
};

/* Reports a shape error at node: "file:line: path: what". Returns false. */
bool fields_fail(struct fields *f, const cJSON *node, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

bool fields_expect_object(struct fields *f, const cJSON *node);

/* Rejects keys not in the NULL-terminated list: catches misspelt field names. */
bool fields_only_keys(struct fields *f, const cJSON *object, const char *const *keys);

/* The member key of object if present and of the type check accepts.
 * *out is NULL when the member is absent and not required. */
bool fields_member(struct fields *f, const cJSON *object, const char *key, bool required,
    cJSON_bool (*check)(const cJSON *), const char *expected, const cJSON **out);

bool fields_string(struct fields *f, const cJSON *object, const char *key, bool required,
    const char **out);
bool fields_id(struct fields *f, const cJSON *object, const char *key, const char **out);
bool fields_bool(struct fields *f, const cJSON *object, const char *key, bool fallback,
    bool *out);
bool fields_date(struct fields *f, const cJSON *object, const char *key, struct date *out);
bool fields_url(struct fields *f, const cJSON *object, const char *key, bool required,
    const char **out);
bool fields_phone(struct fields *f, const cJSON *object, const char *key, bool required,
    const char **out);

/* A translatable text: non-empty, no control characters, no raw numbers or
 * URLs, well-formed placeholders. */
bool fields_text(struct fields *f, const cJSON *object, const char *key, bool required,
    struct text *out);
bool fields_text_node(struct fields *f, const cJSON *node, struct text *out);

/* Index of the string at key within names (NULL-terminated), for enums. */
bool fields_enum(struct fields *f, const cJSON *object, const char *key,
    const char *const *names, int *out);

/* Pushes key or index onto the path; pop with json_path_pop(&f->path, mark). */
size_t fields_enter_key(struct fields *f, const char *key);
size_t fields_enter_index(struct fields *f, size_t index);

bool is_valid_id(const char *s);
bool is_valid_url(const char *s);
bool is_valid_phone(const char *s);

#endif
