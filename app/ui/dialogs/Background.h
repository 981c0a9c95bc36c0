#pragma once

#include <QFuture>
#include <QPromise>
#include <QThreadPool>

#include <memory>

// Work the dialogs do off the GUI thread (decoding large pictures), without Qt Concurrent.
namespace natter::ui {

// Runs `work` (a callable returning T, touching no widgets) on the global thread pool; the
// future gets its result. A QFutureWatcher owned by the widget delivers it back safely: when the
// widget is gone first, the result is simply dropped.
template<typename Work> auto runInBackground(Work work) -> QFuture<decltype(work())>
{
    using T = decltype(work());
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)]() mutable {
        promise->addResult(work());
        promise->finish();
    });
    return future;
}

} // namespace natter::ui
