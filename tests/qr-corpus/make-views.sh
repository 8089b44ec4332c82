#!/usr/bin/env bash
# Makes camera-like views of a phone showing an answer code, with ImageMagick 6
# (Debian's imagemagick): what a tablet's camera sees of a phone held up to it.
#
#   make-views.sh CODE.pgm OUT_DIR
#
# CODE.pgm is the answer code as the phone draws it (351 px a side, quiet zone
# included; tests/support/qr_corpus.rs writes it). The phone page is drawn
# around it (text lines, a button, the phone's black rim) and put on a table
# in a 640×480 frame, then changed as a camera would: 40, 60 or 100 % of the
# drawn size; turned 0°, 12° or 30°; blurred (radius 1.2) or not; noisy
# (Gaussian, 0.5) or not; saved as JPEG at quality 55 (the 36 views of issue 20,
# and its three tilted views). Then the harder cases a room full of phones
# gives: low contrast (a dim screen under a bright lamp), glare (a lamp
# reflected on the glass), a phone in dark mode (dark page around the code;
# and once with the colours turned over, as some browsers' forced dark mode
# does), and moiré (filming a screen's pixel grid).
#
# Each view is OUT_DIR/NAME.jpg with its pixels as read, OUT_DIR/NAME.ppm, and
# a line "NAME TAG,TAG,…" in OUT_DIR/views.txt. Everything is fixed (noise has
# a seed): the same ImageMagick makes the same views.
set -euo pipefail

code=$1
out=$2
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
: >"$out/views.txt"

# The phone's page at 1 CSS px a pixel: a 390 px wide screen with the code
# (351 px, 90vw) at (19, 100), grey text lines above, a button below; a black
# rim of 14 px around it. The code's middle in the phone picture:
centre="208.5,289.5"
# Its corners (top-left, top-right, bottom-right, bottom-left), for the tilts.
corners=(33,114 384,114 384,465 33,465)

# phone PAGE TEXT BUTTON OUT: the phone with page colour PAGE, text lines TEXT.
phone() {
	convert -size 390x620 "xc:$1" -fill "$2" \
		-draw 'rectangle 19,28 330,40' -draw 'rectangle 19,52 280,64' -draw 'rectangle 19,76 200,88' \
		"$4" -geometry +19+100 -composite \
		-fill "$3" -draw 'roundrectangle 19,486 370,530 10,10' \
		-fill "$2" -draw 'rectangle 19,552 250,564' \
		-bordercolor '#101010' -border 14 "$5"
}
convert "$code" -colorspace gray "$work/code.png"
convert "$work/code.png" -negate "$work/inverted.png"
phone white '#3a3a3a' '#2f5fb3' "$work/code.png" "$work/light.png"
phone '#121212' '#c8c8c8' '#7fa8e8' "$work/code.png" "$work/dark.png"
phone '#121212' '#c8c8c8' '#7fa8e8' "$work/inverted.png" "$work/dark-inverted.png"
# The table under the phone, lit from one side.
convert -size 640x480 gradient:'#a08c74'-'#5e5142' "$work/table.png"

# view NAME TAGS PHONE PLACE EFFECTS…: PLACE is "CX,CY SCALE ANGLE" (the
# phone's point CX,CY goes to the frame's middle, scaled and turned) or
# "perspective X,Y X,Y X,Y X,Y" (where the code's corners go); EFFECTS are
# ImageMagick operators on the 640×480 frame before it is saved. The phone is
# resampled smoothly (as a lens does), or pixel by pixel if SAMPLING=point.
view() {
	local name=$1 tags=$2 picture=$3 place=$4
	shift 4
	local distort
	case $place in
	perspective*)
		read -ra to <<<"${place#perspective }"
		distort=(-distort Perspective "${corners[0]} ${to[0]}  ${corners[1]} ${to[1]}  ${corners[2]} ${to[2]}  ${corners[3]} ${to[3]}")
		;;
	*) distort=(-distort SRT "$place 320,240") ;;
	esac
	if [ "${SAMPLING:-}" = point ]; then
		distort=(-filter point "${distort[@]}")
	fi
	convert "$work/table.png" \
		\( "$picture" -alpha set -virtual-pixel transparent \
		-define distort:viewport=640x480+0+0 "${distort[@]}" +repage \) \
		-compose over -composite -seed 20 "$@" -quality 55 "$out/$name.jpg"
	convert "$out/$name.jpg" "$out/$name.ppm"
	echo "$name $tags" >>"$out/views.txt"
}

# scale PERCENT: as a factor (60 → 0.60).
scale() {
	printf '%d.%02d' $(($1 / 100)) $(($1 % 100))
}

