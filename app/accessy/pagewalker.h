#pragma once

#include "accessy/apierror.h"

#include <QObject>

namespace accessy {

// What every walk over a paged list of the API shares: one walk at a time (late answers of an
// earlier walk, told apart by its generation, are ignored); a total that must stay the same
// while the pages are read (when it changes, items came or went and the pages shifted: the walk
// starts over, at most kMaxRestarts times); and one failure that ends the walk.
class PageWalker : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxRestarts = 3;

    // Starts (or starts over); an earlier walk's late answers are ignored.
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    int restarts() const { return m_restarts; }
    int pagesRead() const { return m_pagesRead; }

Q_SIGNALS:
    void progress(int read, qint64 total);
    void failed(const accessy::ApiError &error);

protected:
    // `list` names the list in the log ("member list"). `keptChanging` is the reason the walk
    // fails after kMaxRestarts, with %n attempts: a QT_TRANSLATE_N_NOOP in the context of the
    // derived class (the context its tr() uses).
    PageWalker(const char *list, const char *keptChanging, QObject *parent);

    // A new walk begins (not a restart): the walker's own counts start again.
    virtual void beginWalk() {}
    // Forgets the pages read so far and asks for the first one.
    virtual void readFromStart() = 0;

    // Whether an answer with this generation belongs to the walk going on.
    bool isCurrent(quint64 generation) const { return generation == m_generation && m_running; }
    // Whether a page's totalItems tells that the list changed under the walk (items came or
    // went, so the pages shifted). The walk has then started over, or failed as a bad answer to
    // `operation` once it has started over kMaxRestarts times.
    bool listChanged(qint64 total, const QString &operation);
    void fail(const ApiError &error);
    // The walk is over: later answers are ignored.
    void end();

    quint64 m_generation = 0;
    qint64 m_total = -1; // as the first page told it; -1 before
    int m_restarts = 0;
    int m_pagesRead = 0;
    bool m_running = false;

private:
    void startOver();

    const char *m_list;
    const char *m_keptChanging;
};

} // namespace accessy
