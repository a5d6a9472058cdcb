#!/bin/sh
# How long plain mode takes to say home and Help now, per language: the
# text until the next prompt, spoken by espeak-ng at its default rate; and
# how long home takes before it says how to get help now (the h key).
# A figure for bench/README.md, not a test.   bench/speech.sh [path/to/tuki]
set -eu
TUKI=${1:-$(dirname "$0")/../tuki}
command -v espeak-ng >/dev/null || { echo "espeak-ng is not installed" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# Seconds of speech in a WAV file from espeak-ng (22050 Hz, 16-bit mono).
seconds() {
	espeak-ng -v "$1" --stdout -f "$2" >"$tmp/wav"
	bytes=$(wc -c <"$tmp/wav")
	awk -v b="$bytes" 'BEGIN { printf "%.0f", (b - 44) / 44100 }'
}

printf '%-12s %5s %5s %5s\n' part fi sv en
for part in home help to-help; do
	printf '%-12s' "$part"
	for lang in fi sv en; do
		printf 'h\nq\n' | "$TUKI" --plain --lang "$lang" >"$tmp/out" 2>/dev/null || true
		# Prompts end in "> ": part 1 is up to the first, part 2 up to the second.
		# to-help: home up to the first line that names the h key.
		awk -v want="$part" 'BEGIN { n = (want == "help") ? 2 : 1 }
			{ if (seg + 1 == n) print }
			want == "to-help" && seg == 0 && /(^| )h( |,)/ { exit }
			/^> / { seg++ }' "$tmp/out" | sed 's/^> //' >"$tmp/text"
		printf ' %4ss' "$(seconds "$lang" "$tmp/text")"
	done
	printf '\n'
done
