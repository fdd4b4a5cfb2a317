// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewcommands.h"

#include "clisupport.h"

#include "logprompt.h"
#include "logstore.h"
#include "reviewsession.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>
#include <string>

namespace ReviewCommands {

namespace {

using CliSupport::printError;

const char kAnswers[]
    = "answer: -10..10 a value, + thumbs up (1), - thumbs down (-1), s skip, n TEXT a note for "
      "this log, u undo the last, q quit\n";

void write(std::FILE *out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), out);
}

// One line of stdin without its line end; nullopt at the end of input.
std::optional<QString> readLine(std::FILE *in)
{
    std::string line;
    int c;
    bool any = false;
    while ((c = std::fgetc(in)) != EOF) {
        any = true;
        if (c == '\n')
            break;
        line.push_back(char(c));
    }
    if (!any)
        return std::nullopt;
    QString text = QString::fromUtf8(line.data(), qsizetype(line.size()));
    if (text.endsWith(u'\r'))
        text.chop(1);
    return text;
}

void printLog(std::FILE *out, const LogRecord &r)
{
    write(out,
          QStringLiteral("\n=== %1  %2  %3\n")
              .arg(r.id, r.model.isEmpty() ? QStringLiteral("(unknown model)") : r.model,
                   r.createdAt.toUTC().toString(Qt::ISODate)));
    if (!r.tracked) {
        write(out,
              QStringLiteral("(content not tracked: Do-Not-Track or forgotten; only its "
                             "statistics were kept)\n"));
        return;
    }
    const LogPrompt prompt = LogPrompt::read(r);
    const QString transcript = prompt.transcript();
    write(out, transcript.isEmpty() ? QStringLiteral("(no messages)\n") : transcript + u'\n');
    write(out,
          QStringLiteral("\n--- answer:\n%1\n")
              .arg(prompt.answer.isEmpty() ? QStringLiteral("(no answer)") : prompt.answer));
}

void printProgress(std::FILE *out, ReviewSession &session)
{
    QString error;
    const auto progress = session.progress(&error);
    if (progress)
        write(out,
              QStringLiteral("[%1 of %2 reviewed]\n").arg(progress->reviewed).arg(progress->total));
    else
        printError(error);
}

} // namespace

int review(const QStringList &arguments)
{
    return run(arguments, stdin, stdout);
}

int run(const QStringList &arguments, std::FILE *in, std::FILE *out)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Review the logs of a filter that have no feedback, one at a time. Each "
                       "log is claimed for a few minutes, so that several reviewers of one "
                       "PostgreSQL store never get the same log. Reads one answer a line from "
                       "stdin: a value from -10 to 10, + (thumbs up: 1), - (thumbs down: -1), "
                       "s (skip), n TEXT (a note for the feedback on this log), u (undo the last "
                       "feedback), q (quit)."));
    parser.addOption(CliSupport::dbOption());
    parser.addOption(CliSupport::filterOption());
    parser.addOption(QCommandLineOption(
        QStringLiteral("reviewer"),
        QStringLiteral("The name claims are held by and feedback carries in _user (default: %1).")
            .arg(ReviewSession::defaultReviewer()),
        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("claim"),
        QStringLiteral("How long a log stays claimed without an answer, in seconds (default: "
                       "%1).")
            .arg(ReviewSession::kDefaultClaimSeconds),
        QStringLiteral("SECONDS")));
    if (const int status = CliSupport::parse(parser, QStringLiteral("review"), arguments);
        status >= 0)
        return status;
    int claimSeconds = ReviewSession::kDefaultClaimSeconds;
    if (parser.isSet(QStringLiteral("claim"))) {
        bool ok = false;
        claimSeconds = parser.value(QStringLiteral("claim")).toInt(&ok);
        if (!ok || claimSeconds < 10) {
            printError(QStringLiteral("review: --claim takes a number of seconds, 10 or more"));
            return CliSupport::kUsageError;
        }
    }
    std::unique_ptr<LogStore> store = CliSupport::openExistingStore(parser);
    if (!store)
        return 1;
    const QString filter = parser.value(QStringLiteral("filter"));
    if (!CliSupport::checkFilter(*store, filter))
        return CliSupport::kUsageError;
    ReviewSession session(store.get(), filter, parser.value(QStringLiteral("reviewer")),
                          claimSeconds);
    QString error;
    if (!session.start(&error)) {
        printError(QStringLiteral("review: %1").arg(error));
        return 1;
    }
    write(out, QStringLiteral("Reviewing as %1. ").arg(session.reviewer()));
    write(out, QString::fromLatin1(kAnswers));
    int given = 0;
    QString note;
    bool shown = false;
    while (true) {
        if (session.atEnd()) {
            const auto progress = session.progress(&error);
            if (!progress)
                printError(error);
            else if (progress->reviewed >= progress->total)
                write(out,
                      QStringLiteral("\nAll %1 logs of this filter have feedback.\n")
                          .arg(progress->total));
            else
                write(out,
                      QStringLiteral("\nNothing left to review: %1 of %2 reviewed; the "
                                     "others were skipped or another reviewer has them.\n")
                          .arg(progress->reviewed)
                          .arg(progress->total));
            break;
        }
        if (!shown) {
            printLog(out, *session.current());
            printProgress(out, session);
            shown = true;
        }
        write(out, note.isEmpty() ? QStringLiteral("> ") : QStringLiteral("(note) > "));
        std::fflush(out);
        const std::optional<QString> line = readLine(in);
        if (!line)
            break;
        const QString answer = line->trimmed();
        if (answer.isEmpty())
            continue;
        bool ok = true;
        bool moved = true;
        error.clear();
        if (answer == u"q") {
            break;
        } else if (answer == u"+") {
            ok = session.rate(1, &error, note);
            given += ok;
        } else if (answer == u"-") {
            ok = session.rate(-1, &error, note);
            given += ok;
        } else if (answer == u"s") {
            ok = session.skip(&error);
        } else if (answer == u"u") {
            ok = session.undo(&error);
            given -= ok;
        } else if (answer == u"n" || answer.startsWith(u"n ")) {
            note = answer.mid(1).trimmed();
            moved = false;
            write(out,
                  note.isEmpty() ? QStringLiteral("note cleared\n")
                                 : QStringLiteral("note: %1\n").arg(note));
        } else {
            bool isNumber = false;
            const double value = answer.toDouble(&isNumber);
            if (isNumber && value >= -10 && value <= 10) {
                ok = session.rate(value, &error, note);
                given += ok;
            } else {
                moved = false;
                write(out, QString::fromLatin1(kAnswers));
            }
        }
        if (!ok && !error.isEmpty())
            printError(error);
        if (moved) {
            note.clear();
            shown = false;
        }
    }
    session.finish(nullptr);
    write(out, QStringLiteral("%1 feedback given in this session.\n").arg(given));
    std::fflush(out);
    return 0;
}

} // namespace ReviewCommands
