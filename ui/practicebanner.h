#pragma once

class QLabel;
class QWidget;

namespace ui {

// "Practice mode — connected to a local practice server…": the yellow notice across the top of
// the window, hidden until practice mode starts.
QLabel *createPracticeBanner(QWidget *parent);

} // namespace ui
