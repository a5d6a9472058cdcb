/*
 * Plain mode's prompt: what a typed line means, the answers every menu
 * shares (repeat, back, quit, language, help now), yes or no, and the
 * language choice.
 */
#ifndef TUKI_PLAIN_PROMPT_H
#define TUKI_PLAIN_PROMPT_H

#include <stdbool.h>

#include "plain/lines.h"
#include "ui/keys.h"

enum answer { ANSWER_NUMBER, ANSWER_BACK, ANSWER_QUIT, ANSWER_LANGUAGE, ANSWER_HELP,
	ANSWER_REPEAT, ANSWER_WORD, ANSWER_EOF };

/* Prints the notice and prompt (NULL: the menu's), reads one line.  A
 * number is put in *number, any other word in p->word. */
enum answer plain_ask(struct plain *p, const char *prompt, int *number);

/* What a typed word means on a screen of the where bits (KEYS_GLOBAL,
 * KEYS_STEPS...), from plain mode's rows of the key table: the letter alone,
 * or for m and / the letter and what follows it.  ACT_NONE if nothing. */
enum key_action plain_word_action(unsigned where, const char *word);

/* True (and the session ends, cleared on the way out) when line is q, x
 * or holds Esc Esc. */
bool plain_leaves(struct plain *p, const char *line);

/* y, or the reader's own letter for yes. */
bool plain_is_yes(const char *word);

/* Handles the answers every menu shares; true if the menu should go on.
 * *show is set when the menu must be printed again (r, or a new language). */
bool plain_common_answer(struct plain *p, enum answer a, bool *show);

void plain_choose_language(struct plain *p);

/* The same document as the curses screen's Help now. */
void plain_help_now(struct plain *p);

#endif
