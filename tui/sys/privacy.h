/* Privacy guarantees that must hold before anything else runs. */
#ifndef TUKI_PRIVACY_H
#define TUKI_PRIVACY_H

/* No core dumps: RLIMIT_CORE 0 and the process not dumpable. */
void privacy_lockdown(void);

#endif
