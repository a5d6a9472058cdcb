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

/* size bytes at the next multiple of align (a power of two) in the block. */
static void *
arena_take(struct arena *arena, size_t size, size_t align)
{
	struct arena_block *b = arena->head;
	size_t at = b != NULL ? (b->used + align - 1) & ~(align - 1) : 0;

	if (b == NULL || at > b->size || b->size - at < size) {
		size_t cap = size > ARENA_BLOCK_SIZE ? size : ARENA_BLOCK_SIZE;

		b = xmalloc(sizeof *b + cap);
		b->size = cap;
		b->next = arena->head;
		arena->head = b;
		at = 0;
	}
	b->used = at + size;
	return (char *)b->data + at;
}

void *
arena_alloc_raw(struct arena *arena, size_t size)
{
	return arena_take(arena, size != 0 ? size : 1, sizeof(max_align_t));
}

void *
arena_alloc_bytes(struct arena *arena, size_t size)
{
	return arena_take(arena, size != 0 ? size : 1, 1);
}

char *
arena_strdup(struct arena *arena, const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = arena_alloc_bytes(arena, n);  /* memcpy fills it: no need to zero */

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
