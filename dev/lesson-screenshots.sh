#!/usr/bin/env bash
# Takes the screenshot of each lesson shown in docs/trainer.md and the README, into docs/images/,
# on a virtual 1920 x 1080 display (needs xvfb-run: Debian package xvfb).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
# lesson id and its hours: each is shown at the end of its run, where the figures in its text hold
for lesson in participation:72 threshold:48 seeding:48 complaints:72 public:72 internal:120 community:72; do
  id=${lesson%%:*}
  hours=${lesson##*:}
  xvfb-run -a -s "-screen 0 1920x1080x24" ./viralsim gui --lesson "$id" --ticks "$hours" \
    --screenshot "docs/images/lesson-$id.png" 2> >(grep -v 'Java3D' >&2)
done
