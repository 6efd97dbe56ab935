#include "exportdialog.h"

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
    auto *spin = new QSpinBox;
    spin->setObjectName(QLatin1String(name));
    spin->setAccessibleName(accessible);
    spin->setToolTip(accessible);
    spin->setRange(limits::kImageSideMin, limits::kImageSideMax);
    spin->setValue(value);
    spin->setSuffix(QObject::tr(" px"));
    return spin;
}

} // namespace

ExportDialog::ExportDialog(const QString &path, QSize chartSize, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Chart"));

    m_path = new QLineEdit(path);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setAccessibleName(tr("File name"));
    m_path->setToolTip(tr("The format follows the extension: %1").arg(supported_extensions_text()));
    m_path->setMinimumWidth(360);
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("exportBrowse"));
    browse->setAccessibleName(tr("Choose file"));
    browse->setToolTip(tr("Choose the file to write"));
    browse->setAutoDefault(false);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_width = side_spin("exportWidth", tr("Width"), chartSize.width());
    m_height = side_spin("exportHeight", tr("Height"), chartSize.height());
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×")));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch(1);

    m_scale = new QComboBox;
    m_scale->setObjectName(QStringLiteral("exportScale"));
    m_scale->setAccessibleName(tr("Scale"));
    m_scale->setToolTip(tr("2x and 3x give sharp images for slides and high-density screens"));
    for (int scale : {1, 2, 3})
        m_scale->addItem(tr("%1x").arg(scale), scale);
    m_pixels = new QLabel;
    m_pixels->setObjectName(QStringLiteral("exportPixels"));

    m_samples = new QSpinBox;
    m_samples->setObjectName(QStringLiteral("exportSamples"));
    m_samples->setAccessibleName(tr("Samples"));
    m_samples->setToolTip(tr("Evenly spaced rows over the x range (x = 0 is added when inside)"));
    m_samples->setRange(static_cast<int>(limits::kSamplesMin), static_cast<int>(limits::kSamplesMax));
    m_samples->setValue(101);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&File:"), pathRow);
    form->addRow(tr("&Size:"), sizeRow);
    form->addRow(tr("S&cale:"), m_scale);
    form->addRow(tr("Pixels:"), m_pixels);
    form->addRow(tr("CSV &rows:"), m_samples);
    form->addRow(m_buttons);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateForFormat);
    connect(m_width, &QSpinBox::valueChanged, this, &ExportDialog::updateForFormat);
    connect(m_height, &QSpinBox::valueChanged, this, &ExportDialog::updateForFormat);
    connect(m_scale, &QComboBox::currentIndexChanged, this, &ExportDialog::updateForFormat);
    updateForFormat();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), m_path->text(),
        tr("PNG image (*.png);;JPEG image (*.jpg *.jpeg);;SVG vector image (*.svg);;"
           "PDF document (*.pdf);;CSV data (*.csv)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportDialog::updateForFormat()
{
    const auto format = export_format_for(m_path->text());
    const bool image = format == ExportFormat::Png || format == ExportFormat::Jpeg;
    const bool vector = format == ExportFormat::Svg || format == ExportFormat::Pdf;
    m_width->setEnabled(image || vector);
    m_height->setEnabled(image || vector);
    m_scale->setEnabled(image);
    m_samples->setEnabled(format == ExportFormat::Csv);
    const int scale = m_scale->currentData().toInt();
    m_pixels->setText(image ? tr("%1 × %2").arg(m_width->value() * scale).arg(m_height->value() * scale)
                            : QStringLiteral("–"));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(format.has_value());
}

ExportRequest ExportDialog::request(const PlotParams &params, Theme theme) const
{
    ExportRequest r;
    r.path = m_path->text();
    r.params = params;
    r.theme = theme;
    r.size = QSize(m_width->value(), m_height->value());
    r.scale = m_scale->currentData().toInt();
    r.samples = m_samples->value();
    return r;
}

} // namespace lre::ui
