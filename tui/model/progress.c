#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "sys/i18n.h"
#include "json_doc.h"
#include "json_fields.h"
#include "progress.h"
#include "xalloc.h"

#define PROGRESS_FILE "progress.json"
#define CORRUPT_PREFIX "progress.json.corrupt-"
#define TEMP_PREFIX "progress.json.tmp-"

/* NULL-terminated for fields_enum(); a fuzzer found the missing terminator. */
static const char *const state_names[STEP_STATE_COUNT + 1] = { "todo", "done", "not-applicable", NULL };

char *
progress_dir(void)
{
	const char *state = getenv("XDG_STATE_HOME");
	const char *home = getenv("HOME");

	/* The XDG spec: relative paths are invalid and must be ignored. */
	if (state != NULL && state[0] == '/')
		return xasprintf("%s/tuki", state);
	if (home == NULL || home[0] != '/')
		return NULL;
	return xasprintf("%s/.local/state/tuki", home);
}

static void
file_path(char *out, size_t size, const char *dir, const char *name)
{
	snprintf(out, size, "%s/%s", dir, name);
}

void
progress_clear(struct progress *p)
{
	free(p->marks);
	memset(p, 0, sizeof *p);
}

/*
 * The marks are kept sorted by id, so a file with many thousands of ids
 * (unknown ones are kept) loads and is looked up without a scan per id.
 * Returns the mark, or NULL with *at set to where it would go.
 */
