// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbackdialog.h"

#include "feedbacksync.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

namespace {

const QString kNoteKey = QStringLiteral("text"); // Portkey's own example keeps the note here

} // namespace

FeedbackDialog::FeedbackDialog(QWidget *parent)
    : QDialog(parent)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_valueBox(new QSpinBox(this))
    , m_valueLabel(new QLabel(this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
    , m_weight(new QDoubleSpinBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_metadata(new QTableWidget(0, 2, this))
    , m_destination(new QLabel(this))
{
    setObjectName(QStringLiteral("feedbackDialog"));
    setWindowTitle(tr("Feedback"));

    m_slider->setObjectName(QStringLiteral("feedbackValue"));
    m_slider->setRange(-10, 10);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(5);
    m_slider->setPageStep(1);
    m_valueBox->setRange(-10, 10);
    m_valueBox->setObjectName(QStringLiteral("feedbackValueBox"));
    m_valueLabel->setMinimumWidth(m_valueLabel->fontMetrics().horizontalAdvance(tr("neutral")) + 8);
    connect(m_slider, &QSlider::valueChanged, m_valueBox, &QSpinBox::setValue);
    connect(m_valueBox, &QSpinBox::valueChanged, m_slider, &QSlider::setValue);
    connect(m_slider, &QSlider::valueChanged, this, &FeedbackDialog::updateValueLabel);

    m_up->setObjectName(QStringLiteral("thumbsUp"));
    m_up->setText(tr("Thumbs up (+)"));
    m_up->setToolTip(tr("Sets the value to 1 (shortcut +)"));
    m_down->setObjectName(QStringLiteral("thumbsDown"));
    m_down->setText(tr("Thumbs down (\u2212)"));
    m_down->setToolTip(tr("Sets the value to -1 (shortcut -)"));
    m_up->setAutoDefault(false);
    m_down->setAutoDefault(false);
    connect(m_up, &QPushButton::clicked, this, [this] { m_slider->setValue(1); });
    connect(m_down, &QPushButton::clicked, this, [this] { m_slider->setValue(-1); });
    m_weight->setObjectName(QStringLiteral("feedbackWeight"));
    m_weight->setRange(0, 1);
    m_weight->setSingleStep(0.05);
    m_weight->setDecimals(2);
    m_weight->setToolTip(tr("How much this entry counts when a trace has several (0 to 1)"));

    m_note->setObjectName(QStringLiteral("feedbackNote"));
    m_note->setPlaceholderText(tr("What was good or wrong about this answer"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);

    m_metadata->setObjectName(QStringLiteral("feedbackMetadata"));
    m_metadata->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_metadata->horizontalHeader()->setStretchLastSection(true);
    m_metadata->verticalHeader()->hide();
    m_metadata->setMinimumHeight(110);
    m_metadata->setToolTip(tr("_user, _organisation, _prompt and _environment are indexed by "
                              "Portkey"));
    auto *addRow = new QToolButton(this);
    addRow->setText(tr("Add"));
    addRow->setObjectName(QStringLiteral("addMetadata"));
    auto *removeRow = new QToolButton(this);
    removeRow->setText(tr("Remove"));
    connect(addRow, &QToolButton::clicked, this, [this] {
        addMetadataRow({}, {});
        m_metadata->editItem(m_metadata->item(m_metadata->rowCount() - 1, 0));
    });
    connect(removeRow, &QToolButton::clicked, this, [this] {
        if (m_metadata->currentRow() >= 0)
            m_metadata->removeRow(m_metadata->currentRow());
    });

    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_slider, 1);
    valueRow->addWidget(m_valueBox);
    valueRow->addWidget(m_valueLabel);
    auto *thumbs = new QHBoxLayout;
    thumbs->addWidget(m_up);
    thumbs->addWidget(m_down);
    thumbs->addStretch();
    auto *metaButtons = new QHBoxLayout;
    metaButtons->addWidget(addRow);
    metaButtons->addWidget(removeRow);
    metaButtons->addStretch();

    auto *form = new QFormLayout;
    auto *valueLabel = new QLabel(tr("&Value:"), this);
    valueLabel->setBuddy(m_slider);
    form->addRow(valueLabel, valueRow);
    form->addRow(QString(), thumbs);
    form->addRow(tr("&Weight:"), m_weight);
    form->addRow(tr("&Note:"), m_note);
    auto *metaBox = new QVBoxLayout;
    metaBox->addWidget(m_metadata);
    metaBox->addLayout(metaButtons);
    auto *metaLabel = new QLabel(tr("&Metadata:"), this);
    metaLabel->setBuddy(m_metadata);
    form->addRow(metaLabel, metaBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *hint
        = new QLabel(tr("Feedback belongs to the trace: it shows on every log of it."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addLayout(form);
    layout->addWidget(hint);
    m_destination->setObjectName(QStringLiteral("feedbackDestination"));
    m_destination->setWordWrap(true);
    m_destination->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_destination);
    layout->addWidget(buttons);
    resize(500, 460);

    FeedbackEntry fresh;
    fresh.value = 1;
    fresh.weight = 1;
    fresh.metadata.insert(QStringLiteral("_user"), localUser());
    setEntry(fresh);
    setDestination({});
    m_slider->setFocus();
}

void FeedbackDialog::setDestination(const QString &connection)
{
    m_destination->setText(
        connection.isEmpty()
            ? tr("Kept in this store only: no connection receives feedback (File > Connections).")
            : tr("Saved here first, then sent to Portkey through %1; while it does not answer, "
                 "the feedback waits and is retried.")
                  .arg(connection));
}

QString FeedbackDialog::destinationText() const
{
    return m_destination->text();
}

QString FeedbackDialog::localUser()
{
    return FeedbackSync::localUser();
}

void FeedbackDialog::setEntry(const FeedbackEntry &entry)
{
    m_entry = entry;
    setWindowTitle(entry.id.isEmpty() ? tr("Add Feedback") : tr("Edit Feedback"));
    m_slider->setValue(qRound(entry.value));
    updateValueLabel(m_slider->value());
    m_weight->setValue(entry.weight);
    m_note->setPlainText(entry.metadata.value(kNoteKey).toString());
    m_metadata->setRowCount(0);
    for (auto it = entry.metadata.begin(); it != entry.metadata.end(); ++it) {
        if (it.key() != kNoteKey)
            addMetadataRow(it.key(), it.value().toVariant().toString());
    }
}

FeedbackEntry FeedbackDialog::entry() const
{
    FeedbackEntry e = m_entry;
    if (e.id.isEmpty())
        e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!e.createdAt.isValid())
        e.createdAt = QDateTime::currentDateTimeUtc();
    e.value = m_slider->value();
    e.weight = m_weight->value();
    e.synced = false; // changed here: the control plane has not seen this version
    e.metadata = QJsonObject();
    for (int row = 0; row < m_metadata->rowCount(); ++row) {
        const QTableWidgetItem *key = m_metadata->item(row, 0);
        const QTableWidgetItem *value = m_metadata->item(row, 1);
        if (key && !key->text().trimmed().isEmpty())
            e.metadata.insert(key->text().trimmed(), value ? value->text() : QString());
    }
    const QString note = m_note->toPlainText().trimmed();
    if (!note.isEmpty())
        e.metadata.insert(kNoteKey, note);
    return e;
}

void FeedbackDialog::addMetadataRow(const QString &key, const QString &value)
{
    const int row = m_metadata->rowCount();
    m_metadata->insertRow(row);
    m_metadata->setItem(row, 0, new QTableWidgetItem(key));
    m_metadata->setItem(row, 1, new QTableWidgetItem(value));
}

void FeedbackDialog::updateValueLabel(int value)
{
    m_valueLabel->setText(value > 0 ? tr("positive") : value < 0 ? tr("negative") : tr("neutral"));
}

void FeedbackDialog::keyPressEvent(QKeyEvent *event)
{
    // + and - are thumbs up and down wherever they are not typed into a field: the note and
    // the metadata table take them as characters and never pass them on.
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_up->click();
        return;
    case Qt::Key_Minus:
        m_down->click();
        return;
    default:
        QDialog::keyPressEvent(event);
    }
}
