// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "namedwidget.h"

#include "validation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace lre::ui {

namespace {

QSpinBox *side_spin(const char *name, const QString &accessible, int value)
{
    auto *spin = named(new QSpinBox, name, accessible, accessible);
    spin->setRange(limits::kImageSideMin, limits::kImageSideMax);
    spin->setValue(value);
    spin->setSuffix(QObject::tr(" px"));
    return spin;
}

} // namespace

ExportDialog::ExportDialog(const ExportOptions &options, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_options(options)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(options.dialogTitle);

    m_path = named(new QLineEdit(path), "exportPath", tr("File name"),
                   tr("The format follows the extension: %1").arg(extensions_text(options.formats)));
    m_path->setMinimumWidth(360);
    auto *browse = named(new QPushButton(tr("&Browse…")), "exportBrowse", tr("Choose file"),
                         tr("Choose the file to write"));
    browse->setAutoDefault(false);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_width = side_spin("exportWidth", tr("Width"), options.size.width());
    m_height = side_spin("exportHeight", tr("Height"), options.size.height());
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×")));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch(1);

    m_scale = named(new QComboBox, "exportScale", tr("Scale"),
                    tr("2x and 3x give sharp images for slides and high-density screens"));
    for (int scale : {1, 2, 3})
        m_scale->addItem(tr("%1x").arg(scale), scale);
    m_pixels = new QLabel;
    m_pixels->setObjectName(QStringLiteral("exportPixels"));

    m_samples = named(new QSpinBox(this), "exportSamples", tr("Samples"),
                      tr("Evenly spaced rows over the x range (x = 0 is added when inside)"));
    m_samples->setRange(static_cast<int>(limits::kSamplesMin), static_cast<int>(limits::kSamplesMax));
    m_samples->setValue(101);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    // A row of several widgets gets no buddy from QFormLayout: give its label one, so that
    // Alt+F and Alt+S reach the fields.
    auto buddied = [](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(buddied(tr("&File:"), m_path), pathRow);
    form->addRow(buddied(tr("&Size:"), m_width), sizeRow);
    form->addRow(tr("S&cale:"), m_scale);
    form->addRow(tr("Pixels:"), m_pixels);
    if (options.samplesApply)
        form->addRow(tr("CSV &rows:"), m_samples);
    else
        m_samples->hide();
    form->addRow(m_buttons);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateForFormat);
    connect(m_width, &QSpinBox::valueChanged, this, &ExportDialog::updateForFormat);
    connect(m_height, &QSpinBox::valueChanged, this, &ExportDialog::updateForFormat);
    connect(m_scale, &QComboBox::currentIndexChanged, this, &ExportDialog::updateForFormat);
    updateForFormat();
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, m_options.dialogTitle, m_path->text(),
                                                        file_dialog_filter(m_options.formats));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportDialog::updateForFormat()
{
    auto format = export_format_for(m_path->text());
    if (format && !m_options.formats.contains(*format))
        format.reset();
    const bool image = format && is_image(*format);
    const bool drawing = image || (format && is_vector(*format));
    m_width->setEnabled(drawing && m_options.sizeEditable);
    m_height->setEnabled(drawing && m_options.sizeEditable);
    m_scale->setEnabled(image);
    m_samples->setEnabled(format == ExportFormat::Csv && m_options.samplesApply);
    const int scale = m_scale->currentData().toInt();
    m_pixels->setText(image ? tr("%1 × %2").arg(m_width->value() * scale).arg(m_height->value() * scale)
                            : QStringLiteral("–"));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(format.has_value());
}

ExportChoice ExportDialog::choice() const
{
    ExportChoice c;
    c.path = m_path->text();
    c.size = m_options.sizeEditable ? QSize(m_width->value(), m_height->value()) : m_options.size;
    c.scale = m_scale->currentData().toInt();
    c.samples = m_samples->value();
    return c;
}

} // namespace lre::ui
