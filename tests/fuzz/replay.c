/* replay.c - runs every file of a directory through the fuzz target, as `make test` does. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	uint8_t *data = NULL;
	size_t len = 0, cap = 0, n;

	if (!f)
		return -1;
	do {
		if (len + 4096 > cap) {
			uint8_t *p = realloc(data, cap = (cap ? cap * 2 : 8192));

			if (!p) {
				fclose(f);
				free(data);
				return -1;
			}
			data = p;
		}
		n = fread(data + len, 1, cap - len, f);
		len += n;
	} while (n > 0);
	fclose(f);
	LLVMFuzzerTestOneInput(data ? data : (const uint8_t *)"", len);
	free(data);
	return 0;
}

int main(int argc, char **argv)
{
	DIR *dir;
	struct dirent *de;
	int passed = 0, failed = 0;

	if (argc != 2 || !(dir = opendir(argv[1]))) {
		fprintf(stderr, "usage: %s CORPUS-DIR\n", argv[0]);
		printf("0 passed, 1 failed\n");
		return 1;
	}
	while ((de = readdir(dir))) {
		char path[4096];
		struct stat st;

		snprintf(path, sizeof path, "%s/%s", argv[1], de->d_name);
		if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
			continue;
		/* a violated invariant aborts inside the target, so reaching the
		 * next line means this input passed */
		if (replay_file(path) == 0) {
			passed++;
		} else {
			printf("not ok: cannot read %s\n", path);
			failed++;
		}
	}
	closedir(dir);
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
