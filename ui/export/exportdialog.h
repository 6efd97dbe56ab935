// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportoptions.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace lre::ui {

// Asks where to export and, by format, the pixel size and scale (images) or the sample count
// (CSV), offering only what the current page's export options say applies.
class ExportDialog final : public QDialog {
    Q_OBJECT

public:
    ExportDialog(const ExportOptions &options, const QString &path, QWidget *parent = nullptr);

    // Only meaningful once the dialog was accepted.
    ExportChoice choice() const;

private:
    void browse();
    void updateForFormat();

    ExportOptions m_options;
    QLineEdit *m_path = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QComboBox *m_scale = nullptr;
    QSpinBox *m_samples = nullptr;
    QLabel *m_pixels = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lre::ui
