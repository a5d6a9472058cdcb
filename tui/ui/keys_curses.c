/*
 * What a key read by curses means on a screen.  The key table names its
 * function keys itself (so plain mode and tuki-keys-list use it without
 * curses); here curses' codes are mapped to those names.
 */
#include <config.h>

#include <curses.h>

#include "keys.h"

static enum function_key
function_key_of(wint_t code)
{
	static const struct { int code; enum function_key key; } map[] = {
		{ KEY_F(1), FKEY_F1 }, { KEY_F(2), FKEY_F2 }, { KEY_F(3), FKEY_F3 }, { KEY_F(9), FKEY_F9 },
		{ KEY_F(12), FKEY_F12 }, { KEY_UP, FKEY_UP }, { KEY_DOWN, FKEY_DOWN },
		{ KEY_LEFT, FKEY_LEFT }, { KEY_RIGHT, FKEY_RIGHT }, { KEY_PPAGE, FKEY_PPAGE },
		{ KEY_NPAGE, FKEY_NPAGE }, { KEY_HOME, FKEY_HOME }, { KEY_END, FKEY_END },
		{ KEY_ENTER, FKEY_ENTER }, { KEY_BACKSPACE, FKEY_BACKSPACE },
	};

	for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
		if ((wint_t)map[i].code == code)
			return map[i].key;
	return FKEY_NONE;
}

const struct key_binding *
keys_find(unsigned where, wint_t key, bool function_key)
{
	enum function_key f;

	if (!function_key)
		return keys_find_letter(keys_mode(), where, key);
	f = function_key_of(key);
	if (f == FKEY_NONE)
		return NULL;
	for (int i = 0; i < key_table_count; i++) {
		const struct key_binding *b = &key_table[i];

		if ((b->where & where) && (b->modes & keys_mode()) && b->fkey == f)
			return b;
	}
	return NULL;
}

enum key_action
keys_action(unsigned where, wint_t key, bool function_key)
{
	const struct key_binding *b = keys_find(where, key, function_key);

	return b != NULL ? b->action : ACT_NONE;
}
