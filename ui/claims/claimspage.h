// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

#include "claimsreport.h"

#include <array>

class QChart;
class QChartView;
class QLabel;
class QPushButton;
class QScrollArea;
class QTableWidget;
class QTimer;
class QValueAxis;

namespace lre::ui {

class ClaimsRunner;

// The tutorial's four claims, each tested by the app: one card per claim (the claim, what ran,
// the numbers with seeds, trials and spread, the verdict its written rule gives, the rule) and
// the born-dead chart and table. The experiments run off the GUI thread and the cards fill in as
// each finishes; a change of the explorer's alpha (debounced) starts them again.
class ClaimsPage final : public Page {
    Q_OBJECT

public:
    explicit ClaimsPage(QWidget *parent = nullptr);
    ~ClaimsPage() override;

    // The pages the cards' buttons open; any may be null (its button is then hidden).
    void setViewPages(Page *lab, Page *explorer, Page *sensitivity);

    double alpha() const { return m_alpha; }
    bool isRunning() const;
    bool isPending() const { return m_pending; }
    const ClaimsReport &report() const;
    QChart *bornDeadChart() const { return m_chart; }

    QString title() const override;
    void applyTheme(Theme theme) override;
    void resetToDefaults() override;
    // The born-dead chart (PNG, SVG, PDF), the born-dead table (CSV), the whole report (JSON).
    ExportOptions exportOptions() const override;
    ExportResult exportTo(const ExportChoice &choice) override;
    QImage image(int scale) override;

    static constexpr int kAlphaDebounceMs = 250;

public slots:
    void setAlpha(double alpha);
    // Runs every experiment again now (tests pass fewer born-dead trials).
    void rerun(int bornDeadTrials = born_dead_limits::kDefaultTrials);

protected:
    // Nothing runs while the page is hidden: a change only marks the measurements as due.
    void showEvent(QShowEvent *event) override;

signals:
    void stageShown(lre::ClaimsStage stage);
    void reportFinished();

private:
    struct Card {
        QLabel *verdict = nullptr;
        QLabel *ran = nullptr;
        QLabel *numbers = nullptr;
        QLabel *reason = nullptr;
        QLabel *rule = nullptr;
        std::vector<std::pair<ClaimView, QPushButton *>> buttons;
    };

    QWidget *makeCard(int index);
    void showHeader();
    void showReport();
    void updateChart();
    void openView(ClaimView view);
    Drawing chartDrawing();

    double m_alpha = 0.1;
    bool m_pending = true;
    ClaimsRunner *m_runner = nullptr;
    QTimer *m_debounce = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_header = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QValueAxis *m_depthAxis = nullptr;
    QValueAxis *m_fractionAxis = nullptr;
    QTableWidget *m_table = nullptr;
    std::array<Card, 4> m_cards;
    Page *m_labPage = nullptr;
    Page *m_explorerPage = nullptr;
    Page *m_sensitivityPage = nullptr;
};

} // namespace lre::ui
