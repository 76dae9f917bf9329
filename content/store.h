// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/changelog.h"
#include "content/database.h"
#include "content/mediastore.h"
#include "content/records.h"
#include "content/result.h"
#include "content/syncstore.h"

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
 */
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    static constexpr int MaxTitleLength = 200;
    static constexpr int MaxNameLength = 100;

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
    Database &database() { return *m_db; }
    ChangeLog &changes() { return *m_changes; }
    const MediaStore &media() const { return m_media; }
    /// Sign-ins, cursors, the file queue and what arrived: the only writer of those tables for the sync, the
    /// packs and the classroom hub.
    SyncStore &sync() { return m_sync; }
    /// Runs @p body in one transaction (or in the caller's, when one is open): all its writes land, or none.
    Status atomically(const std::function<Status()> &body) { return m_db->write(body); }

    // ---- Profiles -------------------------------------------------------------------------------
    /// Adds a person to this device. @p secret is their PIN or password (hashed with argon2id).
    Result<Profile> addProfile(const QString &login, const QString &displayName, Role role, const QString &secret,
                               const QString &personId = {});
    QList<Profile> profiles();
    std::optional<Profile> profile(const QString &loginOrId);
    /**
     * Checks a person's PIN or password; the profile when it is right. After 5 wrong tries in a row the
     * profile is locked for 30 s, doubling with each further wrong try (at most an hour), so a sibling
     * cannot try all 10,000 PINs of a shared laptop.
     */
    Result<Profile> unlock(const QString &login, const QString &secret);
    static constexpr int FreeUnlockAttempts = 5;
    /**
     * Changes the PIN or password that opens @p login's profile on this device. @p oldSecret is checked
     * as unlock() does (wrong tries count); the new one follows addProfile()'s rules. The hub's own
     * sign-in secret is not changed (a student's PIN there is their teacher's to reset).
     */
    Status changeSecret(const QString &login, const QString &oldSecret, const QString &newSecret);
    /// The profile the device last switched to (kept across runs), if any.
    std::optional<Profile> activeProfile();
    Status setActiveProfile(const Profile &profile);

    /**
     * How much bigger than normal @p profileId wants text on this device (1.0 normal, up to 1.5): a setting of
     * the person, not of the device, since a grandparent and a child share one laptop. Local only, never synced.
     */
    double textScale(const QString &profileId);
    Status setTextScale(const QString &profileId, double scale);

    /// Acts for this person from now on (the caller has checked their secret).
    void setCurrent(const Profile &profile) { m_current = profile; }
    /// Acts for nobody (the profile chooser is back on screen).
    void clearCurrent() { m_current.reset(); }
    const std::optional<Profile> &current() const { return m_current; }

    // ---- Classes and roster ---------------------------------------------------------------------
    Result<SchoolClass> createClass(const QString &name);
    QList<SchoolClass> classes();
    std::optional<SchoolClass> schoolClass(const QString &id);
    /// A teacher adds a student: a login code and PIN are made for their card; the PIN is shown once.
    Result<NewStudent> addStudent(const QString &classId, const QString &displayName);
    /// Adds a member with a known person id (a co-teacher, a student whose account exists elsewhere).
    Result<Member> addMember(const QString &classId, const QString &personId, Role role, const QString &displayName,
                             const QString &login, const QString &pinHash = {});
    Status removeMember(const QString &memberId);
    /// A teacher gives a student a new PIN (a lost card): the old one stops working at the next sync.
    Result<NewStudent> resetStudentPin(const QString &memberId);
    QList<Member> members(const QString &classId);
    /// Students taken off the roster of @p classId (their work stays, so their teacher still needs their
    /// names), by name; empty for anyone but a teacher of the class.
    QList<Member> formerStudents(const QString &classId);
    bool isTeacherOf(const QString &classId);
    bool isMemberOf(const QString &classId);
    /// Whether @p person is a member of @p classId here, with @p role ("teacher", "student") when given, whoever
    /// is current (a pack checks its maker and its reader).
    bool isMember(const QString &classId, const QString &person, const QString &role = {});

    // ---- Lessons --------------------------------------------------------------------------------
    struct LessonInput
    {
        QString classId;
        QString title;
        QString summary;
        QString beforeClass;
        QString inClass;
        QString afterClass;
        QStringList attachmentPaths; ///< files copied into the media store, in this order
        QString markdownBaseDir;     ///< when set, images the Markdown links by relative path are attached
        QDate plannedDate;
        std::optional<int> position; ///< appended at the end of the sequence when absent
    };
    Result<Lesson> createLesson(const LessonInput &input);
    /// Writes only the fields that differ from the stored lesson (per-field merge keeps others' edits).
    Result<Lesson> updateLesson(const Lesson &edited);
    Result<Lesson> attachToLesson(const QString &lessonId, const QStringList &paths);
    Result<Lesson> publishLesson(const QString &lessonId);
    Status deleteLesson(const QString &lessonId);
    std::optional<Lesson> lesson(const QString &id);
    /// Lessons the current person may see, in sequence order (drafts only for teachers).
    QList<Lesson> lessons(const QString &classId = {});

    // ---- Assignments ----------------------------------------------------------------------------
    struct AssignmentInput
    {
        QString classId;
        QString lessonId;
        QString title;
        QString instructions;
        QDateTime due;
        AssignmentType type = AssignmentType::Text;
        Quiz quiz;
        /// When students get the quiz's right answers; by default after the due date, or after handing in with none.
        std::optional<AnswersShown> answersShown;
        QStringList attachmentPaths;
        QString markdownBaseDir;
    };
    Result<Assignment> createAssignment(const AssignmentInput &input);
    /// Writes only the fields of a draft (or published) assignment that differ from the stored one, so a
    /// co-teacher's edit of another field is kept. Title, lesson and quiz are checked as on creation.
    Result<Assignment> updateAssignment(const Assignment &edited);
    Result<Assignment> publishAssignment(const QString &assignmentId);
    Status deleteAssignment(const QString &assignmentId);
    std::optional<Assignment> assignment(const QString &id, bool includeDeleted = false);
    QList<Assignment> assignments(const QString &classId = {});

    // ---- Submissions, feedback, progress ---------------------------------------------------------
    struct SubmissionInput
    {
        QString assignmentId;
        QString text;
        QJsonObject answers;
        QStringList attachmentPaths;
    };
    /**
     * A student submits: a new version, never replacing an earlier one. Quizzes are graded here.
     * @p keptAttachments are files already on this device (an earlier version's) handed in again as they are.
     */
    Result<Submission> submit(const SubmissionInput &input, const QList<Attachment> &keptAttachments = {});
    /// Versions of an assignment the current person may see (a student: their own), oldest first.
    QList<Submission> submissions(const QString &assignmentId, const QString &studentId = {});
    std::optional<Submission> submission(const QString &id);
    /// How far a version of work has got on its way to the hub.
    struct Delivery
    {
        enum class State {
            Waiting,  ///< written here, in the outbox: not yet acknowledged by the hub
            Sent,     ///< the hub has it (acknowledged, or it came from the hub)
            Rejected, ///< the hub refused it; kept here with the reason
        };
        State state = State::Waiting;
        QString reason; ///< the hub's reason when rejected
    };
    Delivery delivery(const Submission &submission);
    Result<Feedback> giveFeedback(const QString &submissionId, const QString &comment, std::optional<double> score);
    QList<Feedback> feedback(const QString &submissionId);
    /// Marks a lesson opened / completed and adds time spent, for the current student.
    Result<Progress> recordProgress(const QString &lessonId, bool completed, qint64 secondsSpent);
    std::optional<Progress> progress(const QString &lessonId, const QString &studentId = {});
    QList<Progress> classProgress(const QString &classId);

    // ---- Overviews ---------------------------------------------------------------------------------
    /// The teacher's continuity board: one line per student of the class, in roster order.
    QList<StudentOverview> classOverview(const QString &classId, const QDateTime &now = QDateTime::currentDateTimeUtc());
    /// The board as CSV (comma-separated, RFC 4180 quoting, UTF-8 with the header row in the UI language).
    QString classOverviewCsv(const QString &classId, const QDateTime &now = QDateTime::currentDateTimeUtc());
    /// The current student's assignments: not handed in first (by due date), then handed in.
    QList<TodoItem> todo(const QDateTime &now = QDateTime::currentDateTimeUtc());
    /// Remembers that the current person has seen everything so far ("new" marks are cleared).
    Status markEverythingSeen();

    // ---- Last contact (local only) ------------------------------------------------------------------
    /// How a person was last in touch with the school, as this device learnt it.
    struct Contact
    {
        QDateTime at; ///< UTC
        QString via;  ///< "hub" (their last sync there, told by the hub), "usb" (a return pack they made), "classroom"
    };
    /**
     * Records each person's contact at the given time (UTC) via @p via, unless a later one is already known.
     * Joins the caller's transaction when there is one (a sync's page, a pack's import).
     */
    Status recordContacts(const QHash<QString, QDateTime> &contacts, const QString &via);
    /// Person id -> their last contact, for everyone this device has heard of.
    QHash<QString, Contact> lastContacts();

    // ---- Autosaved work (local only) --------------------------------------------------------------
    /// Keeps unfinished work, with the files picked so far (their paths: nothing is copied before handing in).
    Status saveDraft(const QString &assignmentId, const QString &text, const QJsonObject &answers,
                     const QStringList &attachmentPaths = {});
    std::optional<std::pair<QString, QJsonObject>> draft(const QString &assignmentId);
    /// The files picked in the draft of @p assignmentId, in the order they were picked.
    QStringList draftAttachments(const QString &assignmentId);

    StoreStatus status();

    /// Markdown with "media:SHA256" image links turned into file URLs of blobs present on this device.
    QString renderableMarkdown(const QString &markdown) const;

