/* Plain mode: numbered menus on standard input and output, no escape codes. */
#ifndef TUKI_PLAIN_H
#define TUKI_PLAIN_H

#include <stdio.h>

#include "model/session.h"

/*
 * Runs the plain session until q, x, Esc Esc or end of input; returns the
 * exit status.  clear, when standard output can be cleared, is called as
 * the session ends by q, x or Esc Esc (and end of input typed at a
 * terminal); NULL says it cannot be, and the About page says so.
 */
int plain_run(struct session *session, int in_fd, FILE *out, void (*clear)(void));

#endif
