/* theme.h - semantic colours: each has a monochrome attribute, and a colour pair on top. */
#ifndef PPPCONF_THEME_H
#define PPPCONF_THEME_H

#include <curses.h>

/* name, monochrome attribute, foreground, background (-1 = the terminal's
 * own), extra attribute in colour. Monochrome must carry every meaning on
 * its own (markers and text do the rest); colour only adds. */
#define THEME_TABLE(_) \
	_(NORMAL,   A_NORMAL,            -1,            -1,         A_NORMAL) \
	_(TITLE,    A_REVERSE,           COLOR_BLACK,   COLOR_CYAN, A_NORMAL) \
	_(SELECTED, A_REVERSE,           -1,            -1,         A_REVERSE) \
	_(DISABLED, A_DIM,               -1,            -1,         A_DIM) \
	_(ERROR,    A_BOLD,              COLOR_RED,     -1,         A_BOLD) \
	_(WARNING,  A_BOLD,              COLOR_YELLOW,  -1,         A_BOLD) \
	_(NOTE,     A_NORMAL,            COLOR_CYAN,    -1,         A_NORMAL) \
	_(GOOD,     A_BOLD,              COLOR_GREEN,   -1,         A_BOLD) \
	_(KEY,      A_BOLD,              -1,            -1,         A_BOLD) \
	_(HEADING,  A_BOLD,              COLOR_CYAN,    -1,         A_BOLD) \
	_(DIM,      A_DIM,               -1,            -1,         A_DIM) \
	_(SECRET,   A_UNDERLINE,         COLOR_MAGENTA, -1,         A_NORMAL) \
	_(ADD,      A_BOLD,              COLOR_GREEN,   -1,         A_NORMAL) \
	_(DEL,      A_NORMAL,            COLOR_RED,     -1,         A_NORMAL) \
	_(HUNK,     A_UNDERLINE,         COLOR_CYAN,    -1,         A_NORMAL) \
	_(FRAME,    A_NORMAL,            -1,            -1,         A_NORMAL)

enum theme_role {
#define THEME_ENUM(name, mono, fg, bg, extra) THEME_##name,
	THEME_TABLE(THEME_ENUM)
#undef THEME_ENUM
	THEME_COUNT
};

/* Sets up colour pairs when `color` is asked for and the terminal has
 * colours; otherwise every role uses its monochrome attribute. Returns 1
 * when colour is in use. Call after the screen exists. */
int theme_init(int color);
attr_t theme_attr(enum theme_role r);

#endif
