/*
 * Prints the names of the keys in tui/ui/keys.c, one a line, for the
 * check that tuki.1 lists the same keys (tests/content/keys-man.sh).
 * With --check it also proves the table keeps its own rules: every
 * named key appears in its ? line, and no key means two things on one
 * kind of screen in one mode.  Exit 1 and a message if not.
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
	}
	return bad;
}

int
main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "--check") == 0)
		return check();
	for (int i = 0; i < key_table_count; i++) {
		if (key_table[i].name != NULL)
			puts(key_table[i].name);
		if (key_table[i].fname != NULL)
			puts(key_table[i].fname);
	}
	return 0;
}
