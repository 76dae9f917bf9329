// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// The French is complete: every visible string of the app, the QML and the core has a finished French
// translation, in the committed continuite_fr.ts and in what lupdate finds in today's sources. The
// compiled translations are embedded (:/i18n/) for the app and the CLI.
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Untranslated
{
    QStringList messages; ///< "Context: source" of each message without a finished translation
    int total = 0;
    QString error;
};

/// Every message of a .ts file whose translation is missing, empty, unfinished, or has an empty plural form.
Untranslated untranslatedIn(const QString &tsPath)
{
    Untranslated result;
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = u"cannot read "_s + tsPath;
        return result;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    bool finished = false;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name" && !xml.isEndElement()) {
                context = xml.readElementText();
            } else if (name == u"message") {
                source.clear();
                finished = false;
                numerus = xml.attributes().value(u"numerus"_s) == u"yes";
            } else if (name == u"source") {
                source = xml.readElementText();
            } else if (name == u"translation") {
                const auto type = xml.attributes().value(u"type"_s);
                finished = type.isEmpty();
                if (numerus) {
                    int forms = 0;
                    while (xml.readNextStartElement()) {
                        if (xml.name() == u"numerusform") {
                            finished = finished && !xml.readElementText().trimmed().isEmpty();
                            ++forms;
                        } else {
                            xml.skipCurrentElement();
                        }
                    }
                    finished = finished && forms > 0;
                } else {
                    finished = finished && !xml.readElementText().trimmed().isEmpty();
                }
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            ++result.total;
            if (!finished)
                result.messages << context + u": "_s + source;
        }
    }
    if (xml.hasError())
        result.error = tsPath + u": "_s + xml.errorString();
    return result;
}

QString report(const QStringList &messages)
{
    return u"\n  "_s + messages.join(u"\n  "_s)
        + u"\nTranslate them: ninja update_translations, then edit i18n/continuite_fr.ts (Qt Linguist or a text editor)."_s;
}

/// What breaks French typography in @p text (empty: nothing): a no-break space (U+00A0, or the narrow U+202F) before
/// : ; ? ! and inside « », the typographic apostrophe ’, sizes in Ko/Mo (not Kio). Code a user types is left alone:
/// a JSON object `{…}` and Markdown's image `![…](…)`.
QStringList typographyFaults(QString text)
{
    static const QRegularExpression code(u"\\{[^}]*\\}|!\\[[^\\]]*\\]\\([^)]*\\)"_s);
    text.replace(code, u"\u00a0"_s);
    QStringList faults;
    auto noBreak = [](QChar c) { return c == QChar(0x00a0) || c == QChar(0x202f); };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar before = i > 0 ? text.at(i - 1) : QChar();
        const QChar after = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (c == u'\'')
            faults << u"a straight apostrophe ' (write ’)"_s;
        else if ((c == u';' || c == u'?' || c == u'!') && !noBreak(before) && before != u'?' && before != u'!')
            faults << u"no no-break space before %1"_s.arg(c);
        // A colon is punctuation when a space or the end follows (not in 10:30 or http://).
        else if (c == u':' && i > 0 && !noBreak(before) && (after.isNull() || after.isSpace()))
            faults << u"no no-break space before :"_s;
        else if (c == u'\u00ab' && !noBreak(after))
            faults << u"no no-break space after «"_s;
        else if (c == u'\u00bb' && !noBreak(before))
            faults << u"no no-break space before »"_s;
    }
    static const QRegularExpression binaryUnits(u"\\b[KMG]io\\b"_s);
    if (binaryUnits.match(text).hasMatch())
        faults << u"Kio/Mio/Gio (a family reads Ko, Mo, Go)"_s;
    return faults;
}

struct Translation
{
    QString context;
    QString text; ///< a plural's forms run together
};

