/* theme.c - turns semantic roles into curses attributes, monochrome unless colour is on. */
#include "tui/theme.h"

static const struct {
	attr_t mono;
	short fg, bg;
	attr_t extra;
} theme_table[THEME_COUNT] = {
#define THEME_ROW(name, mono, fg, bg, extra) { mono, fg, bg, extra },
	THEME_TABLE(THEME_ROW)
#undef THEME_ROW
};

/* The attributes in use; static because curses' colour pairs are global
 * state anyway. */
static attr_t theme_now[THEME_COUNT];

int theme_init(int color)
{
	int i, on = color && has_colors() && start_color() != ERR;

	if (on)
		use_default_colors();
	for (i = 0; i < THEME_COUNT; i++) {
		theme_now[i] = theme_table[i].mono;
		if (!on || (theme_table[i].fg < 0 && theme_table[i].bg < 0))
			continue;
		if (i + 1 >= COLOR_PAIRS || init_pair((short)(i + 1), theme_table[i].fg,
		                                      theme_table[i].bg) == ERR)
			continue;
		theme_now[i] = theme_table[i].extra | COLOR_PAIR(i + 1);
	}
	return on;
}

attr_t theme_attr(enum theme_role r)
{
	return r < THEME_COUNT ? theme_now[r] : A_NORMAL;
}
