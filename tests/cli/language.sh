#!/bin/sh
# tests/cli/language.sh - Simplified Chinese where the locale asks for it (and UTF-8 allows it), English elsewhere; the same findings in every language.
. "$(dirname "$0")/../lib.sh"
G=$TOP/tests/golden/check

# zh CMD...: runs pppconf as a Chinese user's shell would (LANG only; the
# zh_CN.UTF-8 locale need not be installed).
zh() { env -u LC_ALL -u LC_CTYPE -u LC_MESSAGES -u LANGUAGE LANG=zh_CN.UTF-8 "$PPPCONF" "$@"; }
c() { env -u LC_ALL -u LC_CTYPE -u LC_MESSAGES -u LANGUAGE LANG=C "$PPPCONF" "$@"; }
# The widest line in display columns (a Chinese character is two).
widest() {
	python3 -c 'import sys, unicodedata
print(max([sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in l.rstrip("\n"))
           for l in sys.stdin] or [0]))'
}

# explain: the catalogue's texts in Chinese, wrapped between characters.
OUT=$(zh explain --platform macos l2tpnoipsec); RC=$?
t_eq "explain in Chinese: exit" 0 "$RC"
t_contains "explain: the summary in Chinese" "$OUT" "不用 IPsec 运行 L2TP"
t_contains "explain: the explanation in Chinese" "$OUT" "Apple 的 L2TP 插件（L2TP.ppp）的选项"
t_contains "explain: the risk in Chinese" "$OUT" "风险：这会关闭 IPsec：写在 /etc/ppp/options 中时对本机所有 L2TP VPN 生效"
t_contains "explain: pppd's words stay as they are" "$OUT" "\"plugin L2TP.ppp\""
t_lacks "explain: a translated row has no note" "$OUT" "尚未翻译"
if command -v python3 >/dev/null 2>&1; then
	w=$(printf '%s\n' "$OUT" | widest)
	t_check "explain in Chinese fits 80 columns (widest: $w)" [ "$w" -le 80 ]
	t_check "explain in Chinese is wrapped, not one line a paragraph" \
		[ "$(printf '%s\n' "$OUT" | wc -l)" -gt 40 ]
else
	t_skip "python3 not installed: widths not measured"
fi
# the privileged field's words are in Chinese too
OUT=$(zh explain --platform linux unset)
t_contains "explain: the privileged field in Chinese" "$OUT" "是：pppd 只从有特权的来源接受它"
t_lacks "explain: no English privileged field" "$OUT" "yes: pppd takes it only from"
# every row's text has a translation; one a later change leaves untranslated
# falls back to English with a note (tests/unit/test_i18n.c)
OUT=$(zh explain --platform linux callback)
t_contains "explain: callback's explanation in Chinese" "$OUT" "回拨"
t_lacks "explain: callback needs no note" "$OUT" "这条指令的说明尚未翻译"

# English: LANG=C, a Chinese locale that is not UTF-8, Traditional Chinese.
en=$(c explain --platform macos l2tpnoipsec)
t_contains "LANG=C: English" "$en" "Run L2TP without IPsec"
t_check "LANG=C: ASCII only" sh -c '! printf "%s" "$1" | LC_ALL=C grep -q "[^ -~	]"' x "$en"
OUT=$(env -u LC_ALL LANG=zh_CN.GB18030 "$PPPCONF" explain --platform macos l2tpnoipsec)
t_eq "LANG=zh_CN.GB18030 (not UTF-8): English" "$en" "$OUT"
OUT=$(env -u LC_ALL LANG=zh_TW.UTF-8 "$PPPCONF" explain --platform macos l2tpnoipsec)
t_contains "LANG=zh_TW.UTF-8 (Traditional): English" "$OUT" "Run L2TP without IPsec"
OUT=$(env LC_ALL=C LANGUAGE=zh_CN "$PPPCONF" explain --platform macos l2tpnoipsec)
t_contains "LANGUAGE=zh_CN in the C locale: English" "$OUT" "Run L2TP without IPsec"
OUT=$(env LC_ALL=C.UTF-8 LANGUAGE=zh_CN:en "$PPPCONF" explain --platform macos l2tpnoipsec)
t_contains "LANGUAGE=zh_CN:en in C.UTF-8: Chinese" "$OUT" "不用 IPsec 运行 L2TP"

# The key table: Chinese for a person, English for the README and the man page.
OUT=$(zh --help-keys)
t_contains "--help-keys in Chinese" "$OUT" "指令列表"
t_contains "--help-keys: a key's help in Chinese" "$OUT" "撤销上一次编辑"
for f in markdown roff; do
	t_eq "--help-keys=$f is English whatever the locale" "$(c --help-keys=$f)" "$(zh --help-keys=$f)"
done

