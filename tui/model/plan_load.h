/* Reads a step's "relevance" and "notes" (the tailored plan) from steps.json. */
#ifndef TUKI_MODEL_PLAN_LOAD_H
#define TUKI_MODEL_PLAN_LOAD_H

#include "json_fields.h"

bool plan_load_step(struct fields *f, const cJSON *node, struct step *s);

#endif
