#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace natter::ui {

// A non-blocking save dialog over `parent` (object name "saveFileDialog": the tests find it),
// starting at `suggested`; `done` gets the chosen path once one is chosen (not on Cancel). The
// window behind goes on working meanwhile (a video keeps playing).
void askSavePath(QWidget *parent, const QString &title, const QString &suggested,
    const QString &filter, const std::function<void(const QString &)> &done);

// "Save as…" of a file the app holds: askSavePath(), then saveCopy() to the chosen path; a
// failure is shown in a message box over `parent` (object name "saveErrorBox") titled `title`,
// with `failure` whose %1 is the reason.
void saveCopyAs(QWidget *parent, const QString &source, const QString &title,
    const QString &suggested, const QString &failure);

// Copies a file the app holds (a picture, a video) from `source` to `target`,
// replacing a file that is there, and does nothing when both are the same file. False with a
// sentence for the user in `error` when it fails.
bool saveCopy(const QString &source, const QString &target, QString *error = nullptr);

} // namespace natter::ui
