/* lexer.c - placeholder until pppd's getword() lands. */
#include "lexer.h"

enum lexer_dialect lexer_dialect_for(enum platform p)
{
	return p == PLATFORM_MACOS ? LEXER_APPLE : LEXER_LINUX;
}
