// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/assignments.h"
#include "content/changelog.h"
#include "content/database.h"
#include "content/drafts.h"
#include "content/lessons.h"
#include "content/mediastore.h"
#include "content/overviews.h"
#include "content/profiles.h"
#include "content/progresslog.h"
#include "content/records.h"
#include "content/result.h"
#include "content/roster.h"
#include "content/storecontext.h"
#include "content/syncstore.h"
#include "content/work.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace Continuite {

/**
 * @brief The local store of one device: the typed domain API over the database, the change log and
 * the media store. Every user action is a local write first; sync only ever catches up.
 *
 * Several people may share one device (a family laptop): each has a profile, and the store acts for
 * one of them at a time (setCurrent()). Reads return only what that person may see; writes check that
 * they may make them (a teacher of the class for lessons, assignments, roster and feedback; a student
 * for their own work).
 *
 * Store owns the database, the change log, the media and who is acting (StoreContext); each concern is its own
 * class over them, documented there: Profiles, Roster, Lessons, Assignments, Work (submissions and feedback),
 * ProgressLog, Drafts, Overviews (the class board, the to-do list, last contacts). The methods below forward to
 * them, so that callers keep one object to hold.
 */
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)
    Q_DISABLE_COPY_MOVE(Store)
public:
    static constexpr int MaxTitleLength = StoreContext::MaxTitleLength;
    static constexpr int MaxNameLength = StoreContext::MaxNameLength;
    static constexpr int FreeUnlockAttempts = Profiles::FreeUnlockAttempts;
    using LessonInput = Lessons::LessonInput;
    using AssignmentInput = Assignments::AssignmentInput;
    using SubmissionInput = Work::SubmissionInput;
    using Delivery = Work::Delivery;
    using Contact = Overviews::Contact;

    struct Options
    {
        qint64 maxAttachmentSize = MediaStore::DefaultMaxFileSize;
        HybridLogicalClock::WallClock wallClock; ///< tests set a clock that jumps
        int targetSchemaVersion = Database::CurrentVersion;
    };

    /// Opens the store in @p dataDir (continuite.sqlite and media/), creating it when absent.
    static Result<std::unique_ptr<Store>> open(const QString &dataDir, const Options &options);
    static Result<std::unique_ptr<Store>> open(const QString &dataDir) { return open(dataDir, Options{}); }

    QString dataDir() const { return m_dataDir; }
    QString deviceId() const { return m_changes->deviceId(); }
    ChangeLog &changes() { return *m_changes; }
    const MediaStore &media() const { return m_media; }
    /// Sign-ins, cursors, the file queue and what arrived: the only writer of those tables for the sync, the
    /// packs and the classroom hub.
    SyncStore &sync() { return m_sync; }
    /// Runs @p body in one transaction (or in the caller's, when one is open): all its writes land, or none.
    Status atomically(const std::function<Status()> &body) { return m_db->write(body); }

    /// Acts for this person from now on (the caller has checked their secret).
    void setCurrent(const Profile &profile) { m_context.current = profile; }
    /// Acts for nobody (the profile chooser is back on screen).
    void clearCurrent() { m_context.current.reset(); }
    const std::optional<Profile> &current() const { return m_context.current; }

    StoreStatus status();

    // ---- Profiles (Profiles) ----------------------------------------------------------------------
    Result<Profile> addProfile(const QString &login, const QString &displayName, Role role, const QString &secret,
                               const QString &personId = {})
    {
        return m_profiles.addProfile(login, displayName, role, secret, personId);
    }
    QList<Profile> profiles() { return m_profiles.profiles(); }
    std::optional<Profile> profile(const QString &loginOrId) { return m_profiles.profile(loginOrId); }
    Result<Profile> unlock(const QString &login, const QString &secret) { return m_profiles.unlock(login, secret); }
    Status changeSecret(const QString &login, const QString &oldSecret, const QString &newSecret)
    {
        return m_profiles.changeSecret(login, oldSecret, newSecret);
    }
    std::optional<Profile> activeProfile() { return m_profiles.activeProfile(); }
    Status setActiveProfile(const Profile &profile) { return m_profiles.setActiveProfile(profile); }
    double textScale(const QString &profileId) { return m_profiles.textScale(profileId); }
    Status setTextScale(const QString &profileId, double scale) { return m_profiles.setTextScale(profileId, scale); }

    // ---- Classes and roster (Roster; the access rules are StoreContext's) --------------------------
    Result<SchoolClass> createClass(const QString &name) { return m_roster.createClass(name); }
    QList<SchoolClass> classes() { return m_roster.classes(); }
    std::optional<SchoolClass> schoolClass(const QString &id) { return m_roster.schoolClass(id); }
    Result<NewStudent> addStudent(const QString &classId, const QString &displayName) { return m_roster.addStudent(classId, displayName); }
    Result<Member> addMember(const QString &classId, const QString &personId, Role role, const QString &displayName,
                             const QString &login, const QString &pinHash = {})
    {
        return m_roster.addMember(classId, personId, role, displayName, login, pinHash);
    }
    Status removeMember(const QString &memberId) { return m_roster.removeMember(memberId); }
    Result<NewStudent> resetStudentPin(const QString &memberId) { return m_roster.resetStudentPin(memberId); }
    QList<Member> members(const QString &classId) { return m_roster.members(classId); }
    QList<Member> formerStudents(const QString &classId) { return m_roster.formerStudents(classId); }
    QList<std::pair<QString, QString>> studentPlaces(const QString &personOrLogin) { return m_roster.studentPlaces(personOrLogin); }
    bool isTeacherOf(const QString &classId) { return m_context.isTeacherOf(classId); }
    bool isMemberOf(const QString &classId) { return m_context.isMemberOf(classId); }
    /// Whether @p person is a member of @p classId here, with @p role ("teacher", "student") when given, whoever
    /// is current (a pack checks its maker and its reader).
    bool isMember(const QString &classId, const QString &person, const QString &role = {})
    {
        return m_context.isMember(classId, person, role);
    }

    // ---- Lessons (Lessons) -------------------------------------------------------------------------
    Result<Lesson> createLesson(const LessonInput &input) { return m_lessons.createLesson(input); }
    Result<Lesson> updateLesson(const Lesson &edited) { return m_lessons.updateLesson(edited); }
    Result<Lesson> attachToLesson(const QString &lessonId, const QStringList &paths) { return m_lessons.attachToLesson(lessonId, paths); }
    Result<Lesson> publishLesson(const QString &lessonId) { return m_lessons.publishLesson(lessonId); }
    Status deleteLesson(const QString &lessonId) { return m_lessons.deleteLesson(lessonId); }
    std::optional<Lesson> lesson(const QString &id) { return m_lessons.lesson(id); }
    QList<Lesson> lessons(const QString &classId = {}) { return m_lessons.lessons(classId); }

    // ---- Assignments (Assignments) -----------------------------------------------------------------
    Result<Assignment> createAssignment(const AssignmentInput &input) { return m_assignments.createAssignment(input); }
    Result<Assignment> updateAssignment(const Assignment &edited) { return m_assignments.updateAssignment(edited); }
    Result<Assignment> publishAssignment(const QString &assignmentId) { return m_assignments.publishAssignment(assignmentId); }
    Status deleteAssignment(const QString &assignmentId) { return m_assignments.deleteAssignment(assignmentId); }
    std::optional<Assignment> assignment(const QString &id, bool includeDeleted = false)
    {
        return m_assignments.assignment(id, includeDeleted);
    }
    QList<Assignment> assignments(const QString &classId = {}) { return m_assignments.assignments(classId); }

    // ---- Submissions and feedback (Work), progress (ProgressLog) -----------------------------------
    Result<Submission> submit(const SubmissionInput &input, const QList<Attachment> &keptAttachments = {})
    {
        return m_work.submit(input, keptAttachments);
    }
    QList<Submission> submissions(const QString &assignmentId, const QString &studentId = {})
    {
        return m_work.submissions(assignmentId, studentId);
    }
    std::optional<Submission> submission(const QString &id) { return m_work.submission(id); }
    Delivery delivery(const Submission &submission) { return m_work.delivery(submission); }
    Result<Feedback> giveFeedback(const QString &submissionId, const QString &comment, std::optional<double> score)
    {
        return m_work.giveFeedback(submissionId, comment, score);
    }
    QList<Feedback> feedback(const QString &submissionId) { return m_work.feedback(submissionId); }
    QSet<QString> reviewed(const QString &assignmentId) { return m_work.reviewed(assignmentId); }
    Result<Progress> recordProgress(const QString &lessonId, bool completed, qint64 secondsSpent)
    {
        return m_progress.recordProgress(lessonId, completed, secondsSpent);
    }
    std::optional<Progress> progress(const QString &lessonId, const QString &studentId = {})
    {
        return m_progress.progress(lessonId, studentId);
    }
    QList<Progress> classProgress(const QString &classId) { return m_progress.classProgress(classId); }

    // ---- Overviews and last contact (Overviews) ----------------------------------------------------
    QList<StudentOverview> classOverview(const QString &classId, const QDateTime &now = QDateTime::currentDateTimeUtc())
    {
        return m_overviews.classOverview(classId, now);
    }
    QList<TodoItem> todo(const QDateTime &now = QDateTime::currentDateTimeUtc()) { return m_overviews.todo(now); }
    Status markEverythingSeen() { return m_overviews.markEverythingSeen(); }
    Status recordContacts(const QHash<QString, QDateTime> &contacts, const QString &via)
    {
        return m_overviews.recordContacts(contacts, via);
    }
    QHash<QString, Contact> lastContacts() { return m_overviews.lastContacts(); }

    // ---- Autosaved work (Drafts) -------------------------------------------------------------------
    Status saveDraft(const QString &assignmentId, const QString &text, const QJsonObject &answers,
                     const QStringList &attachmentPaths = {})
    {
        return m_drafts.saveDraft(assignmentId, text, answers, attachmentPaths);
    }
    std::optional<std::pair<QString, QJsonObject>> draft(const QString &assignmentId) { return m_drafts.draft(assignmentId); }
    QStringList draftAttachments(const QString &assignmentId) { return m_drafts.draftAttachments(assignmentId); }

private:
    /// Raw SQL on the store's tables: the concerns' (through StoreContext), and tests' (tests/storeinternals.h).
    /// The sync, the packs and the app use the operations above and SyncStore's.
    Database &database() { return *m_db; }
    friend struct StoreInternals;

    Store(QString dataDir, std::unique_ptr<Database> db, std::unique_ptr<ChangeLog> changes, MediaStore media,
          HybridLogicalClock::WallClock wallClock);

    QString m_dataDir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeLog> m_changes;
    MediaStore m_media;
    SyncStore m_sync;
    StoreContext m_context;
    Profiles m_profiles;
    Roster m_roster;
    Lessons m_lessons;
    Assignments m_assignments;
    Work m_work;
    ProgressLog m_progress;
    Drafts m_drafts;
    Overviews m_overviews;
};

} // namespace Continuite
