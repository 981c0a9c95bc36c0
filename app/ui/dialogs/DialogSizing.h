#pragma once

#include <QLayout>
#include <QWidget>

namespace natter::ui {

// Makes a dialog tall enough for its current content at its current width, after messages
// with word-wrapped text appeared (a top-level layout does not grow a window for
// height-for-width content by itself, so the text would be squeezed and clipped).
inline void growToFit(QWidget *dialog)
{
    QLayout *layout = dialog->layout();
    if (!layout)
        return;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width())
                                                   : layout->totalSizeHint().height();
    dialog->setMinimumHeight(qMin(needed, 900));
    if (needed > dialog->height())
        dialog->resize(dialog->width(), needed);
}

} // namespace natter::ui
