#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "xalloc.h"

#define ARENA_BLOCK_SIZE (64 * 1024)

struct arena_block {
	struct arena_block *next;
	size_t used, size;
	max_align_t data[];
};

void *
arena_alloc(struct arena *arena, size_t size)
{
	void *p = arena_alloc_raw(arena, size);

	memset(p, 0, size);
	return p;
}

static size_t
rounded_size(size_t size)
{
	const size_t align = sizeof(max_align_t);

	size = (size + align - 1) / align * align;
	return size == 0 ? align : size;
}

void *
arena_alloc_raw(struct arena *arena, size_t size)
{
	struct arena_block *b = arena->head;
	void *p;

	size = rounded_size(size);
	if (b == NULL || b->size - b->used < size) {
		size_t cap = size > ARENA_BLOCK_SIZE ? size : ARENA_BLOCK_SIZE;

		b = xmalloc(sizeof *b + cap);
		b->used = 0;
		b->size = cap;
		b->next = arena->head;
		arena->head = b;
	}
	p = (char *)b->data + b->used;
	b->used += size;
	return p;
}

char *
arena_strdup(struct arena *arena, const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = arena_alloc_raw(arena, n);    /* memcpy fills it: no need to zero */

	memcpy(p, s, n);
	return p;
}

void
arena_free(struct arena *arena)
{
	struct arena_block *b = arena->head;

	while (b != NULL) {
		struct arena_block *next = b->next;

		free(b);
		b = next;
	}
	arena->head = NULL;
}
