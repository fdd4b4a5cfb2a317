// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparewindow.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString sectionTitle(const QString &section)
{
    // LogDiff's section names are English keys; the window shows them translated.
    if (section == u"Request")
        return CompareWindow::tr("Request");
    if (section == u"Parameters")
        return CompareWindow::tr("Parameters");
    if (section == u"Messages")
        return CompareWindow::tr("Messages");
    if (section == u"Headers")
        return CompareWindow::tr("Headers (x-portkey-*)");
    if (section == u"Status")
        return CompareWindow::tr("Status");
    if (section == u"Cache")
        return CompareWindow::tr("Cache (what the simple cache keys on)");
    if (section == u"Usage")
        return CompareWindow::tr("Tokens, cost and latency");
    return section;
}

} // namespace

CompareWindow::CompareWindow(const LogRecord &left, const LogRecord &right, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_diff(LogDiff::compare(left, right))
{
    setObjectName(QStringLiteral("compareWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Compare %1 and %2").arg(left.id, right.id));

    m_cache = new QLabel;
    m_cache->setObjectName(QStringLiteral("cacheSummary"));
    m_cache->setWordWrap(true);
    m_cache->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cache->setFrameShape(QFrame::StyledPanel);
    m_cache->setMargin(8);
    m_cache->setAutoFillBackground(true);
    m_cache->setBackgroundRole(QPalette::AlternateBase);

    m_onlyDifferences = new QCheckBox(tr("Only &differences"));
    m_onlyDifferences->setObjectName(QStringLiteral("onlyDifferences"));
    connect(m_onlyDifferences, &QCheckBox::toggled, this, [this] { fill(); });

    m_fields = new QTreeWidget;
    m_fields->setObjectName(QStringLiteral("compareFields"));
    m_fields->setColumnCount(3);
    m_fields->setHeaderLabels({tr("Field"), left.id, right.id});
    m_fields->setRootIsDecorated(false);
    m_fields->setAlternatingRowColors(false);
    m_fields->setWordWrap(true);
    m_fields->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_fields->setColumnWidth(0, 200);
    m_fields->setColumnWidth(1, 420);

    m_answerLeft = new QTextBrowser;
    m_answerRight = new QTextBrowser;
    m_answerLeft->setObjectName(QStringLiteral("answerLeft"));
    m_answerRight->setObjectName(QStringLiteral("answerRight"));
    m_answerLeft->setHtml(WordDiff::htmlBefore(m_diff.answer));
    m_answerRight->setHtml(WordDiff::htmlAfter(m_diff.answer));

    auto *answers = new QWidget;
    auto *answerLayout = new QVBoxLayout(answers);
    answerLayout->setContentsMargins(0, 0, 0, 0);
    answerLayout->addWidget(new QLabel(
        WordDiff::changed(m_diff.answer) ? tr("Answers, word by word") : tr("Answers (the same)")));
    auto *sideBySide = new QHBoxLayout;
    sideBySide->addWidget(m_answerLeft);
    sideBySide->addWidget(m_answerRight);
    answerLayout->addLayout(sideBySide);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_fields);
    splitter->addWidget(answers);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_cache);
    layout->addWidget(m_onlyDifferences);
    layout->addWidget(splitter, 1);

    QString cacheTitle;
    const auto status = [](const QString &s) {
        return s.isEmpty() ? tr("unknown") : s;
    };
    cacheTitle = tr("Cache: %1 / %2")
                     .arg(status(m_diff.cacheLeft.status), status(m_diff.cacheRight.status));
    QString html = u"<b>"_qs + cacheTitle.toHtmlEscaped() + u"</b><br>"_qs;
    html += m_diff.sameCacheKey()
        ? tr("Same simple-cache key (request body and provider URL).").toHtmlEscaped()
        : tr("The simple-cache keys differ in: %1.")
              .arg(m_diff.cacheKeyDifferences.join(QStringLiteral(", ")))
              .toHtmlEscaped();
    for (const QString &s : m_diff.cacheExplanation)
        html += u"<br>\u2022 "_qs + s.toHtmlEscaped();
    m_cache->setText(html);

    fill();
    resize(1100, 760);
}

void CompareWindow::fill()
{
    m_fields->clear();
    const bool only = m_onlyDifferences->isChecked();
    QString section;
    QColor changed = palette().color(QPalette::Highlight);
    changed.setAlpha(60);
    for (const LogDiff::Row &r : m_diff.rows) {
        if (only && !r.differs)
            continue;
        if (r.section != section) {
            section = r.section;
            auto *heading = new QTreeWidgetItem(m_fields, {sectionTitle(section)});
            QFont bold = heading->font(0);
            bold.setBold(true);
            heading->setFont(0, bold);
            heading->setFirstColumnSpanned(true);
            heading->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(m_fields, {r.field, r.left, r.right});
        item->setToolTip(1, r.left);
        item->setToolTip(2, r.right);
        item->setData(0, Qt::UserRole, r.differs);
        if (r.differs) {
            for (int c = 0; c < 3; ++c)
                item->setBackground(c, changed);
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
        }
    }
}
