/* Plain mode: numbered menus on standard input and output, no escape codes. */
#ifndef TUKI_PLAIN_H
#define TUKI_PLAIN_H

#include <stdio.h>

#include "model/session.h"

/* Runs the plain session until q, x or end of input; returns the exit status. */
int plain_run(struct session *session, int in_fd, FILE *out);

#endif
