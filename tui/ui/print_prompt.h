/*
 * p: the print prompt (print_prompt.c) and the one print job it hands to
 * CUPS, which the app polls between keys as an app_job.
 */
#ifndef TUKI_UI_PRINT_PROMPT_H
#define TUKI_UI_PRINT_PROMPT_H

#include "render/print_request.h"
#include "app.h"

/* Opens the prompt for the helpline list, the checklist or the fact sheet. */
void print_prompt_open(struct app *app, enum print_what what);

#endif