private:
    Store(QString dataDir, std::unique_ptr<Database> db, std::unique_ptr<ChangeLog> changes, MediaStore media,
          HybridLogicalClock::WallClock wallClock);
    qint64 nowMillis() const;

    Status requireTeacherOf(const QString &classId);
    Status requireCurrent();
    Result<QList<Attachment>> importAttachments(const QStringList &paths);
    Result<Attachment> importMedia(const QString &path);
    Result<QString> linkLocalImages(const QString &markdown, const QString &baseDir, QList<Attachment> *attachments);
    Status validateTitle(const QString &title, const QString &what);
    static Status validateAnswersShown(AssignmentType type, AnswersShown mode, const QDateTime &due);
    /// A teacher of the class always; a student once the teacher's choice releases the answers to them.
    bool mayReadAnswerKey(const Assignment &assignment);
    /// @p assignment with its quiz's answer key when the current person may read it, without it otherwise.
    Assignment withAnswerKey(Assignment assignment);
    Status write(const QString &kind, const QString &row, const QString &classId, const QJsonObject &fields);
    QList<QJsonObject> visibleDraftableRows(const QString &kind, const QString &classId, const QString &order);
    QList<QJsonObject> selectRows(const QString &kind, const QString &where, const QVariantList &values, const QString &order = {});

    QString m_dataDir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeLog> m_changes;
    MediaStore m_media;
    SyncStore m_sync;
    std::optional<Profile> m_current;
    HybridLogicalClock::WallClock m_wallClock;
};

} // namespace Continuite
