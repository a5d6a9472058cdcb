/* What the local.d loader shares with the shipped content's loader. */
#ifndef TUKI_MODEL_CONTENT_LOAD_H
#define TUKI_MODEL_CONTENT_LOAD_H

#include "content.h"
#include "json_fields.h"

/* The "helplines" list of root, each entry as strict as helplines.json's. */
bool content_load_helpline_list(struct fields *f, const struct content *c, const cJSON *root,
    struct helpline **out, size_t *n);

#endif