/// Every translation of the committed French file, with its context; @p finishedOnly leaves out the unfinished ones.
QList<Translation> frenchTranslations(bool finishedOnly, QString *error)
{
    QList<Translation> out;
    QFile file(QStringLiteral(CONTINUITE_SOURCE_DIR "/i18n/continuite_fr.ts"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read "_s + file.fileName();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"translation" || xml.name() == u"numerusform") {
            if (finishedOnly && xml.name() == u"translation" && !xml.attributes().value(u"type"_s).isEmpty())
                continue;
            out << Translation{context, xml.readElementText(QXmlStreamReader::IncludeChildElements)};
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void committedFrenchIsComplete()
    {
        const Untranslated fr = untranslatedIn(QStringLiteral(CONTINUITE_SOURCE_DIR "/i18n/continuite_fr.ts"));
        QVERIFY2(fr.error.isEmpty(), qPrintable(fr.error));
        QVERIFY2(fr.total > 150, "the French file holds the app's and the core's strings");
        QVERIFY2(fr.messages.isEmpty(), qPrintable(u"%1 strings have no French translation:"_s.arg(fr.messages.size()) + report(fr.messages)));
    }

    void sourcesHaveNoNewUntranslatedString()
    {
        // lupdate over today's sources, into a copy of the French file: a new tr()/qsTr() string shows up unfinished.
        // With the include path the build's update_translations gives it (i18n/CMakeLists.txt), so that a class's
        // declared context (Q_DECLARE_TR_FUNCTIONS(Store) in the store's concern classes) is read the same way.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(u"continuite_fr.ts"_s);
        QVERIFY(QFile::copy(QStringLiteral(CONTINUITE_SOURCE_DIR "/i18n/continuite_fr.ts"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(CONTINUITE_SOURCE_DIR));
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(CONTINUITE_LUPDATE),
                      {u"content"_s, u"sync"_s, u"app"_s, u"qml"_s, u"-extensions"_s, u"cpp,h,qml"_s, u"-no-obsolete"_s,
                       u"-locations"_s, u"none"_s, u"-I"_s, u"."_s, u"-ts"_s, copy});
        if (!lupdate.waitForStarted())
            QSKIP("lupdate is not installed here");
        QVERIFY(lupdate.waitForFinished(120'000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        const Untranslated fr = untranslatedIn(copy);
        QVERIFY2(fr.error.isEmpty(), qPrintable(fr.error));
        QVERIFY2(fr.messages.isEmpty(),
                 qPrintable(u"%1 visible strings in the sources are not in i18n/continuite_fr.ts yet:"_s.arg(fr.messages.size()) + report(fr.messages)));
    }

    /// Pupils are "tu", teachers "vous" (issue 14). Screens only a teacher sees never say "tu", screens only a pupil
    /// sees never say "vous" (tst_screenshots checks every screen it walks, shared ones included, by who is in).
    /// The checker itself, on sentences it must refuse and sentences it must let through (a checker that finds
    /// nothing would pass the next test by accident).
    void typographyChecker_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("faulty");
        const QString n(QChar(0x00a0));
        QTest::newRow("straight apostrophe") << u"L'école"_s << true;
        QTest::newRow("space before colon") << u"Attention : rien"_s << true;
        QTest::newRow("nothing before question mark") << u"Vraiment?"_s << true;
        QTest::newRow("space before exclamation") << u"Bravo !"_s << true;
        QTest::newRow("no space in guillemets") << u"«Titre»"_s << true;
        QTest::newRow("binary units") << u"12 Mio"_s << true;
        QTest::newRow("right") << u"L’école%1: «%1Titre%1»%1? Bravo%1!%1!"_s.arg(n) << false;
        QTest::newRow("a time and an address") << u"À 10:30, sur http://192.168.1.10:8080"_s << false;
        QTest::newRow("JSON typed by a user") << u"un fichier JSON%1: {\"q1\": [0]}"_s.arg(n) << false;
        QTest::newRow("Markdown image") << u"Markdown%1: ![une image](media:…)"_s.arg(n) << false;
        QTest::newRow("narrow no-break space") << u"Vraiment\u202f?"_s << false;
    }
    void typographyChecker()
    {
        QFETCH(QString, text);
        QFETCH(bool, faulty);
        QCOMPARE(!typographyFaults(text).isEmpty(), faulty);
    }

    /// French typography in every translation (the rules the translators follow; Qt Linguist does not check them).
    void committedFrenchFollowsFrenchTypography()
    {
        QString error;
        const QList<Translation> translations = frenchTranslations(true, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList wrong;
        int checked = 0;
        for (const Translation &t : translations) {
            ++checked;
            const QStringList faults = typographyFaults(t.text);
            if (!faults.isEmpty())
                wrong << t.context + u": "_s + t.text + u"\n      "_s + faults.join(u"; "_s);
        }
        QVERIFY2(checked > 500, "the French file holds the app's and the core's strings");
        QVERIFY2(wrong.isEmpty(), qPrintable(u"%1 translations break French typography (no-break space U+00A0 before : ; ? ! "
                                             "and inside « », apostrophe ’):\n  "_s.arg(wrong.size()) + wrong.join(u"\n  "_s)));
    }

    void teachersAreVousPupilsTu()
    {
        const QStringList teacherOnly{u"TeacherHome"_s, u"ClassesPage"_s, u"RosterRow"_s, u"RosterModel"_s, u"BoardPage"_s,
                                      u"BoardRow"_s, u"BoardModel"_s, u"BoardFilterChip"_s, u"StudentPage"_s, u"StudentWorkRow"_s,
                                      u"StudentWorkModel"_s, u"TeacherLessonsPage"_s, u"AssignmentsPage"_s, u"AssignmentCard"_s,
                                      u"QuestionEditor"_s, u"ReviewPage"_s, u"ReviewModel"_s, u"SubmissionCard"_s,
                                      u"LessonEditor"_s, u"AssignmentEditor"_s, u"AssignmentListModel"_s, u"ClassModel"_s};
        const QStringList pupilOnly{u"TodoPage"_s, u"TodayModel"_s, u"TodoModel"_s, u"WorkCard"_s, u"WorkList"_s, u"AnswerPage"_s,
                                    u"AnswerController"_s, u"QuizQuestionCard"_s, u"VersionCard"_s, u"StudentHome"_s,
                                    u"StudentAssignmentsPage"_s, u"SubmissionHistoryModel"_s, u"AssignmentModel"_s};
        const QRegularExpression tu(u"(^|[^\\w’'])(tu|ton|ta|tes|toi|te|t’)(?=$|[^\\w])"_s,
                                    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        const QRegularExpression vous(u"(^|[^\\w])(vous|votre|vos)(?=$|[^\\w])"_s,
                                      QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        QString error;
        const QList<Translation> translations = frenchTranslations(false, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList wrong;
        int checked = 0;
        for (const Translation &t : translations) {
            if (teacherOnly.contains(t.context)) {
                ++checked;
                if (tu.match(t.text).hasMatch())
                    wrong << u"teacher, "_s + t.context + u": "_s + t.text;
            } else if (pupilOnly.contains(t.context)) {
                ++checked;
                if (vous.match(t.text).hasMatch())
                    wrong << u"pupil, "_s + t.context + u": "_s + t.text;
            }
        }
        QVERIFY2(checked > 200, "the teachers' and the pupils' screens have their French");
        QVERIFY2(wrong.isEmpty(), qPrintable(u"wrong address:\n  "_s + wrong.join(u"\n  "_s)));
    }

    void embeddedTranslationsLoad_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("french");
        QTest::newRow("QML") << u"ProfileChooser"_s << u"Who is working today?"_s << u"Qui travaille aujourd’hui\u00a0?"_s;
        QTest::newRow("app C++") << u"LessonModel"_s << u"Done"_s << u"Terminée"_s;
        QTest::newRow("core") << u"Store"_s << u"A PIN needs at least 4 digits."_s << u"Un code PIN doit comporter au moins 4 chiffres."_s;
    }
    void embeddedTranslationsLoad()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, french);
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/continuite_fr.qm"_s));
        QCOMPARE(translator.translate(context.toUtf8().constData(), source.toUtf8().constData()), french);
        QTranslator english;
        QVERIFY(english.load(u":/i18n/continuite_en.qm"_s));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
