/* A bump allocator: content lives as long as the program, freed in one go. */
#ifndef TUKI_MODEL_ARENA_H
#define TUKI_MODEL_ARENA_H

#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block *head;
};

/* Zeroed memory from the arena; out of memory is xalloc.h's policy (exit 70). */
void *arena_alloc(struct arena *arena, size_t size);
/* Like arena_alloc, but not zeroed (for callers that fill it themselves). */
void *arena_alloc_raw(struct arena *arena, size_t size);
/* Not zeroed and not aligned: for text (strings are most of an arena, and
 * rounding each up to 16 bytes wasted ~8 bytes a string). */
void *arena_alloc_bytes(struct arena *arena, size_t size);
char *arena_strdup(struct arena *arena, const char *s);
void arena_free(struct arena *arena);

#endif
