#pragma once

#include <QString>

namespace natter::ui {

// "Save as…" of a file the app holds (a picture, a video): copies `source` to `target`,
// replacing a file that is there, and does nothing when both are the same file. False with a
// sentence for the user in `error` when it fails.
bool saveCopy(const QString &source, const QString &target, QString *error = nullptr);

} // namespace natter::ui
