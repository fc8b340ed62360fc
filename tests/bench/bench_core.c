/* bench_core.c - times pppconf's core on one file (tokenize, group, check, serialize) and its peak memory. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>

#include "base/buf.h"
#include "pppd/catalog.h"
#include "check/check.h"
#include "pppd/doc.h"
#include "pppd/lexer.h"
#include "base/platform.h"

static double bench_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The file into one buffer of its size, as the program reads it. */
static int bench_slurp(const char *path, struct buf *b)
{
	FILE *f = fopen(path, "rb");
	char chunk[1 << 16];
	size_t got;

	if (!f)
		return -1;
	if (fseek(f, 0, SEEK_END) == 0) {
		long size = ftell(f);

		if (size > 0) {
			b->data = malloc((size_t)size + 1);
			b->cap = b->data ? (size_t)size + 1 : 0;
		}
		rewind(f);
	}
	while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(b, chunk, got);
	fclose(f);
	return 0;
}

/* Whether the bytes equal the file on disk, read again in pieces so that
 * the comparison adds nothing to the peak measured before it. */
static int bench_same(const char *path, const char *bytes, size_t len)
{
	FILE *f = fopen(path, "rb");
	char chunk[1 << 16];
	size_t got, at = 0;
	int same = 1;

	if (!f)
		return 0;
	while (same && (got = fread(chunk, 1, sizeof chunk, f)) > 0) {
		same = at + got <= len && memcmp(bytes + at, chunk, got) == 0;
		at += got;
	}
	fclose(f);
	return same && at == len;
}

int main(int argc, char **argv)
{
	enum platform plat = PLATFORM_LINUX;
	struct lexer lx;
	struct lexer_token tok;
	struct doc d;
	struct check_report rep;
	struct rusage ru;
	const char *out_path = argc > 2 ? argv[2] : "/dev/null";
	const char *bytes;
	size_t len, out_len, ntok = 0;
	double t0, t_tok, t_load, t_check, t_ser;
	struct buf data = { NULL, 0, 0 };
	FILE *out;
	int same;

	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: bench_core FILE [OUT]\n");
		return 2;
	}
	if (bench_slurp(argv[1], &data) < 0) {
		perror(argv[1]);
		return 2;
	}
	len = data.len;

	/* Tokenizing alone, so the grouping's share can be told apart. */
	t0 = bench_now();
	lexer_init(&lx, data.data ? data.data : "", len, lexer_dialect_for(plat));
	while (lexer_next(&lx, &tok))
		ntok++;
	lexer_free(&lx);
	t_tok = bench_now() - t0;

	/* The document tokenizes again and groups words into directives; it
	 * takes the bytes over, so the file is held once, as `pppconf check`
	 * holds it. */
	t0 = bench_now();
	doc_load_buf(&d, &data, lexer_dialect_for(plat), catalog_arity, &plat);
	t_load = bench_now() - t0;

	t0 = bench_now();
	memset(&rep, 0, sizeof rep);
	check_run(&d, plat, NULL, &rep);
	t_check = bench_now() - t0;

	t0 = bench_now();
	bytes = doc_bytes(&d, &out_len);
	out = fopen(out_path, "wb");
	if (!out || fwrite(bytes, 1, out_len, out) != out_len || fclose(out) != 0) {
		perror(out_path);
		return 2;
	}
	t_ser = bench_now() - t0;

	getrusage(RUSAGE_SELF, &ru);
#ifdef __APPLE__
	ru.ru_maxrss /= 1024; /* bytes there, kilobytes on Linux */
#else
	{
		/* Linux carries the largest RSS across exec(), so ru_maxrss may be
		 * the parent's that forked us; VmHWM is this program's own. */
		FILE *st = fopen("/proc/self/status", "r");
		char line[256];
		long hwm;

		while (st && fgets(line, sizeof line, st))
			if (sscanf(line, "VmHWM: %ld", &hwm) == 1)
				ru.ru_maxrss = hwm;
		if (st)
			fclose(st);
	}
#endif
	same = bench_same(argv[1], bytes, out_len);
	printf("bytes %lu lines %lu tokens %lu entries %lu findings %lu errors %lu\n",
	       (unsigned long)len, (unsigned long)d.nlines, (unsigned long)ntok,
	       (unsigned long)d.nentries, (unsigned long)rep.n,
	       (unsigned long)rep.count[CHECK_ERROR]);
	printf("tokenize_s %.4f load_s %.4f check_s %.4f serialize_s %.4f total_s %.4f\n",
	       t_tok, t_load, t_check, t_ser, t_load + t_check + t_ser);
	printf("maxrss_kb %ld roundtrip %s\n", (long)ru.ru_maxrss, same ? "same" : "DIFFERENT");
	check_report_free(&rep);
	doc_free(&d);
	buf_free(&data);
	return same ? 0 : 1;
}
