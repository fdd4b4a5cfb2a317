// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;
class QTimer;
class QToolButton;

// The filter bar: the filter language of DESIGN.md section 6 with completion of field names and
// of known values (models, providers, users...), a history, and a message under the bar that
// points at the bad term when the filter is malformed. Enter applies; nothing runs per keystroke
// except the check.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QString appliedFilter() const { return m_applied; }
    QString errorText() const; // empty when the filter is fine
    QStringList history() const { return m_history; }
    void setHistory(const QStringList &history);
    // Values offered after "field:" (field as the language spells it: "model", "user").
    void setKnownValues(const QString &field, const QStringList &values);
    void setFilter(const QString &filter); // sets and applies

public Q_SLOTS:
    void apply();
    void focusFilter();

Q_SIGNALS:
    void filterApplied(const QString &filter);
    void historyChanged(const QStringList &history);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();
    void updateCompletions();
    void insertCompletion(const QString &completion);
    void showError(const QString &message);
    QPair<int, int> currentToken() const; // start, length

    QLineEdit *m_edit;
    QToolButton *m_historyButton;
    QLabel *m_error;
    QCompleter *m_completer;
    QStringListModel *m_completions;
    QTimer *m_checkTimer;
    QString m_applied;
    QStringList m_history;
    int m_historyPos = -1;
    QHash<QString, QStringList> m_known;
};
