#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Leaky ReLU Explorer"));
    QApplication::setApplicationVersion(QStringLiteral(LRE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("leaky-relu-explorer"));
    lre::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
