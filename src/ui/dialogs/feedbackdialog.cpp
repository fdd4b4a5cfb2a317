// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbackdialog.h"

#include "feedbacksync.h"
#include "ui_feedbackdialog.h"

#include <QKeyEvent>
#include <QPushButton>
#include <QUuid>

namespace {

const QString kNoteKey = QStringLiteral("text"); // Portkey's own example keeps the note here

} // namespace

FeedbackDialog::FeedbackDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::FeedbackDialog>())
{
    ui->setupUi(this);
    // What a form cannot say: sizes from the font, the dim text colour, the Save button's name.
    ui->valueMeaning->setMinimumWidth(
        ui->valueMeaning->fontMetrics().horizontalAdvance(tr("neutral")) + 8);
    ui->feedbackNote->setMaximumHeight(ui->feedbackNote->fontMetrics().lineSpacing() * 4 + 12);
    ui->hint->setForegroundRole(QPalette::PlaceholderText);
    ui->feedbackDestination->setForegroundRole(QPalette::PlaceholderText);
    ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));

    connect(ui->feedbackValue, &QSlider::valueChanged, ui->feedbackValueBox, &QSpinBox::setValue);
    connect(ui->feedbackValueBox, &QSpinBox::valueChanged, ui->feedbackValue, &QSlider::setValue);
    connect(ui->feedbackValue, &QSlider::valueChanged, this, &FeedbackDialog::updateValueLabel);
    connect(ui->thumbsUp, &QPushButton::clicked, this, [this] { ui->feedbackValue->setValue(1); });
    connect(ui->thumbsDown, &QPushButton::clicked, this,
            [this] { ui->feedbackValue->setValue(-1); });
    connect(ui->addMetadata, &QToolButton::clicked, this, [this] {
        addMetadataRow({}, {});
        ui->feedbackMetadata->editItem(
            ui->feedbackMetadata->item(ui->feedbackMetadata->rowCount() - 1, 0));
    });
    connect(ui->removeMetadata, &QToolButton::clicked, this, [this] {
        if (ui->feedbackMetadata->currentRow() >= 0)
            ui->feedbackMetadata->removeRow(ui->feedbackMetadata->currentRow());
    });
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    FeedbackEntry fresh;
    fresh.value = 1;
    fresh.weight = 1;
    fresh.metadata.insert(QStringLiteral("_user"), localUser());
    setEntry(fresh);
    setDestination({});
    ui->feedbackValue->setFocus();
}

FeedbackDialog::~FeedbackDialog() = default;

QSlider *FeedbackDialog::valueSlider() const
{
    return ui->feedbackValue;
}

QDoubleSpinBox *FeedbackDialog::weightBox() const
{
    return ui->feedbackWeight;
}

QPlainTextEdit *FeedbackDialog::noteEdit() const
{
    return ui->feedbackNote;
}

QTableWidget *FeedbackDialog::metadataTable() const
{
    return ui->feedbackMetadata;
}

QPushButton *FeedbackDialog::thumbsUpButton() const
{
    return ui->thumbsUp;
}

QPushButton *FeedbackDialog::thumbsDownButton() const
{
    return ui->thumbsDown;
}

void FeedbackDialog::setDestination(const QString &connection)
{
    ui->feedbackDestination->setText(
        connection.isEmpty()
            ? tr("Kept in this store only: no connection receives feedback (File > Connections).")
            : tr("Saved here first, then sent to Portkey through %1; while it does not answer, "
                 "the feedback waits and is retried.")
                  .arg(connection));
}

QString FeedbackDialog::destinationText() const
{
    return ui->feedbackDestination->text();
}

QString FeedbackDialog::localUser()
{
    return FeedbackSync::localUser();
}

void FeedbackDialog::setEntry(const FeedbackEntry &entry)
{
    m_entry = entry;
    setWindowTitle(entry.id.isEmpty() ? tr("Add Feedback") : tr("Edit Feedback"));
    ui->feedbackValue->setValue(qRound(entry.value));
    updateValueLabel(ui->feedbackValue->value());
    ui->feedbackWeight->setValue(entry.weight);
    ui->feedbackNote->setPlainText(entry.metadata.value(kNoteKey).toString());
    ui->feedbackMetadata->setRowCount(0);
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
    e.value = ui->feedbackValue->value();
    e.weight = ui->feedbackWeight->value();
    e.synced = false; // changed here: the control plane has not seen this version
    e.metadata = QJsonObject();
    for (int row = 0; row < ui->feedbackMetadata->rowCount(); ++row) {
        const QTableWidgetItem *key = ui->feedbackMetadata->item(row, 0);
        const QTableWidgetItem *value = ui->feedbackMetadata->item(row, 1);
        if (key && !key->text().trimmed().isEmpty())
            e.metadata.insert(key->text().trimmed(), value ? value->text() : QString());
    }
    const QString note = ui->feedbackNote->toPlainText().trimmed();
    if (!note.isEmpty())
        e.metadata.insert(kNoteKey, note);
    return e;
}

void FeedbackDialog::addMetadataRow(const QString &key, const QString &value)
{
    const int row = ui->feedbackMetadata->rowCount();
    ui->feedbackMetadata->insertRow(row);
    ui->feedbackMetadata->setItem(row, 0, new QTableWidgetItem(key));
    ui->feedbackMetadata->setItem(row, 1, new QTableWidgetItem(value));
}

void FeedbackDialog::updateValueLabel(int value)
{
    ui->valueMeaning->setText(value > 0       ? tr("positive")
                                  : value < 0 ? tr("negative")
                                              : tr("neutral"));
}

void FeedbackDialog::keyPressEvent(QKeyEvent *event)
{
    // + and - are thumbs up and down wherever they are not typed into a field: the note and
    // the metadata table take them as characters and never pass them on.
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        ui->thumbsUp->click();
        return;
    case Qt::Key_Minus:
        ui->thumbsDown->click();
        return;
    default:
        QDialog::keyPressEvent(event);
    }
}
