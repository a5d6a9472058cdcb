/*
 * pdf_helplines, pdf_steps and pdf_facts for tuki itself: the first call loads the
 * renderer, tuki-pdf.so (see pdf_module.h), so a tuki that never makes a
 * PDF never maps pango or cairo.  Looked for only next to the running
 * program (the build tree's ./tuki finds the build tree's module, never an
 * older installed one), then in the configured PKGLIBDIR: never through
 * an environment variable or the current directory, so a kiosk cannot be
 * made to run code from wherever it was started.
 */
#include <config.h>

#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "render/pdf.h"
#include "render/pdf_module.h"
#include "sys/i18n.h"

static const struct pdf_module *module;

/* The directory of the running program into dir; false if unknown. */
static bool
exe_dir(char *dir, size_t size)
{
	ssize_t n = readlink("/proc/self/exe", dir, size - 1);
	char *slash;

	if (n <= 0 || (size_t)n >= size - 1)
		return false;
	dir[n] = '\0';
	slash = strrchr(dir, '/');
	if (slash == NULL)
		return false;
	slash[slash == dir] = '\0';
	return true;
}

/* Its code runs with the user's rights: as for local.d, only root or the
 * user may own the file and its directory, and others may not change them.
 * (Group write is let be: a build tree made under umask 002, with a group
 * of one, would refuse its own module.) */
static bool
safe(const char *path, const struct stat *st, struct tuki_error *err)
{
	if (st->st_uid != 0 && st->st_uid != geteuid()) {
		tuki_error_set(err, EXIT_UNAVAILABLE, _("Could not make the PDF: %s is "
		    "refused, because tuki runs the PDF module's code from it: it must be owned "
		    "by root or by you."), path);
		return false;
	}
	if (st->st_mode & S_IWOTH) {
		tuki_error_set(err, EXIT_UNAVAILABLE, _("Could not make the PDF: %s is "
		    "refused, because anyone can change it. Make it writable by its owner only "
		    "(chmod o-w)."), path);
		return false;
	}
	return true;
}

/*
 * 1 when dir has no module (look on), 0 when it was loaded, -1 with err
 * when it is there but cannot be used: then tuki says so rather than
 * quietly running another one.
 */
static int
try_load(const char *dir, struct tuki_error *err)
{
	char path[PATH_MAX];
	struct stat st;
	const struct pdf_module *m;
	void *handle;

	if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, PDF_MODULE_FILE) >= sizeof path)
		return 1;
	if (stat(path, &st) != 0)
		return 1;
	{
		struct stat dst;

		if (stat(dir, &dst) != 0 || !safe(dir, &dst, err) || !safe(path, &st, err))
			return -1;
	}
	handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
	if (handle == NULL) {
		tuki_error_set(err, EXIT_UNAVAILABLE, _("Could not make the PDF: the PDF "
		    "module %s could not be loaded: %s"), path, dlerror());
		return -1;
	}
	m = dlsym(handle, PDF_MODULE_SYMBOL);
	if (m == NULL || m->version == NULL || strcmp(m->version, PACKAGE_VERSION) != 0) {
		tuki_error_set(err, EXIT_UNAVAILABLE, _("Could not make the PDF: the PDF "
		    "module %s is not the one for tuki %s. Reinstall tuki and try again."), path,
		    PACKAGE_VERSION);
		dlclose(handle);
		return -1;
	}
	module = m;
	return 0;
}

bool
pdf_module_installed(void)
{
	char dir[PATH_MAX], path[PATH_MAX];
	struct stat st;

	if (module != NULL)
		return true;
	if (exe_dir(dir, sizeof dir) && (size_t)snprintf(path, sizeof path, "%s/%s", dir,
	    PDF_MODULE_FILE) < sizeof path && stat(path, &st) == 0)
		return true;
	return (size_t)snprintf(path, sizeof path, "%s/%s", PKGLIBDIR, PDF_MODULE_FILE) <
	    sizeof path && stat(path, &st) == 0;
}

/* Loads the module once; false with err (exit 69) when it cannot be. */
static bool
load(struct tuki_error *err)
{
	char dir[PATH_MAX];
	int r = 1;

	if (module != NULL)
		return true;
	if (exe_dir(dir, sizeof dir))
		r = try_load(dir, err);
	if (r == 1)
		r = try_load(PKGLIBDIR, err);
	if (r == 1)
		tuki_error_set(err, EXIT_UNAVAILABLE, _("Could not make the PDF: the PDF "
		    "module %s/%s is missing. Reinstall tuki and try again."), PKGLIBDIR,
		    PDF_MODULE_FILE);
	return r == 0;
}

bool
pdf_available(struct tuki_error *err)
{
	return load(err);
}

int
pdf_helplines(struct print_buffer *out, const struct content *c,
    const struct helpline_filter *filter, time_t now, struct tuki_error *err)
{
	if (!load(err))
		return EXIT_UNAVAILABLE;
	return module->helplines(out, c, filter, now, err);
}

int
pdf_steps(struct print_buffer *out, const struct content *c, const struct progress *p,
    const struct plan_answers *plan, time_t now, struct tuki_error *err)
{
	if (!load(err))
		return EXIT_UNAVAILABLE;
	return module->steps(out, c, p, plan, now, err);
}

int
pdf_facts(struct print_buffer *out, const struct content *c, time_t now, struct tuki_error *err)
{
	if (!load(err))
		return EXIT_UNAVAILABLE;
	return module->facts(out, c, now, err);
}
