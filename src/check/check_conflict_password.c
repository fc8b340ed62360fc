/* check_conflict_password.c - part of the rule about a directive undone by a later one: on a Mac, password, keychainpassword and userkeychainpassword, which fill the same password. */
#include <string.h>

#include "check/check_int.h"

/* Apple's pppd has three words that fill the password this end logs in
 * with: password copies its text at once (apple-ppp-1027.121.1/Helpers/
 * pppd/auth.c:477), keychainpassword and userkeychainpassword copy the
 * keychain item's secret over it only when the item is read (auth.c:2824,
 * :2844, the copy at :2941 only on success), and none of the three is
 * ranked against the other two. So a later keychain line replaces an
 * earlier password only when its item can be read; a later password
 * line always replaces it. The same word twice is the duplicate rule's
 * (check_sets.c). Told against the nearest earlier line of the other two;
 * 1: said. */
int check_conflict_password(struct check_ctx *c, size_t entry)
{
	static const char *const family[] = { "password", "keychainpassword", "userkeychainpassword" };
	const char *canon = check_sets_canon(c->row[entry]);
	size_t i, j, k = SIZE_MAX, mine = SIZE_MAX;

	if (c->p != PLATFORM_MACOS)
		return 0;
	for (i = 0; i < 3; i++)
		if (strcmp(canon, family[i]) == 0)
			mine = i;
	if (mine == SIZE_MAX)
		return 0;
	for (i = 0; i < 3; i++) {
		j = check_sets_last(c, family[i]);
		if (j != SIZE_MAX && j < entry && (k == SIZE_MAX || j > k))
			k = j;
	}
	if (k == SIZE_MAX || strcmp(check_sets_canon(c->row[k]), canon) == 0)
		return 0;
	/* A keychain line read before a password line still marks its item as
	 * where a changed password goes: the password option does not clear that
	 * mark (Helpers/pppd/auth.c:2826, :2863-2866; chap-new.c:707). Left out:
	 * whether the item could be read, which pppconf cannot know. */
	if (mine == 0 && strcmp(check_sets_canon(c->row[k]), "password") != 0)
		check_say(c, CHECK_K_CONFLICT, check_line(c, k), k, N_("Keep the one you mean and "
		          "delete the other."), NULL, N_("'%s' here is overridden by '%s' on line %zu: "
		          "pppd logs in with that line's password. If it could read the item named "
		          "here, that item is still where it saves a new password when an MS-CHAP "
		          "server reports the password expired and a plugin's dialog asks for a new "
		          "one (derived from Apple's source, not tried on a Mac)."), c->row[k]->name, c->row[entry]->name,
		          check_line(c, entry));
	else if (mine == 0)
		check_say(c, CHECK_K_CONFLICT, check_line(c, k), k, N_("Keep the one you mean and "
		          "delete the other."), NULL, N_("'%s' here is overridden by '%s' on line %zu: "
		          "pppd logs in with that line's password, whatever this line gives (derived "
		          "from Apple's source, not tried on a Mac)."), c->row[k]->name,
		          c->row[entry]->name, check_line(c, entry));
	else
		check_say(c, CHECK_K_CONFLICT, check_line(c, k), k, N_("Keep the one you mean and "
		          "delete the other."), NULL, N_("'%s' here is overridden by '%s' on line %zu "
		          "when pppd can read that keychain item; when it cannot, the password set "
		          "here stays (derived from Apple's source, not tried on a Mac)."),
		          c->row[k]->name, c->row[entry]->name, check_line(c, entry));
	return 1;
}
