/*
 * A support centre's own services: SYSCONFDIR/tuki/local.d/NAME.json (or
 * --local-dir), merged into the loaded content.  Each file holds
 * {"helplines": [...]} in the shape of helplines.json, with texts inline
 * per language.  All or nothing: on any error the content stays exactly
 * as shipped.
 */
#ifndef TUKI_MODEL_LOCAL_LOAD_H
#define TUKI_MODEL_LOCAL_LOAD_H

#include <stdbool.h>
#include <sys/types.h>

#include "content.h"

#define LOCAL_DIR_DEFAULT SYSCONFDIR "/tuki/local.d"

/*
 * Merges every *.json in dir (in name order) into c.  A missing dir is
 * fine unless required (it was named on the command line).  The files and
 * dir itself must be owned by root, or by also_owner (pass (uid_t)-1 for
 * none), and not writable by group or others.  Returns 0 or the exit status (65 bad or
 * unsafe file, 66 unreadable) with err naming the file.
 */
int content_load_local(struct content *c, const char *dir, bool required, uid_t also_owner,
    struct tuki_error *err);

#endif
