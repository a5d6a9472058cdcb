/*
 * pdf_helplines, pdf_steps and pdf_facts for tuki itself: each builds the
 * document here (text/), in the reader's language, and hands it to the
 * renderer, tuki-pdf.so (see pdf_module.h), which the first call loads, so
 * a tuki that never makes a PDF never maps pango or cairo.  The module is
 * looked for only next to the running
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

#include "model/xalloc.h"
#include "render/pdf.h"
#include "render/pdf_module.h"
#include "sys/i18n.h"
#include "sys/lang.h"

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
		    "module %s could not be loaded. Reinstall tuki and try again."), path);
		tuki_error_raw(err, dlerror());
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

/* The words on every page, in the language of the catalog in use. */
static struct pdf_page_words
page_words(void)
{
	return (struct pdf_page_words){
		.lang = lang_code(lang_current()),
		/* TRANSLATORS: page footer of the printed PDF, e.g. "Page 1 of 3". */
		.page_of = _("Page %1$d of %2$d"),
		.footer = _("tuki makes no network connection and keeps no log. Nothing you read or "
		    "mark is sent anywhere."),
		/* TRANSLATORS: the last line of a page when an entry goes on overleaf. */
		.continued = _("(continued on the next page)"),
	};
}

/* Moves the module's PDF into out (0), or says why there is none (69, 70). */
static int
take_output(enum pdf_status status, struct pdf_output *pdf, struct print_buffer *out,
    struct tuki_error *err)
{
	int exit_status = 0;

	pdf->detail[sizeof pdf->detail - 1] = '\0';
	if (status == PDF_OK && pdf->data != NULL) {
		if (out->len + pdf->len + 1 > out->cap) {
			out->cap = out->len + pdf->len + 1;
			out->text = xrealloc(out->text, out->cap);
		}
		memcpy(out->text + out->len, pdf->data, pdf->len);
		out->len += pdf->len;
		out->text[out->len] = '\0';
	} else if (status == PDF_NO_FONT) {
		tuki_error_set(err, EXIT_UNAVAILABLE, _("Could not make the PDF: no installed font "
		    "has all the letters it needs. Install the package %s and try again."),
		    pdf->detail);
		exit_status = EXIT_UNAVAILABLE;
	} else {
		/* cairo's words are English: staff get them on stderr. */
		tuki_error_set(err, EXIT_SOFTWARE, _("Could not make the PDF: %s"),
		    error_reason(0));
		tuki_error_raw(err, pdf->detail);
		exit_status = EXIT_SOFTWARE;
	}
	module->release(pdf);
	return exit_status;
}

int
pdf_helplines(struct print_buffer *out, const struct content *c,
    const struct helpline_filter *filter, time_t now, struct tuki_error *err)
{
	struct pdf_page_words words;
	struct pdf_output pdf = { 0 };
	struct handout h;
	enum pdf_status status;

	if (!load(err))
		return EXIT_UNAVAILABLE;
	words = page_words();
	handout_build(&h, c, filter, now, lang_current());
	status = module->helplines(&h, &words, &pdf);
	handout_free(&h);
	return take_output(status, &pdf, out, err);
}

int
pdf_steps(struct print_buffer *out, const struct content *c, const struct progress *p,
    const struct plan_answers *plan, time_t now, struct tuki_error *err)
{
	struct pdf_page_words words;
	struct pdf_output pdf = { 0 };
	struct checklist l;
	enum pdf_status status;

	if (!load(err))
		return EXIT_UNAVAILABLE;
	words = page_words();
	checklist_build(&l, c, p, plan, now, lang_current());
	status = module->steps(&l, &words, &pdf);
	checklist_free(&l);
	return take_output(status, &pdf, out, err);
}

int
pdf_facts(struct print_buffer *out, const struct content *c, time_t now, struct tuki_error *err)
{
	struct pdf_page_words words;
	struct pdf_output pdf = { 0 };
	struct fact_sheet s;
	enum pdf_status status;

	if (!load(err))
		return EXIT_UNAVAILABLE;
	words = page_words();
	fact_sheet_build(&s, c, now, lang_current());
	status = module->facts(&s, &words, &pdf);
	fact_sheet_free(&s);
	return take_output(status, &pdf, out, err);
}
