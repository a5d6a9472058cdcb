/*
 * Reading a web address from a content file: a plain string (one page for
 * every language) or an object of pages by language, each with the date
 * and the page it was found on (content/README.md shows the shape).
 */
#ifndef TUKI_MODEL_ADDRESS_LOAD_H
#define TUKI_MODEL_ADDRESS_LOAD_H

#include <stdbool.h>

#include "json_fields.h"

/* The address at node; errors name the file, line and JSON path. */
bool load_web_address(struct fields *f, const cJSON *node, struct web_address *out);

/* The address under key of object; absent and not required leaves out empty. */
bool fields_web_address(struct fields *f, const cJSON *object, const char *key, bool required,
    struct web_address *out);

/* The code of a language on the list ("fi"); "" for any other index. */
const char *address_language_code(int lang);

#endif
