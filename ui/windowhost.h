#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace core {
class Application;
}

namespace ui {

class MainWindow;

// Owns the main window, and when the admin picks another language (View › Language) makes it
// anew in that language at once, showing what the old one showed: the numbers typed or
// imported, the message and the groups (through the draft, as after a restart), the results
// with their selection and search, the session, the practice mode and the layout. The
// services live on in the application object, so nothing is signed out or read again but
// the access groups. Refused while a send, or the check before it, is running.
class WindowHost final : public QObject
{
    Q_OBJECT
public:
    explicit WindowHost(core::Application *app, QObject *parent = nullptr);
    ~WindowHost() override;

    MainWindow *window() const { return m_window.get(); }
    // Applies `language` ("sv", "en"; "" for the system's) now and remembers it for the next
    // start. False, with the reason in the status bar, while a send runs.
    bool switchLanguage(const QString &language);

Q_SIGNALS:
    // The window was made anew: whoever talks to the window connects to this one.
    void windowReplaced(ui::MainWindow *window);

private:
    void watchLanguageMenu();
    void checkChosenLanguage();
    std::unique_ptr<MainWindow> remake(const QString &oldDefaultMessage);

    core::Application *m_app;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace ui
