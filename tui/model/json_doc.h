/*
 * A JSON file read strictly: valid UTF-8 only, no NUL, at most one UTF-8
 * byte-order mark, bounded size and depth, no duplicate keys, and the line
 * of every node remembered for messages and translator references.  The
 * tree is cJSON's node type, read with cJSON's accessors; our own parser
 * builds it in the document's arena (never free a node with cJSON_Delete).
 */
#ifndef TUKI_MODEL_JSON_DOC_H
#define TUKI_MODEL_JSON_DOC_H

#include <stddef.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "arena.h"
#include "error.h"

#define JSON_DOC_MAX_BYTES (8u * 1024 * 1024)
#define JSON_DOC_MAX_DEPTH 32

struct json_doc {
	const char *name;          /* the path as the person gave it */
	cJSON *root;
	const void *stamp;         /* what this document's nodes carry (json_parse.c) */
	size_t nlines;             /* how many nodes have a line */
	struct arena nodes;        /* the nodes and their strings: freed in one go */
};

/* Reads and parses path; on failure fills err (65 bad data, 66 unreadable). */
int json_doc_load(struct json_doc *doc, const char *path, struct tuki_error *err);

/* Parses text that is already in memory (the fuzzers' entry point). */
int json_doc_parse(struct json_doc *doc, const char *name, const char *text,
    size_t len, struct tuki_error *err);

/* The line where node starts (its key, for object members), or 0. */
int json_doc_line(const struct json_doc *doc, const cJSON *node);

void json_doc_free(struct json_doc *doc);

/*
 * cJSON_GetObjectItemCaseSensitive, same results, inline and with a
 * first-byte test before strcmp: looking fields up by name was 7 % of
 * loading at x100 (a library call plus a strcmp for every member passed).
 */
static inline cJSON *
json_member(const cJSON *object, const char *key)
{
	if (object == NULL || key == NULL)
		return NULL;
	for (cJSON *c = object->child; c != NULL; c = c->next) {
		if (c->string == NULL)
			return NULL;
		if (c->string[0] == key[0] && strcmp(c->string, key) == 0)
			return c;
	}
	return NULL;
}

#endif