# The same findings in every language: the checks read the user's file,
# never pppconf's own (full-width) words.
put() { printf "$2" >"$T_TMP/$1"; chmod 644 "$T_TMP/$1"; }
findings() {  # the id, severity and line of each finding
	"$@" | sed -n 's/.*{"id": "\([^"]*\)", "severity": "\([^"]*\)", "file": "[^"]*", "line": \([0-9]*\),.*/\1 \2 \3/p'
}
put fullwidth 'plugin L2TP.ppp\n\357\275\214\357\274\222\357\275\224\357\275\220noipsec\nlock\n'
put typo 'mtuu 1400\nnoauth yes\nlock\nlock\n'
cC() { env -u LANG -u LC_CTYPE -u LC_MESSAGES -u LANGUAGE LC_ALL=C "$PPPCONF" "$@"; }
for f in "$G"/*.options "$T_TMP/fullwidth" "$T_TMP/typo"; do
	want=$(findings cC check --json --platform macos "$f")
	t_check "findings for $(basename "$f") are there" [ -n "$want" ]
	t_eq "findings for $(basename "$f") are the same in Chinese" "$want" \
		"$(findings zh check --json --platform macos "$f")"
	t_eq "findings for $(basename "$f"): the text output's ids and lines too" \
		"$(cC check --platform macos "$f" | sed -n 's/^[^:]*:\([0-9]*\): .*\[\([a-z-]*\)\]$/\1 \2/p')" \
		"$(zh check --platform macos "$f" | sed -n 's/^[^:]*:\([0-9]*\): .*\[\([a-z-]*\)\]$/\1 \2/p')"
done
t_contains "full-width letters are still found" "$(findings zh check --json --platform macos "$T_TMP/fullwidth")" \
	"fullwidth-chars error 2"
# The L2TP fix written from a Chinese session leaves nothing that looks pasted.
put opts 'noauth\n'
zh fix l2tp-noipsec --platform macos --yes --no-ipsec-confirmed "$T_TMP/opts" >"$T_TMP/fix.out" 2>&1
t_eq "the fix from a Chinese session: changed" 3 "$?"
t_check "the file it wrote is ASCII" sh -c '! LC_ALL=C grep -q "[^ -~]" "$1"' x "$T_TMP/opts"
t_eq "and has the same findings as in English" \
	"$(findings c check --json --platform macos "$T_TMP/opts")" \
	"$(findings zh check --json --platform macos "$T_TMP/opts")"

# The command line in Chinese: --help, check's lines, set's did-you-mean,
# explain's labels, doctor, why; names, files and pppd's words unchanged.
OUT=$(zh --help)
t_contains "--help in Chinese: the usage" "$OUT" "用法：pppconf [options] [FILE]"
t_contains "--help: a command's summary" "$OUT" "一条指令的作用和风险"
t_contains "--help: an option's help" "$OUT" "显示 diff，不写入"
t_contains "--help: the exit statuses" "$OUT" "退出状态："
t_contains "--help: option names stay" "$OUT" "  --platform macos|linux"
t_contains "--help: command lines stay" "$OUT" "pppconf explain NAME..."
if command -v python3 >/dev/null 2>&1; then
	w=$(printf '%s\n' "$OUT" | widest)
	t_check "--help in Chinese fits 80 columns (widest: $w)" [ "$w" -le 80 ]
fi
en=$(c --help)
t_contains "--help under LANG=C: English" "$en" "show the diff, write nothing"
t_check "--help under LANG=C: ASCII only" sh -c '! printf "%s" "$1" | LC_ALL=C grep -q "[^ -~	]"' x "$en"

OUT=$(zh check --only --platform macos "$T_TMP/typo")
t_contains "check in Chinese: the severity" "$OUT" "typo:1: 错误: "
t_contains "check: the message, names as written" "$OUT" \
	"'noauth' 不带值，所以 pppd 把它后面的 'yes' 当作一条单独的指令来读"
t_contains "check: the fix in Chinese" "$OUT" "    修复：删除 'yes'。"
t_contains "check: the did-you-mean in Chinese" "$OUT" "你是不是想写 'mtu'？"
t_contains "check: the replacement is the directive" "$OUT" "    改写为：mtu 1400"
t_contains "check: the summary line" "$OUT" "2 个错误，1 个警告，1 个提示：pppd 会拒绝这个文件。"
en=$(c check --only --platform macos "$T_TMP/typo")
t_contains "check under LANG=C: English" "$en" "'noauth' takes no value"
t_check "check under LANG=C: ASCII only" sh -c '! printf "%s" "$1" | LC_ALL=C grep -q "[^ -~	]"' x "$en"

# The sentences built from pppd's parsers (pppd/catalog_value.c,
# catalog_shape.c) and from the table of old spellings (catalog_legacy.c)
# in Chinese too; names, values and pppd's own words as written.
put old 'mtu abc\nnomppc\nmppe required,no40,no56,stateless\nlcp-echo-interval -5\nrefuse-chap-md5\nreplacedefaultroute\nnetmask 255.0.x\nendpoint foo:1\nmru 0100\nset FOO\nipx-node zz\n'
OUT=$(zh check --only --no-env --platform linux "$T_TMP/old")
t_contains "check in Chinese: a value pppd refuses" "$OUT" \
	"mtu 的值有误：'abc' 不是数字；pppd 会拒绝它。"
t_contains "check in Chinese: where an old spelling comes from" "$OUT" \
	"修复：'nomppc' 来自 OpenWrt 和路由器固件的 MPPE-MPPC 补丁，它从未进入 Linux 或 Apple 的 pppd；"
t_contains "check in Chinese: why it goes" "$OUT" "pppconf 所知道的 pppd 都没有 MPPC 压缩"
t_contains "check in Chinese: the patch's mppe line" "$OUT" \
	"pppd 用分开的选项写 MPPE：'require-mppe-128' 要求 128 位加密"
t_contains "check in Chinese: what to write instead" "$OUT" "请改写为 pppd 认识的写法。"
t_contains "check in Chinese: a number below what works" "$OUT" \
	"lcp-echo-interval：'-5' 小于 0；pppd 会接受它，但它不是一个可用的设置"
t_contains "check in Chinese: pppd's words stay" "$OUT" "pppd 会说 \"missing = in name=value\" 并拒绝它"
t_contains "check in Chinese: a release in one sentence" "$OUT" \
	"'ipx-node' 已从 Linux pppd 2.5.0 起的版本中去掉"
# Any English sentence left (five words in a row, outside quotes) is a
# message nobody translated.
t_eq "check in Chinese: no English sentence left" "" \
	"$(printf '%s\n' "$OUT" | sed "s/'[^']*'//g; s/\"[^\"]*\"//g" | grep -E '([A-Za-z]+ ){4}[A-Za-z]+')"
en=$(c check --only --no-env --platform linux "$T_TMP/old")
t_contains "check under LANG=C: the value in English" "$en" \
	"Bad value for mtu: 'abc' is not a number; pppd refuses it."
t_contains "check under LANG=C: the old spelling in English" "$en" \
	"'nomppc' comes from the MPPE-MPPC patch of OpenWrt and router firmware"
t_contains "check under LANG=C: the mppe line in English" "$en" \
	"pppd spells MPPE with separate options"
t_contains "check under LANG=C: what to write, in English" "$en" "Write instead what pppd knows."
t_check "check under LANG=C: ASCII only" sh -c '! printf "%s" "$1" | LC_ALL=C grep -q "[^ -~	]"' x "$en"

ERR=$(zh set --platform macos mtuu 1400 "$T_TMP/typo" 2>&1 >/dev/null)
t_contains "set with an unknown name: Chinese, the did-you-mean too" "$ERR" \
	"'mtuu' 不是 macOS 的 pppd 认识的指令。你是不是想写：mtu？"
ERR=$(c set --platform macos mtuu 1400 "$T_TMP/typo" 2>&1 >/dev/null)
t_contains "set with an unknown name under LANG=C: English" "$ERR" "Did you mean: mtu?"

OUT=$(zh explain --platform macos mtu)
t_contains "explain: the labels in Chinese, lined up" "$OUT" "  平台：      macOS 和 Linux"
t_contains "explain: privileged or not" "$OUT" "  需要特权：  否"
OUT=$(zh doctor --platform macos "$T_TMP/typo")
t_contains "doctor in Chinese: the errors" "$OUT" "[FIX]  2 个错误：pppd 会拒绝这个文件"
t_contains "doctor: the verdict" "$OUT" "有需要修复的地方：见上面的 [FIX]。"
OUT=$(zh why --platform macos "IPSec 共享密钥丢失")
t_contains "why on the Chinese alert: the heading in Chinese" "$OUT" \
	"这是 Mac 的提示 \"L2TP Error 7\"（简体中文）"
t_contains "why: the labels in Chinese" "$OUT" "运行：  sudo pppconf fix l2tp-noipsec"

# --json is the same, byte for byte, in every language: scripts and the
# Ansible module read it. A failing command's sentence is Chinese on stderr
# and English in the object.
jsame() {  # NAME ARGS...: stdout of --json, in C and in Chinese
	n=$1; shift
	a=$(c "$@" 2>/dev/null; echo "rc=$?"); b=$(zh "$@" 2>/dev/null; echo "rc=$?")
	t_check "--json $n: an object" sh -c 'printf "%s" "$1" | grep -q "\"schema\""' x "$a"
	t_eq "--json $n: the same bytes in Chinese" "$a" "$b"
}
jsame check check --json --only --platform macos "$T_TMP/typo"
jsame doctor doctor --json --platform macos "$T_TMP/typo"
jsame explain explain --json --platform macos l2tpnoipsec
jsame why why --json --platform macos "IPSec 共享密钥丢失"
jsame set set --json --dry-run --platform macos mtuu 1400 "$T_TMP/typo"
jsame "bad option" check --json --platform nowhere "$T_TMP/typo"
jsame fix fix l2tp-noipsec --json --dry-run --platform macos "$T_TMP/typo"
ERR=$(zh set --json --dry-run --platform macos mtuu 1400 "$T_TMP/typo" 2>&1 >/dev/null)
t_contains "--json: the sentence on stderr in Chinese" "$ERR" "不是 macOS 的 pppd 认识的指令"
OUT=$(zh set --json --dry-run --platform macos mtuu 1400 "$T_TMP/typo" 2>/dev/null)
t_contains "--json: the object's error in English" "$OUT" \
	"\"error\": \"'mtuu' is not a directive macOS's pppd knows. Did you mean: mtu?\""

t_done