static struct progress_mark *
find_mark(const struct progress *p, const char *id, size_t *at)
{
	size_t lo = 0, hi = p->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(p->marks[mid].id, id);

		if (c == 0)
			return &p->marks[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (at != NULL)
		*at = lo;
	return NULL;
}

enum step_state
progress_state(const struct progress *p, const char *id)
{
	const struct progress_mark *m = find_mark(p, id, NULL);

	return m != NULL ? m->state : STEP_TO_DO;
}

static void
grow(struct progress *p)
{
	XGROW(p->marks, p->n, p->cap, 16);
}

void
progress_set(struct progress *p, const char *id, enum step_state state, struct date today)
{
	size_t at = 0;
	struct progress_mark *m = find_mark(p, id, &at);

	if (m == NULL) {
		if (strlen(id) >= sizeof m->id)
			return;
		grow(p);
		memmove(&p->marks[at + 1], &p->marks[at], (p->n - at) * sizeof *p->marks);
		p->n++;
		m = &p->marks[at];
		memset(m, 0, sizeof *m);
		strcpy(m->id, id);
	}
	m->state = state;
	m->date = today;
	m->changed = true;
}

static int
compare_marks(const void *a, const void *b)
{
	return strcmp(((const struct progress_mark *)a)->id, ((const struct progress_mark *)b)->id);
}

enum step_state
step_state_next(enum step_state s)
{
	return (enum step_state)((s + 1) % STEP_STATE_COUNT);
}

void
progress_count(const struct progress *p, const struct content *c, size_t *done,
    size_t *applicable, size_t *marked)
{
	*done = *applicable = *marked = 0;
	for (size_t i = 0; i < c->nsteps; i++) {
		enum step_state s = progress_state(p, c->steps[i].id);

		*done += s == STEP_DONE;
		*applicable += s != STEP_NOT_APPLICABLE;
		*marked += s != STEP_TO_DO;
	}
}

/* Parses the file's JSON into p; false if it is not what tuki writes. */
static bool
parse_progress(struct progress *p, struct json_doc *doc, struct tuki_error *err)
{
	static const char *const top_keys[] = { "version", "steps", NULL };
	static const char *const mark_keys[] = { "state", "date", NULL };
	struct arena scratch = { 0 };
	struct fields f = { .arena = &scratch, .doc = doc, .err = err };
	const cJSON *steps, *version, *item;
	bool ok = false;

	if (!fields_expect_object(&f, doc->root) || !fields_only_keys(&f, doc->root, top_keys) ||
	    !fields_member(&f, doc->root, "version", true, cJSON_IsNumber, N_("a number"), &version) ||
	    !fields_member(&f, doc->root, "steps", true, cJSON_IsObject, N_("an object"), &steps))
		goto out;
	if (version->valuedouble != 1) {
		fields_fail(&f, version, _("unknown version"));
		goto out;
	}
	cJSON_ArrayForEach(item, steps) {
		size_t mark = fields_enter_key(&f, item->string);
		int state;
		struct date date;

		if (!is_valid_id(item->string)) {
			fields_fail(&f, item, _("expected an id of lowercase letters, digits and dashes"));
			goto out;
		}
		if (!fields_expect_object(&f, item) || !fields_only_keys(&f, item, mark_keys) ||
		    !fields_enum(&f, item, "state", state_names, &state) ||
		    !fields_date(&f, item, "date", &date))
			goto out;
		/* Appended, and sorted once at the end (the file has no id twice). */
		if (strlen(item->string) < sizeof p->marks->id) {
			grow(p);
			memset(&p->marks[p->n], 0, sizeof *p->marks);
			strcpy(p->marks[p->n].id, item->string);
			p->marks[p->n].state = (enum step_state)state;
			p->marks[p->n].date = date;
			p->n++;
		}
		json_path_pop(&f.path, mark);
	}
	if (p->n > 1)
		qsort(p->marks, p->n, sizeof *p->marks, compare_marks);
	ok = true;
out:
	arena_free(&scratch);
	return ok;
}

bool
progress_parse(struct progress *p, const char *name, const char *text, size_t len)
{
	struct json_doc doc;
	struct tuki_error err = { 0 };
	bool ok;

	memset(p, 0, sizeof *p);
	if (json_doc_parse(&doc, name, text, len, &err) != 0)
		return false;
	ok = parse_progress(p, &doc, &err);
	json_doc_free(&doc);
	if (!ok)
		progress_clear(p);
	return ok;
}

/* Renames a corrupt file aside with the date and time in its name. */
static bool
move_aside(const char *dir, const char *path, char *moved_to, size_t moved_size)
{
	char name[64], target[PATH_MAX];
	time_t now = time(NULL);
	struct tm tm;

	gmtime_r(&now, &tm);
	strftime(name, sizeof name, CORRUPT_PREFIX "%Y%m%dT%H%M%SZ", &tm);
	file_path(target, sizeof target, dir, name);
	/* Never overwrite an earlier copy: add a counter if the name is taken. */
	for (int i = 1; access(target, F_OK) == 0 && i < 100; i++) {
		char numbered[80];

		snprintf(numbered, sizeof numbered, "%s-%d", name, i);
		file_path(target, sizeof target, dir, numbered);
	}
	if (rename(path, target) != 0)
		return false;
	if (moved_to != NULL)
		snprintf(moved_to, moved_size, "%s", target);
	return true;
}

enum progress_load_result
progress_load(struct progress *p, const char *dir, char *moved_to, size_t moved_size)
{
	char path[PATH_MAX];
	struct json_doc doc;
	struct tuki_error err = { 0 };
	struct stat st;
	int status;

	memset(p, 0, sizeof *p);
	file_path(path, sizeof path, dir, PROGRESS_FILE);
	if (stat(path, &st) != 0 && lstat(path, &st) != 0)
		return PROGRESS_NONE;
	/* A FIFO or device would block the open or never end, and a dangling
	 * link leads nowhere: none of them is a progress file. */
	if (!S_ISREG(st.st_mode))
		return move_aside(dir, path, moved_to, moved_size) ? PROGRESS_MOVED_ASIDE
		    : PROGRESS_UNREADABLE;
	status = json_doc_load(&doc, path, &err);
	if (status == 0) {
		bool ok = parse_progress(p, &doc, &err);

		json_doc_free(&doc);
		if (ok)
			return PROGRESS_LOADED;
		progress_clear(p);
	} else if (status == EXIT_NOINPUT) {
		return PROGRESS_UNREADABLE;
	}
	return move_aside(dir, path, moved_to, moved_size) ? PROGRESS_MOVED_ASIDE
	    : PROGRESS_UNREADABLE;
}

/* Creates dir (and its parents) if needed; the tuki directory itself is 0700. */
static int
make_private_dir(const char *dir)
{
	char buf[PATH_MAX];
	struct stat st;

	snprintf(buf, sizeof buf, "%s", dir);
	for (char *slash = strchr(buf + 1, '/'); slash != NULL; slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		if (mkdir(buf, 0700) != 0 && errno != EEXIST)
			return -1;
		*slash = '/';
	}
	if (mkdir(buf, 0700) != 0 && errno != EEXIST)
		return -1;
	if (lstat(buf, &st) != 0 || !S_ISDIR(st.st_mode)) {
		errno = ENOTDIR;
		return -1;
	}
	if ((st.st_mode & 0777) != 0700 && chmod(buf, 0700) != 0)
		return -1;
	return 0;
}

static char *
progress_json(const struct progress *p)
{
	cJSON *root = cJSON_CreateObject(), *steps = cJSON_CreateObject();
	char *text;

	cJSON_AddNumberToObject(root, "version", 1);
	cJSON_AddItemToObject(root, "steps", steps);
	for (size_t i = 0; i < p->n; i++) {
		cJSON *mark = cJSON_CreateObject();
		char date[16];

		snprintf(date, sizeof date, "%04d-%02d-%02d", p->marks[i].date.year,
		    p->marks[i].date.month, p->marks[i].date.day);
		cJSON_AddStringToObject(mark, "state", state_names[p->marks[i].state]);
		cJSON_AddStringToObject(mark, "date", date);
		cJSON_AddItemToObject(steps, p->marks[i].id, mark);
	}
	text = cJSON_Print(root);
	cJSON_Delete(root);
	return text;
}

static int
write_all(int fd, const char *text, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, text, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		text += n;
		len -= (size_t)n;
	}
	return 0;
}

