#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "sys/i18n.h"
#include "placeholder.h"

static bool
is_id_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

int
placeholder_next(const char *s, size_t *pos, struct placeholder *p)
{
	const char *open = strchr(s + *pos, '{');
	const char *colon, *q;
	size_t kind_len, id_len;

	if (open == NULL)
		return 0;
	colon = strchr(open, ':');
	if (colon == NULL)
		return -1;
	kind_len = (size_t)(colon - open - 1);
	if (kind_len == 0 || kind_len >= sizeof p->kind)
		return -1;
	for (q = colon + 1; is_id_char(*q); q++)
		continue;
	id_len = (size_t)(q - colon - 1);
	if (*q != '}' || id_len == 0 || id_len >= sizeof p->id)
		return -1;
	memcpy(p->kind, open + 1, kind_len);
	p->kind[kind_len] = '\0';
	if (strcmp(p->kind, "phone") != 0 && strcmp(p->kind, "web") != 0 &&
	    strcmp(p->kind, "chat") != 0)
		return -1;
	memcpy(p->id, colon + 1, id_len);
	p->id[id_len] = '\0';
	p->start = (size_t)(open - s);
	p->end = (size_t)(q + 1 - s);
	*pos = p->end;
	return 1;
}

const char *
text_forbidden_data(const char *text)
{
	const char *p;

	if (strstr(text, "://") != NULL || strstr(text, "www.") != NULL)
		return N_("a web address belongs in the data, not in text: use {web:ID}");
	/* Five or more digits in one run of digits, spaces and dashes is a number. */
	for (p = strpbrk(text, "0123456789+"); p != NULL; p = strpbrk(p, "0123456789+")) {
		int digits = 0;

		if (*p == '+') {
			if (p[1] >= '0' && p[1] <= '9')
				return N_("a phone number belongs in the data, not in text: use {phone:ID}");
			p++;
			continue;
		}
		while ((*p >= '0' && *p <= '9') || ((*p == ' ' || *p == '-') && p[1] >= '0' &&
		    p[1] <= '9' && digits > 0)) {
			if (*p >= '0' && *p <= '9' && ++digits >= 5)
				return N_("a phone number belongs in the data, not in text: use {phone:ID}");
			p++;
		}
		if (*p == '\0')
			break;
		p++;
	}
	return NULL;
}

static int
compare_strings(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The placeholders of s as a sorted list of "kind:id" strings. */
static size_t
collect(const char *s, char (*out)[80], char **sorted, size_t max)
{
	size_t n = 0, pos = 0;
	struct placeholder p;
	int found;

	while (n < max && (found = placeholder_next(s, &pos, &p)) != 0) {
		if (found < 0) {
			pos = (size_t)(strchr(s + pos, '{') - s) + 1;
			continue;
		}
		strcpy(out[n], p.kind);
		strcat(out[n], ":");
		strcat(out[n], p.id);
		sorted[n] = out[n];
		n++;
	}
	qsort(sorted, n, sizeof *sorted, compare_strings);
	return n;
}

bool
placeholders_match(const char *a, const char *b)
{
	char pa[16][80], pb[16][80];
	char *sa[16] = { 0 }, *sb[16] = { 0 };
	size_t na = collect(a, pa, sa, 16), nb = collect(b, pb, sb, 16);

	if (na != nb)
		return false;
	for (size_t i = 0; i < na; i++)
		if (strcmp(sa[i], sb[i]) != 0)
			return false;
	return true;
}
