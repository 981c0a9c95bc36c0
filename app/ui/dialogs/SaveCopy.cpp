#include "ui/dialogs/SaveCopy.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace natter::ui {

void askSavePath(QWidget *parent, const QString &title, const QString &suggested,
    const QString &filter, const std::function<void(const QString &)> &done)
{
    auto *dialog = new QFileDialog(parent, title, suggested, filter);
    dialog->setObjectName(QStringLiteral("saveFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, done);
    dialog->open();
}

void saveCopyAs(QWidget *parent, const QString &source, const QString &title,
    const QString &suggested, const QString &failure)
{
    askSavePath(parent, title, suggested, QString(), [=](const QString &target) {
        QString error;
        if (target.isEmpty() || saveCopy(source, target, &error))
            return;
        auto *box = new QMessageBox(
            QMessageBox::Warning, title, failure.arg(error), QMessageBox::Ok, parent);
        box->setObjectName(QStringLiteral("saveErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

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