/*
 * Locks the directory itself (no lock file to leave behind) while a
 * session re-reads and writes, so two sessions never lose each other's
 * marks.  A holder that never lets go (stopped, say) is waited for 2 s;
 * then the save goes ahead unlocked, still merged.  -1 if not locked.
 */
static int
lock_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (fd < 0)
		return -1;
	for (int tries = 0; flock(fd, LOCK_EX | LOCK_NB) != 0; tries++) {
		if ((errno != EWOULDBLOCK && errno != EINTR) || tries == 200) {
			close(fd);
			return -1;
		}
		usleep(10000);
	}
	return fd;
}

static void
unlock_dir(int fd)
{
	if (fd >= 0)
		close(fd);      /* closing releases the lock */
}

/*
 * What is on disk now (another session may have saved or forgotten since
 * this one loaded), with this session's own changes on top; p becomes
 * that.  A file that cannot be read at all leaves p as it is, and so does
 * one damaged since it was loaded (it is set aside, and *moved_aside set):
 * this session's list still holds every mark it loaded.
 */
static void
merge_from_disk(struct progress *p, const char *dir, char *moved_to, size_t moved_size,
    bool *moved_aside)
{
	struct progress disk;

	switch (progress_load(&disk, dir, moved_to, moved_size)) {
	case PROGRESS_LOADED:
		break;
	case PROGRESS_NONE:
		memset(&disk, 0, sizeof disk);
		break;
	case PROGRESS_MOVED_ASIDE:
		*moved_aside = true;
		return;
	case PROGRESS_UNREADABLE:
	default:
		return;
	}
	for (size_t i = 0; i < p->n; i++)
		if (p->marks[i].changed)
			progress_set(&disk, p->marks[i].id, p->marks[i].state, p->marks[i].date);
	progress_clear(p);
	*p = disk;
}

