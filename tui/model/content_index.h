/* Id indexes of the content: uniqueness checks while loading, then lookups. */
#ifndef TUKI_MODEL_CONTENT_INDEX_H
#define TUKI_MODEL_CONTENT_INDEX_H

#include "content.h"
#include "json_fields.h"

bool content_index_pages(struct content *c, struct fields *f);
bool content_index_small_lists(struct content *c, struct fields *f);
bool content_index_helplines(struct content *c, struct fields *f, const cJSON *list);
bool content_index_agencies(struct content *c, struct fields *f);
bool content_check_unique_steps(struct content *c, struct fields *f, const cJSON *list);

#endif
