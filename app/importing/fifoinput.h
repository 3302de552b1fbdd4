#pragma once

#include <QFile>
#include <QString>

#include <functional>

namespace importing {

// Called once when a list keeps the reader waiting (a FIFO nobody writes to yet), with a
// sentence for the admin such as "Waiting for input on “/tmp/list”…".
using WaitingNote = std::function<void(const QString &note)>;

// Opens `path` for reading into `file`. A FIFO is opened without blocking, so a FIFO with no
// writer does not hang open() without a word: after a second `note` says what the program
// waits for, then it waits until a writer sends data or closes. Anything else: QFile::open.
bool openListFile(QFile &file, const QString &path, const WaitingNote &note);

} // namespace importing
