#include "ui/dialogs/SaveCopy.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace natter::ui {

bool saveCopy(const QString &source, const QString &target, QString *error)
{
    const QFileInfo from(source);
    const QFileInfo to(target);
    if (to.exists() && from.canonicalFilePath() == to.canonicalFilePath())
        return true;
    if (to.exists() && !QFile::remove(target)) {
        if (error)
            *error = QCoreApplication::translate("natter::ui::SaveCopy", "%1 cannot be replaced.")
                         .arg(to.fileName());
        return false;
    }
    QFile file(source);
    if (!file.copy(target)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace natter::ui