# Issue 20's views: every size, angle, blur and noise; then three tilts.
for size in 40 60 100; do
	for angle in 0 12 30; do
		for blur in 0 1.2; do
			for noise in 0 0.5; do
				effects=()
				tags="size-$size,angle-$angle"
				if [ "$blur" != 0 ]; then
					effects+=(-blur "0x$blur")
					tags+=",blur"
				fi
				if [ "$noise" != 0 ]; then
					effects+=(-attenuate "$noise" +noise Gaussian)
					tags+=",noise"
				fi
				view "s$size-a$angle-b$blur-n$noise" "$tags" "$work/light.png" \
					"$centre $(scale "$size") $angle" "${effects[@]}"
			done
		done
	done
done
view tilt-side size-60,tilt "$work/light.png" "perspective 180,110 440,160 440,330 180,380"
view tilt-back size-60,tilt "$work/light.png" "perspective 230,130 410,130 450,370 190,370"
view tilt-both size-40,tilt "$work/light.png" "perspective 250,170 380,150 400,290 260,320" -blur 0x0.8

# Low contrast: a dim screen under a bright lamp, or a washed-out photo.
for size in 40 60 100; do
	view "contrast-s$size" "size-$size,contrast" "$work/light.png" "$centre $(scale "$size") 8" +level 35%,70%
done
view contrast-s60-blur size-60,contrast,blur "$work/light.png" "$centre 0.60 20" +level 35%,70% -blur 0x1
view contrast-s100-noise size-100,contrast,noise "$work/light.png" "$centre 1.00 -15" +level 40%,65% -attenuate 0.5 +noise Gaussian
view contrast-s60-faint size-60,contrast "$work/light.png" "$centre 0.60 0" +level 42%,62%

# Glare: a lamp seen in the phone's glass, a bright patch over part of the code.
# glare W H GREY X Y [TURN]: a patch W×H as bright as GREY in its middle, at X,Y.
glare() {
	echo \( -size "$1x$2" -define gradient:extent=minimum "radial-gradient:$3-black" -background black -rotate "${6:-0}" \) \
		-geometry "+$4+$5" -compose screen -composite
}
# shellcheck disable=SC2046 # the patch's operators are words
{
	view glare-corner size-60,glare "$work/light.png" "$centre 0.60 5" $(glare 240 240 gray95 140 70)
	view glare-middle size-100,glare "$work/light.png" "$centre 1.00 0" $(glare 320 260 gray90 220 130)
	view glare-streak size-60,glare "$work/light.png" "$centre 0.60 -10" $(glare 560 130 gray90 60 150 25)
	view glare-s40 size-40,glare "$work/light.png" "$centre 0.40 15" $(glare 160 160 gray90 240 150)
}

# Dark mode: a dark page around the code (which stays black on white), and
# twice with the colours turned over by the browser (light on dark).
for size in 40 60 100; do
	view "dark-s$size" "size-$size,dark" "$work/dark.png" "$centre $(scale "$size") -6"
done
view dark-s60-blur-noise size-60,dark,blur,noise "$work/dark.png" "$centre 0.60 25" -blur 0x1.2 -attenuate 0.5 +noise Gaussian
view inverted-s60 size-60,dark,inverted "$work/dark-inverted.png" "$centre 0.60 4"
view inverted-s100 size-100,dark,inverted "$work/dark-inverted.png" "$centre 1.00 -20"

# Moiré: the phone's screen as red, green and blue stripes with dark gaps
# (three pixels to one CSS pixel), sampled pixel by pixel, as a camera's sensor
# samples a screen's pixel grid: bands where the two grids beat.
convert -size 3x3 xc:'#505050' -fill '#ff6060' -draw 'line 0,0 0,1' -fill '#60ff60' -draw 'line 1,0 1,1' \
	-fill '#6060ff' -draw 'line 2,0 2,1' "$work/subpixels.png"
convert "$work/light.png" -filter point -resize 300% -size 1254x1944 "tile:$work/subpixels.png" \
	-compose multiply -composite "$work/screen.png"
moire="625.5,868.5"
SAMPLING=point view moire-s40 size-40,moire "$work/screen.png" "$moire 0.1333 5" -blur 0x0.5
SAMPLING=point view moire-s60 size-60,moire "$work/screen.png" "$moire 0.20 3" -blur 0x0.5
SAMPLING=point view moire-s60-turned size-60,moire "$work/screen.png" "$moire 0.20 17" -blur 0x0.7 -attenuate 0.5 +noise Gaussian
SAMPLING=point view moire-s100 size-100,moire "$work/screen.png" "$moire 0.3333 -8" -blur 0x0.5
