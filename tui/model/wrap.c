#include <config.h>

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "wrap.h"

/* Width and byte length of the character at s. */
static int
char_width(const char *s, size_t *bytes)
{
	mbstate_t st;
	wchar_t wc;
	size_t n;
	int w;

	/* ASCII is one byte and one column in every locale (controls too, as
	 * below): most text, and mbrtowc plus wcwidth cost ~100 instructions. */
	if ((unsigned char)*s < 0x80 && *s != '\0') {
		*bytes = 1;
		return 1;
	}
	memset(&st, 0, sizeof st);
	n = mbrtowc(&wc, s, MB_CUR_MAX, &st);
	if (n == (size_t)-1 || n == (size_t)-2 || n == 0) {
		*bytes = 1;
		return 1;
	}
	*bytes = n;
	w = wcwidth(wc);
	return w < 0 ? 1 : w;
}

int
text_width(const char *s)
{
	int total = 0;

	while (*s != '\0') {
		size_t n;

		total += char_width(s, &n);
		s += n;
	}
	return total;
}

size_t
text_fit(const char *s, int width, int *used)
{
	size_t pos = 0;
	int total = 0;

	while (s[pos] != '\0') {
		size_t n;
		int w = char_width(s + pos, &n);

		if (total + w > width)
			break;
		total += w;
		pos += n;
	}
	if (used != NULL)
		*used = total;
	return pos;
}

static bool
is_break(const char *text, size_t i)
{
	if (text[i] != ' ')
		return false;
	/* "09 2525 0111" must not be split across lines. */
	if (i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9' &&
	    text[i + 1] >= '0' && text[i + 1] <= '9')
		return false;
	/* Nor a command from its option: "tuki --forget" is typed as one. */
	return !(text[i + 1] == '-' && text[i + 2] == '-');
}

size_t
wrap_text(const char *text, int width, struct wrap_line *lines, size_t max)
{
	size_t count = 0, pos = 0, len = strlen(text);

	if (width < 1)
		width = 1;
	while (pos < len || count == 0) {
		size_t i = pos, last_break = 0, end;
		int w = 0, w_at_break = 0;
		bool have_break = false;

		while (i < len) {
			size_t n;
			int cw = char_width(text + i, &n);

			if (is_break(text, i)) {
				have_break = true;
				last_break = i;
				w_at_break = w;
			}
			if (w + cw > width)
				break;
			w += cw;
			i += n;
		}
		if (i >= len) {
			end = len;
		} else if (have_break && last_break > pos) {
			end = last_break;
			w = w_at_break;
		} else {
			size_t n;

			char_width(text + i, &n);
			end = i > pos ? i : i + n;   /* a character wider than the line */
		}
		if (count < max) {
			lines[count].start = pos;
			lines[count].len = end - pos;
			lines[count].width = w;
		}
		count++;
		pos = end;
		while (pos < len && text[pos] == ' ')
			pos++;
		if (pos >= len)
			break;
	}
	return count;
}
