#!/bin/sh
# How long plain mode takes to say things, per language, spoken by
# espeak-ng at its default rate (175 words a minute): seconds of speech,
# from the length of the WAV it writes.  A figure for bench/README.md, not
# a test (tests/cli/speech.sh checks *what* is said).
#
#   home      everything up to and including the first prompt
#   help      after typing h, up to the next prompt
#   to-help   the part of home heard before it first names the h key
#   112       after typing h, until "1 1 2" has been said
#   crisis    after typing h, until the first crisis line's number begins
#             (a number of several groups: "0 9, 2 5 2 5, ...")
#   crisis-end  the same, until that number has been said
#   list      after typing 4 (the directory), up to and including its prompt
#   guide     after opening a helpline, until its heading "What happens
#             when you get in touch" has been said: the longest of every
#             helpline in the list that has one
#
# Targets (issue 39): 112 and crisis within 6 s, list within 60 s, guide
# within 20 s.       bench/speech.sh [path/to/tuki]
set -eu
TUKI=${1:-$(dirname "$0")/../tuki}
command -v espeak-ng >/dev/null || { echo "espeak-ng is not installed" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# Monday 10:00 in Helsinki: most lines open, so the list says "open now".
export TUKI_NOW=${TUKI_NOW:-2026-12-07T10:00}

# Seconds of speech (one decimal) for the text in a file.
seconds() {
	espeak-ng -v "$1" --stdout -f "$2" >"$tmp/wav"
	awk -v b="$(wc -c <"$tmp/wav")" 'BEGIN { printf "%.1f", (b - 44) / 44100 }'
}

# The text plain mode prints after the n-th prompt (0: before the first),
# up to the next prompt (included when $3 is "with-prompt").
after_prompt() {
	awk -v n="$1" -v with="$2" '/^> / { if (seg == n && with == "with-prompt") print; seg++; next }
		seg == n' "$tmp/out" | sed 's/^> //'
}

# The text up to the end of the first match of a Perl regex.
until_match() {
	perl -0777 -ne 'if (/\A(.*?'"$1"')/s) { print $1 } else { print $_ }'
}

# The text before the first match begins.
before_match() {
	perl -0777 -ne 'if (/\A(.*?)'"$1"'/s) { print $1 } else { print $_ }'
}

# A msgid in the language's catalog (English: itself).
translated() {
	mo=${TUKI_LOCALEDIR:-/usr/share/locale}/$1/LC_MESSAGES/tuki.mo
	if [ "$1" = en ] || [ ! -f "$mo" ]; then
		printf '%s' "$2"
		return
	fi
	msgunfmt "$mo" | msggrep -K -e "^$2\$" | msgattrib --no-wrap | sed -n 's/^msgstr "\(.*\)"$/\1/p' | tail -n 1
}

figure() {
	printf ' %5ss' "$(seconds "$1" "$2")"
}

printf '%-10s %6s %6s %6s\n' part fi sv en
for part in home help to-help 112 crisis crisis-end list guide; do
	printf '%-10s' "$part"
	for lang in fi sv en; do
		case $part in
		home | help | to-help | 112 | crisis | crisis-end)
			printf 'h\nq\n' | "$TUKI" --plain --lang "$lang" >"$tmp/out" 2>/dev/null || true ;;
		list | guide)
			printf '4\nq\n' | "$TUKI" --plain --lang "$lang" >"$tmp/out" 2>/dev/null || true ;;
		esac
		case $part in
		home) after_prompt 0 with-prompt >"$tmp/text" ;;
		help) after_prompt 1 with-prompt >"$tmp/text" ;;
		to-help) after_prompt 0 no | awk '{ print } / h( |,|:)/ { exit }' >"$tmp/text" ;;
		112) after_prompt 1 no | until_match '1 1 2' >"$tmp/text" ;;
		crisis) after_prompt 1 no | before_match '\+?[0-9](?: [0-9])*(?:, [0-9](?: [0-9])*)+' \
			>"$tmp/text" ;;
		crisis-end) after_prompt 1 no | until_match '\+?[0-9](?: [0-9])*(?:, [0-9](?: [0-9])*)+' \
			>"$tmp/text" ;;
		list) after_prompt 1 with-prompt >"$tmp/text" ;;
		guide)
			# Every helpline of the list, opened by its number, until a
			# number opens nothing.
			heading=$(translated "$lang" "What happens when you get in touch")
			worst=0
			i=1
			while [ "$i" -le 60 ]; do
				printf '4\n%s\nq\n' "$i" | "$TUKI" --plain --lang "$lang" >"$tmp/out" 2>/dev/null || true
				after_prompt 2 no >"$tmp/page"
				grep -q '[^[:space:]]' "$tmp/page" || break
				i=$((i + 1))
				grep -qF "$heading" "$tmp/page" || continue
				until_match "\\Q$heading\\E" <"$tmp/page" >"$tmp/text"
				s=$(seconds "$lang" "$tmp/text")
				worst=$(awk -v a="$worst" -v b="$s" 'BEGIN { print (b > a) ? b : a }')
			done
			printf ' %5ss' "$worst"
			continue ;;
		esac
		figure "$lang" "$tmp/text"
	done
	printf '\n'
done
