#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sys/i18n.h"
#include "file_text.h"
#include "xalloc.h"

int
file_text_read(struct file_text *f, const char *path, size_t max, struct tuki_error *err)
{
	struct stat st;
	/* O_NONBLOCK: opening a FIFO with no writer would wait for ever.  A
	 * regular file ignores it; anything else is refused below. */
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);

	memset(f, 0, sizeof *f);
	if (fd < 0) {
		tuki_error_set(err, EXIT_NOINPUT, _("%s: cannot open: %s"), path, error_reason(errno));
		return EXIT_NOINPUT;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		tuki_error_set(err, EXIT_NOINPUT, _("%s: not a regular file"), path);
		close(fd);
		return EXIT_NOINPUT;
	}
	if ((uintmax_t)st.st_size > max) {
		tuki_error_set(err, EXIT_DATAERR,
		    _("%s: the file is too large (%jd bytes; the limit is %zu)"),
		    path, (intmax_t)st.st_size, max);
		close(fd);
		return EXIT_DATAERR;
	}
	/* Fresh pages, faulted in at once rather than one by one while reading. */
	f->mapped = (size_t)st.st_size + 1;
	f->text = mmap(NULL, f->mapped, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
	if (f->text == MAP_FAILED)
		xalloc_failed();
	f->mode = st.st_mode;
	f->uid = st.st_uid;
	while (f->len < (size_t)st.st_size) {
		ssize_t n = read(fd, f->text + f->len, (size_t)st.st_size - f->len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			tuki_error_set(err, EXIT_NOINPUT, _("%s: cannot read: %s"), path, error_reason(errno));
			close(fd);
			file_text_free(f);
			return EXIT_NOINPUT;
		}
		if (n == 0)
			break;  /* the file shrank while we read it: take what is there */
		f->len += (size_t)n;
	}
	close(fd);
	f->text[f->len] = '\0';
	return 0;
}

void
file_text_free(struct file_text *f)
{
	if (f->text != NULL)
		munmap(f->text, f->mapped);
	memset(f, 0, sizeof *f);
}
