/* Plain mode's screens, one file each, as tui/ui/ has them. */
#ifndef TUKI_PLAIN_SCREENS_H
#define TUKI_PLAIN_SCREENS_H

#include <stdbool.h>

#include "plain/lines.h"
#include "render/print_request.h"

/* A section's pages (section.c). */
void plain_section_menu(struct plain *p, int section);
/* The guided breathing pause (breathing.c). */
void plain_breathing(struct plain *p);
/* The step list, reading and marking steps (steps.c). */
void plain_steps_menu(struct plain *p);
/* The plan's questions, one at a time; false when the person left (plan_questions.c). */
bool plain_ask_plan(struct plain *p);
/* The helpline directory and its filters (directory.c). */
void plain_directory_menu(struct plain *p);

/* p: print or save the helpline list or the checklist (print.c). */
void plain_print(struct plain *p, enum print_what what);

#endif
