/*
 * The kiosk's configuration, SYSCONFDIR/tuki.conf: "key = value" lines and
 * "#" comments (tuki.conf(5)).  Every problem names the file and line.
 */
#ifndef TUKI_MODEL_CONFIG_H
#define TUKI_MODEL_CONFIG_H

#include <stdbool.h>
#include <sys/types.h>

#include "error.h"

#include "sys/lang_list.h"

#define CONFIG_MAX_LANGUAGES 8
/* The staff PIN's length in digits (the PIN prompt takes no more). */
#define CONFIG_PIN_MIN 4
#define CONFIG_PIN_MAX 16

struct kiosk_config {
	char languages[CONFIG_MAX_LANGUAGES][LANG_CODE_MAX];    /* codes in the order offered */
	int nlanguages;
	char default_language[LANG_CODE_MAX];
	int idle_reset;             /* seconds without a key before "still there?" */
	int idle_grace;             /* seconds of countdown before the reset */
	char printer[128];          /* CUPS queue; "" = printing is not offered */
	char printer_location[128]; /* where the paper comes out, as staff wrote it; "" = not said */
	char staff_pin[CONFIG_PIN_MAX + 1];
	bool world_readable;        /* the file can be read by anyone: a warning */
};

/* Parses text already in memory (name is used in messages). */
int config_parse(struct kiosk_config *cfg, const char *name, const char *text,
    struct tuki_error *err);

/*
 * Reads and parses path: 0, 65 (bad content, or a file that someone other
 * than root or also_owner owns, or that group or others can write) or 66
 * (missing, unreadable, not a regular file).  also_owner is (uid_t)-1 for
 * none: only --config names a file the person running tuki may own.
 */
int config_load(struct kiosk_config *cfg, const char *path, uid_t also_owner,
    struct tuki_error *err);

#endif
