# zsh_complete.zsh - what zsh's completion offers for a command line: run as `zsh -f zsh_complete.zsh DIR LOG LINE...`.
# A zsh in a pseudo-terminal (zsh/zpty) loads the completion functions in
# DIR, types each LINE followed by Tab, and writes every word the
# completion offered, one a line, to LOG (several lines: their words one
# after the other). compadd is wrapped to record the candidates that
# match what was typed; calls that only compute (-O, -A, -D) pass through.
zmodload zsh/zpty || exit 3
dir=$1 log=$2
shift 2
: >$log
zpty -b pc zsh -f -i
zpty -w pc "PS1='> '; unsetopt auto_list list_beep; fpath=($dir \$fpath); autoload -Uz compinit; compinit -u -D; print PC-READY"
zpty -r -t pc out '*PC-READY*' || { sleep 2; zpty -r -t pc out '*PC-READY*'; } || exit 4
zpty -w pc "compadd() { if (( \${@[(I)-[OAD]]} )); then builtin compadd \"\$@\"; return; fi; local -a __m; builtin compadd -O __m \"\$@\"; print -rl -- \$__m >>${(q)log}; builtin compadd \"\$@\"; }; print PC-WRAPPED"
zpty -r pc out '*PC-WRAPPED*'
zpty -r pc out '*PC-WRAPPED*'
n=0
for line in "$@"; do
	n=$((n + 1))
	zpty -w -n pc "$line"$'\t'
	# the typed line echoes as PC-DONE-$((n)); only its output reads
	# PC-DONE-n, so one read waits for the completion to be over
	zpty -w -n pc $'\C-e\C-u'"print PC-DONE-\$(($n))"$'\n'
	zpty -r pc out "*PC-DONE-${n}[^0-9]*"
done
zpty -d pc
