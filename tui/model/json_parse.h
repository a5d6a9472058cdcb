/* The parser behind json_doc_parse (json_doc.c). */
#ifndef TUKI_MODEL_JSON_PARSE_H
#define TUKI_MODEL_JSON_PARSE_H

#include "json_doc.h"

/*
 * Parses the value in text[start, len) into doc's arena, each node with
 * its line (json_doc_line).  NULL on a syntax error or on anything the
 * pre-pass refuses; *stop is then where it went wrong (for a syntax error
 * in text that passes the pre-pass), else just after the value.
 */
cJSON *json_parse(struct json_doc *doc, const char *text, size_t start, size_t len,
    size_t *stop);

#endif
