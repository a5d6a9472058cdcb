/*
 * The languages tuki offers: the translations in po/LINGUAS, then English,
 * the source.  The list is generated at build time (tui/tools/lang_list.sh)
 * from po/LINGUAS and what each catalog says of its own language, so adding
 * a language is adding a catalog: nothing here or elsewhere in C names one.
 * A language is its index in the list, 0 .. lang_list_count() - 1.
 */
#ifndef TUKI_MODEL_LANG_LIST_H
#define TUKI_MODEL_LANG_LIST_H

/* Longest code kept, with its NUL ("pt_BR", "sr@latin"). */
#define LANG_CODE_MAX 16
/* Most languages on the list (lang_list.sh refuses more), for arrays. */
#define LANG_LIST_MAX 32

int lang_list_count(void);

/* The source language's index: the text of a msgid itself. */
int lang_list_source(void);

/* "fi", "sv" ... as in po/LINGUAS. */
const char *lang_list_code(int lang);

/* The language's name as its speakers write it ("Suomi", "Svenska"). */
const char *lang_list_name(int lang);

/* The index of code, exactly as listed; -1 when it is not on the list. */
int lang_list_find(const char *code);

/* The list's codes, for messages: "fi, sv, en". */
const char *lang_list_codes_text(void);

#endif
