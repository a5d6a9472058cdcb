/* The parser behind json_doc_parse (json_doc.c), after its pre-pass. */
#ifndef TUKI_MODEL_JSON_PARSE_H
#define TUKI_MODEL_JSON_PARSE_H

#include "json_doc.h"

/*
 * Parses the value in text[start, len) into doc's arena and line table
 * (nodes_hint: about how many nodes, for the table's first size).  NULL on
 * a syntax error; *stop is then where it went wrong, else just after the
 * value.  The text must have passed the pre-pass.
 */
cJSON *json_parse(struct json_doc *doc, const char *text, size_t start, size_t len,
    size_t nodes_hint, size_t *stop);

#endif
