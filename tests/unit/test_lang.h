/* The shipped languages by name, for tests (tui/ names none: sys/lang_list.h). */
#ifndef TUKI_TEST_LANG_H
#define TUKI_TEST_LANG_H

#include "../../tui/sys/lang.h"

#define LANG_FI ((enum lang)lang_list_find("fi"))
#define LANG_SV ((enum lang)lang_list_find("sv"))
#define LANG_EN ((enum lang)lang_list_find("en"))
#define LANG_COUNT lang_count()

#endif
