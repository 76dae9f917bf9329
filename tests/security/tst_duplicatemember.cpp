// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Issue 11, point 14 (roster): a person may have two `member` rows in one class (two devices of her teacher enrolled
// her while offline). Before, deleting either one ended her membership: she stopped receiving the class and her work
// was refused, though the roster still listed her.
#include "hubtestkit.h"

using namespace HubTest;

class TestDuplicateMember : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHub> hub;
    std::unique_ptr<Client> martin; ///< Léa's teacher
    std::unique_ptr<Client> dubois; ///< the second teacher, who does not teach her
    std::unique_ptr<Client> lea;
    QString classA, assignmentA, firstRow, secondRow;

    bool receivesNewLesson()
    {
        const QString lesson = newUuid();
        martin->sync({change(u"lesson"_s, lesson, classA, *martin, {{u"title"_s, u"Nouveau"_s}, {u"status"_s, u"published"_s}})});
        for (const QJsonValue &v : lea->pullAll())
            if (v.toObject().value(u"row"_s).toString() == lesson)
                return true;
        return false;
    }

    QString handsIn()
    {
        return verdictOf(lea->sync({change(u"submission"_s, newUuid(), classA, *lea,
                                           {{u"assignment_id"_s, assignmentA}, {u"student"_s, lea->id()}, {u"text"_s, u"x"_s}})}));
    }

private Q_SLOTS:
    void init()
    {
        hub = std::make_unique<TestHub>();
        martin = hub->teacher(u"mme.martin"_s);
        dubois = hub->teacher(u"m.dubois"_s);
        classA = hub->createClass(*martin, u"6e A"_s);
        hub->createClass(*dubois, u"6e B"_s);
        lea = hub->student(*martin, classA, u"lea.m"_s, u"4821"_s, &firstRow);
        // Her teacher's other device enrolled her too, with a row of its own.
        secondRow = newUuid();
        QCOMPARE(verdictOf(martin->sync({change(u"member"_s, secondRow, classA, *martin,
                                                {{u"person"_s, lea->id()}, {u"role"_s, u"student"_s}, {u"display_name"_s, u"Léa"_s}})})),
                 u"applied"_s);
        assignmentA = newUuid();
        martin->sync({change(u"assignment"_s, assignmentA, classA, *martin, {{u"title"_s, u"Devoir"_s}, {u"status"_s, u"published"_s}})});
        lea->pullAll();
    }

    void deletingOneOfTwoRowsKeepsHerIn()
    {
        // The second teacher, who does not teach her, cannot delete either row.
        QCOMPARE(verdictOf(dubois->sync({change(u"member"_s, secondRow, classA, *dubois, {{u"deleted"_s, true}})})), u"rejected"_s);
        // Her teacher tidies the roster: one row goes, she stays.
        QCOMPARE(verdictOf(martin->sync({change(u"member"_s, firstRow, classA, *martin, {{u"deleted"_s, true}})})), u"applied"_s);
        QVERIFY2(receivesNewLesson(), "deleting a duplicate roster row ended her membership");
        QCOMPARE(handsIn(), u"applied"_s);

        // Positive control: deleting the last row does end it.
        QCOMPARE(verdictOf(martin->sync({change(u"member"_s, secondRow, classA, *martin, {{u"deleted"_s, true}})})), u"applied"_s);
        QVERIFY(!receivesNewLesson());
        QCOMPARE(handsIn(), u"rejected"_s);
    }
};

QTEST_GUILESS_MAIN(TestDuplicateMember)
#include "tst_duplicatemember.moc"