/*
 * Temp files of a save that was killed hold marks: with the lock held no
 * other save is under way, so every one left is stale.
 */
static void
remove_stale_temps(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;

	if (d == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		char path[PATH_MAX];

		if (strncmp(e->d_name, TEMP_PREFIX, strlen(TEMP_PREFIX)) != 0)
			continue;
		file_path(path, sizeof path, dir, e->d_name);
		unlink(path);
	}
	closedir(d);
}

/* Temp file in the same directory, fsync, rename, fsync the directory:
 * the file is always the old one or the new one.  0, or an errno. */
static int
write_atomically(const struct progress *p, const char *dir)
{
	char tmp[PATH_MAX], path[PATH_MAX];
	char *text;
	int fd, dirfd, error = 0;

	file_path(tmp, sizeof tmp, dir, TEMP_PREFIX "XXXXXX");
	file_path(path, sizeof path, dir, PROGRESS_FILE);
	fd = mkstemp(tmp);     /* mode 0600 */
	if (fd < 0)
		return errno;
	text = progress_json(p);
	if (text == NULL)
		error = ENOMEM;
	else if (write_all(fd, text, strlen(text)) != 0 || write_all(fd, "\n", 1) != 0 ||
	    fsync(fd) != 0)
		error = errno ? errno : EIO;
	if (close(fd) != 0 && error == 0)
		error = errno;
	if (error == 0 && rename(tmp, path) != 0)
		error = errno;
	if (text != NULL)
		cJSON_free(text);
	if (error != 0) {
		unlink(tmp);
		return error;
	}
	/* The rename is durable only once the directory entry is on disk. */
	dirfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dirfd >= 0) {
		fsync(dirfd);
		close(dirfd);
	}
	return 0;
}

int
progress_save(struct progress *p, const char *dir, char *moved_to, size_t moved_size,
    struct tuki_error *err)
{
	char moved[PATH_MAX];
	bool moved_aside = false;
	int lock, error;

	if (moved_to != NULL && moved_size > 0)
		moved_to[0] = '\0';
	if (make_private_dir(dir) != 0) {
		error = errno;
	} else {
		lock = lock_dir(dir);
		if (lock >= 0)
			remove_stale_temps(dir);
		merge_from_disk(p, dir, moved, sizeof moved, &moved_aside);
		error = write_atomically(p, dir);
		unlock_dir(lock);
		if (moved_aside && moved_to != NULL)
			snprintf(moved_to, moved_size, "%s", moved);
	}
	if (error == 0)
		return 0;
	tuki_error_set(err, EXIT_NOINPUT, _("Your marks could not be saved in %s: %s"), dir,
	    error_reason(error));
	return -1;
}

int
progress_forget(const char *dir, struct tuki_error *err)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int removed = 0, lock;

	if (d == NULL) {
		if (errno == ENOENT)
			return 0;
		tuki_error_set(err, EXIT_NOINPUT, _("%s: cannot open: %s"), dir, error_reason(errno));
		return -1;
	}
	/* Not while another session is saving (it would bring the file back). */
	lock = lock_dir(dir);
	while ((e = readdir(d)) != NULL) {
		char path[PATH_MAX];

		if (strcmp(e->d_name, PROGRESS_FILE) != 0 &&
		    strncmp(e->d_name, CORRUPT_PREFIX, strlen(CORRUPT_PREFIX)) != 0 &&
		    strncmp(e->d_name, TEMP_PREFIX, strlen(TEMP_PREFIX)) != 0)
			continue;
		file_path(path, sizeof path, dir, e->d_name);
		if (unlink(path) != 0) {
			tuki_error_set(err, EXIT_NOINPUT, _("%s: cannot remove: %s"), path,
			    error_reason(errno));
			closedir(d);
			unlock_dir(lock);
			return -1;
		}
		removed++;
	}
	closedir(d);
	unlock_dir(lock);
	rmdir(dir);     /* only succeeds when nothing else is in it */
	return removed;
}
