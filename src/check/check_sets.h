/* check_sets.h - the record of what earlier directives set, shared by the repeated rule (check_sets.c) and the set-otherwise-later rule (check_sets_later.c). */
#ifndef CHECK_SETS_H
#define CHECK_SETS_H

#include <stddef.h>

/* A directive by its real name (an alias counts as the name it stands for). */
struct check_name {
	size_t last;                        /* the last entry with it so far */
	const struct check_value *last_value;
	int repeatable;                     /* it adds up or keeps a list */
};

/* A name with its arguments (check_sets_key). */
struct check_value {
	size_t first;                       /* the first entry that set it */
	struct check_name *name;
	const char *key;                    /* the table's copy of the key */
	size_t len;
};

#endif
