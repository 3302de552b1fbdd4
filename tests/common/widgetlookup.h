#pragma once

#include <QWidget>

// The child widget called `name`; a test that asks for one that is not there stops at once
// (every later step would only fail less clearly).
template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}
