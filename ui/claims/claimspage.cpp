// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimspage.h"

#include "chartstyle.h"
#include "claimsrunner.h"
#include "namedwidget.h"
#include "numbertext.h"
#include "widgetdrawing.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

#include <sstream>

namespace lre::ui {

namespace {

QString from_std(const std::string &text)
{
    return QString::fromStdString(text);
}

// The cards in the window's language and the locale's numbers (core writes them; see claimswording.h).
ClaimsWording window_wording()
{
    ClaimsWording wording;
    wording.translate = [](const char *source) {
        return QCoreApplication::translate(kClaimsContext, source).toStdString();
    };
    wording.number = [](double value, char format, int precision) {
        return shown_number(value, format, precision).toStdString();
    };
    return wording;
}

QLabel *wrapped_label(const QByteArray &objectName, const QString &accessible)
{
    return text_label(objectName.constData(), accessible);
}

QString series_name(bool relu, int width)
{
    return relu ? QStringLiteral("bornDeadRelu%1").arg(width) : QStringLiteral("bornDeadLeaky%1").arg(width);
}

} // namespace

ClaimsPage::ClaimsPage(QWidget *parent)
    : Page(parent)
    , m_runner(new ClaimsRunner(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("claimsPage"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kAlphaDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, [this] { rerun(); });
    connect(m_runner, &ClaimsRunner::stageFinished, this, [this](ClaimsStage stage) {
        showReport();
        emit stageShown(stage);
    });
    connect(m_runner, &ClaimsRunner::finished, this, &ClaimsPage::reportFinished);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_header = wrapped_label("claimsHeader", tr("What the claims page shows"));
    layout->addWidget(m_header);
    for (int i = 0; i < 4; ++i)
        layout->addWidget(makeCard(i));

    m_chart = make_chart(QStringLiteral("bornDeadChart"), QMargins(8, 8, 8, 8));
    m_chart->setTitle(tr("Born dead: networks constant on [-1, 1] at initialization"));
    m_depthAxis = make_value_axis(QStringLiteral("bornDeadDepthAxis"), tr("hidden layers (depth)"));
    m_fractionAxis = make_value_axis(QStringLiteral("bornDeadFractionAxis"), tr("fraction born dead"));
    set_count_range(m_depthAxis, 50, 5);
    m_fractionAxis->setRange(0, 1);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->addAxis(m_depthAxis, Qt::AlignBottom);
    m_chart->addAxis(m_fractionAxis, Qt::AlignLeft);
    m_chartView = make_chart_view(m_chart, QStringLiteral("bornDeadChartView"), tr("Born-dead chart"),
                                  tr("Fraction of networks born dead against depth, one line per width"));
    m_chartView->setMinimumHeight(360);
    layout->addWidget(m_chartView);
    auto *tableCaption = wrapped_label("bornDeadTableCaption", tr("What the born-dead table shows"));
    tableCaption->setText(tr("Born dead, percent: ReLU ± one standard error / Leaky ReLU ± one standard error."));
    layout->addWidget(tableCaption);
    m_table = named(new QTableWidget, "bornDeadTable", tr("Born-dead table"),
                    tr("ReLU / Leaky ReLU fraction born dead, ± one standard error"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMinimumHeight(200);
    layout->addWidget(m_table);

    m_scroll = named(new QScrollArea, "claimsScroll", tr("Claims"), QString());
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);
    applyTheme(Theme::Light);
    showReport();
}

ClaimsPage::~ClaimsPage() = default;

QWidget *ClaimsPage::makeCard(int index)
{
    const QByteArray prefix = "claim" + QByteArray::number(index + 1);
    auto *box = new QGroupBox;
    box->setObjectName(QString::fromLatin1(prefix + "Card"));
    auto *layout = new QVBoxLayout(box);
    Card &card = m_cards[static_cast<std::size_t>(index)];
    card.verdict = wrapped_label(prefix + "Verdict", tr("Verdict of claim %1").arg(index + 1));
    card.reason = wrapped_label(prefix + "Reason", tr("What the numbers of claim %1 show").arg(index + 1));
    card.ran = wrapped_label(prefix + "Ran", tr("What ran for claim %1").arg(index + 1));
    card.numbers = wrapped_label(prefix + "Numbers", tr("Numbers of claim %1").arg(index + 1));
    card.rule = wrapped_label(prefix + "Rule", tr("Rule of claim %1").arg(index + 1));
    for (QLabel *label : {card.verdict, card.reason, card.ran, card.numbers, card.rule})
        layout->addWidget(label);
    auto *buttons = new QHBoxLayout;
    const auto waiting = claim_cards(ClaimsReport{});
    for (ClaimView view : waiting[static_cast<std::size_t>(index)].views) {
        QString text;
        const char *name = "";
        switch (view) {
        case ClaimView::BornDead: text = tr("Show the born-dead chart"); name = "ShowBornDead"; break;
        case ClaimView::Lab: text = tr("Open the dying-ReLU lab"); name = "ShowLab"; break;
        case ClaimView::ExplorerGradients: text = tr("Open the gradient chart"); name = "ShowGradients"; break;
        case ClaimView::Sensitivity: text = tr("Open the sensitivity sweeps"); name = "ShowSensitivity"; break;
        }
        QByteArray objectName = prefix;
        objectName.append(name);
        auto *button = named(new QPushButton(text), objectName.constData(), text, text);
        connect(button, &QPushButton::clicked, this, [this, view] { openView(view); });
        card.buttons.emplace_back(view, button);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return box;
}

void ClaimsPage::setViewPages(Page *lab, Page *explorer, Page *sensitivity)
{
    m_labPage = lab;
    m_explorerPage = explorer;
    m_sensitivityPage = sensitivity;
    for (Card &card : m_cards) {
        for (auto &[view, button] : card.buttons) {
            const bool available = view == ClaimView::BornDead || (view == ClaimView::Lab && lab)
                || (view == ClaimView::ExplorerGradients && explorer) || (view == ClaimView::Sensitivity && sensitivity);
            button->setVisible(available);
        }
    }
}

void ClaimsPage::openView(ClaimView view)
{
    switch (view) {
    case ClaimView::BornDead: m_scroll->ensureWidgetVisible(m_chartView); return;
    case ClaimView::Lab: if (m_labPage) emit showPageRequested(m_labPage); return;
    case ClaimView::ExplorerGradients:
        if (m_explorerPage) {
            emit showPageRequested(m_explorerPage);
            // The page's own Gradients action (through the Page contract), so the chart is shown.
            for (const PageAction &pageAction : m_explorerPage->pageActions()) {
                QAction *action = pageAction.action;
                if (action && action->objectName() == QLatin1String("gradientsAction") && action->isCheckable()
                    && !action->isChecked())
                    action->trigger();
            }
        }
        return;
    case ClaimView::Sensitivity: if (m_sensitivityPage) emit showPageRequested(m_sensitivityPage); return;
    }
}

bool ClaimsPage::isRunning() const
{
    return m_runner->isRunning();
}

const ClaimsReport &ClaimsPage::report() const
{
    return m_runner->report();
}

void ClaimsPage::setAlpha(double alpha)
{
    if (alpha == m_alpha && !m_pending && (isRunning() || report().bornDead))
        return;
    m_alpha = alpha;
    if (isVisible()) {
        m_debounce->start();
    } else {
        m_runner->cancel();
        m_pending = true;
    }
    // On every slider step: the report shown is unchanged, only the header says it is stale. A
    // hidden page's header waits for showEvent (its new text would lay the window out again).
    if (isVisible())
        showHeader();
}

void ClaimsPage::rerun(int bornDeadTrials)
{
    m_debounce->stop();
    m_pending = false;
    m_runner->start(m_alpha, bornDeadTrials);
    showReport();
}

void ClaimsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_pending)
        rerun();
}

void ClaimsPage::showHeader()
{
    const bool stale = report().alpha != m_alpha || m_debounce->isActive() || m_pending;
    m_header->setText(tr("The tutorial claims four things for Leaky ReLU. The app tests each one at "
                         "α = %1 and gives the verdict its rule computes from the numbers. %2")
                          .arg(shown_number(m_alpha),
                               isRunning() || stale ? tr("Measuring…") : tr("Every measurement is done.")));
}

void ClaimsPage::showReport()
{
    const ClaimsReport &r = report();
    showHeader();
    const ClaimsWording wording = window_wording();
    const auto cards = claim_cards(r, wording);
    for (std::size_t i = 0; i < cards.size(); ++i) {
        const ClaimCard &c = cards[i];
        Card &card = m_cards[i];
        card.verdict->setText(QStringLiteral("<b>%1 %2: %3</b><br>%4")
                                  .arg(tr("Claim"), QString::number(c.number),
                                       from_std(c.claim).toHtmlEscaped(),
                                       tr("Verdict: <b>%1</b>").arg(from_std(verdict_text(c.verdict, wording)))));
        card.reason->setText(from_std(c.reason));
        card.ran->setText(tr("What ran: %1").arg(from_std(c.ran)));
        QStringList lines;
        for (const std::string &line : c.numbers)
            lines << QStringLiteral("• ") + from_std(line);
        card.numbers->setText(lines.join(QLatin1Char('\n')));
        card.rule->setText(tr("Rule: %1").arg(from_std(c.rule)));
    }
    updateChart();
}

void ClaimsPage::updateChart()
{
    const ClaimsReport &r = report();
    const ThemeColors colors = theme_colors(m_theme);
    m_table->clear();
    if (!r.bornDead) {
        m_chart->removeAllSeries();
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        return;
    }
    const BornDeadTable &t = *r.bornDead;
    m_chart->removeAllSeries();
    const auto &widths = t.params.widths;
    for (std::size_t w = 0; w < widths.size(); ++w) {
        for (bool relu : {true, false}) {
            const QString label = relu ? tr("ReLU, N = %1").arg(widths[w]) : tr("Leaky, N = %1").arg(widths[w]);
            QLineSeries *series = add_line(m_chart, series_name(relu, widths[w]), label);
            QList<QPointF> points;
            for (int depth : t.params.depths) {
                if (const BornDeadCell *c = t.find(widths[w], depth))
                    points.append({static_cast<qreal>(depth), relu ? c->fractionRelu() : c->fractionLeaky()});
            }
            series->replace(points); // add_line attached both axes
            QPen pen = relu ? relu_pen(colors) : leaky_relu_pen(colors);
            // Narrow networks strongest: one hue per activation, fading towards the background as
            // the width grows (lighter() made the dark theme's light pens white from width 5 on).
            const qreal fade = 0.16 * static_cast<qreal>(w);
            const QColor from = pen.color();
            const QColor to = colors.chartBackground;
            pen.setColor(QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * fade,
                                          from.greenF() + (to.greenF() - from.greenF()) * fade,
                                          from.blueF() + (to.blueF() - from.blueF()) * fade));
            series->setPen(pen);
        }
    }
    m_table->setRowCount(static_cast<int>(widths.size()));
    m_table->setColumnCount(static_cast<int>(t.params.depths.size()));
    QStringList rows, columns;
    for (int w : widths)
        rows << tr("width %1").arg(w);
    for (int d : t.params.depths)
        columns << tr("depth %1").arg(d);
    m_table->setVerticalHeaderLabels(rows);
    m_table->setHorizontalHeaderLabels(columns);
    for (std::size_t w = 0; w < widths.size(); ++w) {
        for (std::size_t d = 0; d < t.params.depths.size(); ++d) {
            const BornDeadCell *c = t.find(widths[w], t.params.depths[d]);
            const QString text = QStringLiteral("%1 ± %2 / %3 ± %4")
                                     .arg(shown_number(100 * c->fractionRelu(), 'f', 1),
                                          shown_number(100 * c->standardErrorRelu(), 'f', 1),
                                          shown_number(100 * c->fractionLeaky(), 'f', 1),
                                          shown_number(100 * c->standardErrorLeaky(), 'f', 1));
            m_table->setItem(static_cast<int>(w), static_cast<int>(d), new QTableWidgetItem(text));
        }
    }
    m_table->resizeColumnsToContents();
}

QString ClaimsPage::title() const
{
    return tr("&Claims");
}

void ClaimsPage::applyTheme(Theme theme)
{
    m_theme = theme;
    apply_chart_theme(m_chart, theme_colors(theme));
    updateChart();
}

void ClaimsPage::resetToDefaults()
{
    // Nothing of its own to reset: the measurements are due again at the explorer's alpha.
    if (isVisible()) {
        rerun();
    } else {
        m_runner->cancel();
        m_pending = true;
        showReport();
    }
}

ExportOptions ClaimsPage::exportOptions() const
{
    ExportOptions options;
    options.formats = {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf, ExportFormat::Csv, ExportFormat::Json};
    options.dialogTitle = tr("Export the claims");
    options.defaultFileName = QStringLiteral("born-dead.png");
    options.size = m_chartView->size();
    return options;
}

Drawing ClaimsPage::chartDrawing()
{
    return widget_drawing(m_chartView, theme_colors(m_theme).chartBackground, tr("Born dead"),
                          tr("Fraction of ReLU and Leaky ReLU (α = %1) networks born dead, by Leaky ReLU Explorer")
                              .arg(QString::number(m_alpha, 'g', 6)));
}

ExportResult ClaimsPage::exportTo(const ExportChoice &choice)
{
    const auto format = export_format_for(choice.path);
    std::ostringstream text;
    if (format == ExportFormat::Csv || format == ExportFormat::Json) {
        if (isRunning() || !report().bornDead)
            return {false, tr("cannot write '%1': the measurements have not finished yet").arg(choice.path.left(200))};
        if (format == ExportFormat::Csv)
            write_born_dead_csv(text, *report().bornDead);
        else
            write_claims_json(text, report());
        return save_text(choice.path, text.str());
    }
    return save_drawing(choice.path, chartDrawing(), choice.scale, exportOptions().formats);
}

QImage ClaimsPage::image(int scale)
{
    return draw_image(chartDrawing(), std::clamp(scale, 1, 4));
}

} // namespace lre::ui
