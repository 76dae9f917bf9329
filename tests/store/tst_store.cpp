#include "content/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Continuite;
using namespace Qt::StringLiterals;

class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void smoke()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.path());
        QVERIFY2(store, qPrintable(store.error()));
        Store &s = *store.value();
        auto teacher = s.addProfile(u"prof"_s, u"Mme Martin"_s, Role::Teacher, u"secret-prof"_s);
        QVERIFY2(teacher, qPrintable(teacher.error()));
        s.setCurrent(*teacher);
        auto cls = s.createClass(u"6e B"_s);
        QVERIFY2(cls, qPrintable(cls.error()));
        auto lesson = s.createLesson({cls->meta.id, u"Fractions"_s, u"s"_s, u"avant"_s, u"en"_s, u"après"_s, {}, {}, {}, {}});
        QVERIFY2(lesson, qPrintable(lesson.error()));
        QCOMPARE(s.lessons().size(), 1);
        auto pub = s.publishLesson(lesson->meta.id);
        QVERIFY2(pub, qPrintable(pub.error()));
        QCOMPARE(pub->status, PublicationStatus::Published);
        auto student = s.addStudent(cls->meta.id, u"Léa"_s);
        QVERIFY2(student, qPrintable(student.error()));
        QCOMPARE(s.status().pendingChanges, 5);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
