/* The staff's list of facts that need checking (older than a year). */
#ifndef TUKI_TEXT_STALE_FACTS_H
#define TUKI_TEXT_STALE_FACTS_H

#include <time.h>

#include "model/content.h"
#include "text/doc.h"

/* The same facts --check-content warns about, by file, id and field. */
void doc_stale_facts(struct doc *d, const struct content *c, time_t now);

#endif
