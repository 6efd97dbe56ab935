#pragma once

#include "chartexport.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace lre::ui {

// Asks where to export and, by format, the pixel size and scale (images) or the sample count (CSV).
class ExportDialog final : public QDialog {
    Q_OBJECT

public:
    ExportDialog(const QString &path, QSize chartSize, QWidget *parent = nullptr);

    // The request for the chart as it is now; only meaningful once the dialog was accepted.
    ExportRequest request(const PlotParams &params, Theme theme) const;
    void setPath(const QString &path);

private:
    void browse();
    void updateForFormat();

    QLineEdit *m_path = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QComboBox *m_scale = nullptr;
    QSpinBox *m_samples = nullptr;
    QLabel *m_pixels = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lre::ui
