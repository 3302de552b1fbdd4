#!/bin/sh
# Brings the translation catalogues up to date with the sources (run after changing any
# user-visible text, then translate what is marked unfinished, e.g. with Qt Linguist; the build
# compiles them into .qm files). The CMake target update_translations runs this script.
#   accessy-invite       the window (ui/, app/main.cpp)
#   accessy-invite-core  the headless modules (app/*, not the sandbox, a developer tool)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
# -I app: lupdate follows the includes ("sending/sendjob.h") to learn each class's namespace,
# which is part of the context QTranslator looks texts up by (sending::SendJob, not SendJob).
core_dirs=$(ls -d app/*/ | grep -v -e '^app/sandbox/' -e '^app/i18n/')
for lang in sv en; do
    "$lupdate" -silent -locations none -no-obsolete -target-language "$lang" -I app \
        ui app/main.cpp -ts "translations/accessy-invite_$lang.ts"
    # shellcheck disable=SC2086
    "$lupdate" -silent -locations none -no-obsolete -target-language "$lang" -I app \
        $core_dirs -ts "translations/accessy-invite-core_$lang.ts"
done
