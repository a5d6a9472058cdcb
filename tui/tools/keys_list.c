/*
 * Prints the names of the keys in tui/ui/keys.c, one a line, for the
 * check that tuki.1 lists the same keys (tests/content/keys-man.sh): the
 * screens' keys, or with --plain plain mode's letters.
 * With --check it also proves the table keeps its own rules: every
 * named key appears in its ? line, no key means two things on one
 * kind of screen in one mode, and plain mode's letters are letters
 * (no function key) that no screen of plain mode hides behind a letter
 * every menu takes.  Exit 1 and a message if not.
 */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "ui/keys.h"

/* "1-9" is written "1 to 9" on the ? screen. */
static bool
named_in_help(const char *name, const char *help)
{
	const char *colon = strstr(help, ": ");
	char spoken[32];
	size_t len = colon != NULL ? (size_t)(colon - help) : strlen(help);

	snprintf(spoken, sizeof spoken, "%s", name);
	if (strlen(name) == 3 && name[1] == '-')
		snprintf(spoken, sizeof spoken, "%c to %c", name[0], name[2]);
	for (const char *p = help; p + strlen(spoken) <= help + len; p++)
		if (strncmp(p, spoken, strlen(spoken)) == 0 &&
		    (p == help || p[-1] == ' ') &&
		    (p[strlen(spoken)] == ',' || p + strlen(spoken) == help + len))
			return true;
	return false;
}

static int
check(void)
{
	int bad = 0;

	for (int i = 0; i < key_table_count; i++) {
		const struct key_binding *a = &key_table[i];
		const char *names[2] = { a->name, a->fname };

		for (int k = 0; k < 2; k++)
			if (names[k] != NULL && a->help != NULL && !named_in_help(names[k], a->help)) {
				fprintf(stderr, "keys.c row %d: \"%s\" is not named in \"%s\"\n",
				    i, names[k], a->help);
				bad = 1;
			}
		for (int j = 0; j < i; j++) {
			const struct key_binding *b = &key_table[j];
			bool same_key = (a->key != 0 && a->key == b->key) ||
			    (a->fkey != 0 && a->fkey == b->fkey);

			if (same_key && (a->where & b->where) && (a->modes & b->modes) &&
			    a->action != b->action) {
				fprintf(stderr, "keys.c rows %d and %d: one key, two actions\n", j, i);
				bad = 1;
			}
		}
		if (!(a->modes & KEYS_PLAIN))
			continue;
		if (a->key == 0 || a->last != 0 || a->key > 0x7e) {
			fprintf(stderr, "keys.c row %d: plain mode types one letter on a line\n", i);
			bad = 1;
		}
		/* A screen's own letter comes before the global ones in plain mode
		 * (the directory's l filters by language), but never hides the
		 * letters that must work everywhere: help now, back, quit, leave. */
		if (a->where != KEYS_GLOBAL) {
			const struct key_binding *g = keys_find_letter(KEYS_PLAIN, KEYS_GLOBAL, a->key);

			if (g != NULL && (g->action == ACT_HELP_NOW || g->action == ACT_BACK ||
			    g->action == ACT_QUIT || g->action == ACT_QUICK_EXIT)) {
				fprintf(stderr, "keys.c row %d: \"%lc\" would hide a letter every plain "
				    "menu needs\n", i, (wint_t)a->key);
				bad = 1;
			}
		}
	}
	return bad;
}

int
main(int argc, char **argv)
{
	bool plain = argc > 1 && strcmp(argv[1], "--plain") == 0;

	if (argc > 1 && strcmp(argv[1], "--check") == 0)
		return check();
	for (int i = 0; i < key_table_count; i++) {
		const struct key_binding *b = &key_table[i];

		if (!(b->modes & (plain ? KEYS_PLAIN : KEYS_BOTH)))
			continue;
		if (b->name != NULL)
			puts(b->name);
		if (b->fname != NULL && !plain)
			puts(b->fname);
	}
	return 0;
}
