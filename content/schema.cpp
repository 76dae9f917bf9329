// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/schema.h"

namespace Continuite::Schema {

using namespace Qt::StringLiterals;

namespace {

// Columns every syncable row has. "clocks" holds the HLC of each field's last write (per-field
// last-writer-wins). Syncable tables have no foreign keys on purpose: rows may arrive in any order
// (a bundle, a page cut in two) and must never be refused for that.
#define SYNCABLE_COLUMNS \
    "id TEXT PRIMARY KEY NOT NULL, class_id TEXT NOT NULL, hlc TEXT NOT NULL, author TEXT NOT NULL, " \
    "deleted INTEGER NOT NULL DEFAULT 0, clocks TEXT NOT NULL DEFAULT '{}'"

QStringList version1()
{
    return {
        u"CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID"_s,
        u"CREATE TABLE profiles (id TEXT PRIMARY KEY NOT NULL, login TEXT NOT NULL UNIQUE, "
        "display_name TEXT NOT NULL, role TEXT NOT NULL CHECK (role IN ('teacher', 'student')), "
        "secret_hash TEXT, created_at TEXT NOT NULL)"_s,
        u"CREATE TABLE classes (" SYNCABLE_COLUMNS ", name TEXT)"_s,
        u"CREATE TABLE members (" SYNCABLE_COLUMNS ", person TEXT, role TEXT, display_name TEXT, login TEXT, pin_hash TEXT)"_s,
        u"CREATE INDEX members_by_person ON members (person, class_id)"_s,
        u"CREATE INDEX members_by_class ON members (class_id)"_s,
        u"CREATE TABLE lessons (" SYNCABLE_COLUMNS ", title TEXT, summary TEXT, before_class TEXT, in_class TEXT, "
        "after_class TEXT, attachments TEXT, status TEXT, planned_date TEXT, position INTEGER)"_s,
        u"CREATE INDEX lessons_by_class ON lessons (class_id, position)"_s,
        u"CREATE TABLE assignments (" SYNCABLE_COLUMNS ", lesson_id TEXT, title TEXT, instructions TEXT, due TEXT, "
        "type TEXT, quiz TEXT, attachments TEXT, status TEXT)"_s,
        u"CREATE INDEX assignments_by_class ON assignments (class_id, due)"_s,
        u"CREATE TABLE submissions (" SYNCABLE_COLUMNS ", assignment_id TEXT, student TEXT, text TEXT, answers TEXT, "
        "attachments TEXT, device_time TEXT, auto_score REAL, max_score REAL, received_at TEXT)"_s,
        u"CREATE INDEX submissions_by_assignment ON submissions (assignment_id, student, hlc)"_s,
        u"CREATE TABLE feedback (" SYNCABLE_COLUMNS ", submission_id TEXT, student TEXT, comment TEXT, score REAL)"_s,
        u"CREATE INDEX feedback_by_submission ON feedback (submission_id)"_s,
        u"CREATE TABLE progress (" SYNCABLE_COLUMNS ", lesson_id TEXT, student TEXT, opened_at TEXT, completed INTEGER, "
        "completed_at TEXT, seconds_spent INTEGER)"_s,
        u"CREATE INDEX progress_by_student ON progress (student, lesson_id)"_s,
        // Losing values of per-field merges: kept, never dropped.
        u"CREATE TABLE history (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, row_id TEXT NOT NULL, field TEXT NOT NULL, "
        "value TEXT, hlc TEXT NOT NULL, replaced_by TEXT NOT NULL, recorded_at TEXT NOT NULL)"_s,
        u"CREATE INDEX history_by_row ON history (kind, row_id)"_s,
        // Every change id this store has applied, so a replayed change is recognised as a duplicate.
        u"CREATE TABLE seen_changes (id TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID"_s,
        u"CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, change_id TEXT NOT NULL UNIQUE, "
        "author TEXT NOT NULL, kind TEXT NOT NULL, body TEXT NOT NULL, "
        "state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'rejected')), "
        "reason TEXT, created_at TEXT NOT NULL)"_s,
        u"CREATE INDEX outbox_by_state ON outbox (state, author, seq)"_s,
        u"CREATE TABLE media (sha256 TEXT PRIMARY KEY NOT NULL, size INTEGER NOT NULL, mime TEXT NOT NULL, "
        "created_at TEXT NOT NULL) WITHOUT ROWID"_s,
    };
}

// Version 2: autosaved answers (a student's unfinished work survives a power cut), per profile.
QStringList version2()
{
    return {
        u"CREATE TABLE drafts (profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE, "
        "assignment_id TEXT NOT NULL, text TEXT NOT NULL DEFAULT '', answers TEXT NOT NULL DEFAULT '{}', "
        "updated_at TEXT NOT NULL, PRIMARY KEY (profile_id, assignment_id)) WITHOUT ROWID"_s,
    };
}

// Version 3: sync state per profile (hub, device token, cursor, data policy and the month's usage) and the
// media transfer queue (records go first; media follow, small files before large ones).
QStringList version3()
{
    return {
        u"CREATE TABLE sync_state (profile_id TEXT PRIMARY KEY NOT NULL REFERENCES profiles (id) ON DELETE CASCADE, "
        "hub TEXT NOT NULL, token TEXT NOT NULL, cursor TEXT NOT NULL DEFAULT '', last_sync TEXT, last_attempt TEXT, "
        "last_error TEXT, media_policy TEXT NOT NULL DEFAULT 'always' CHECK (media_policy IN ('never', 'unmetered', 'always')), "
        "monthly_cap_mb INTEGER NOT NULL DEFAULT 0, rate_cap INTEGER NOT NULL DEFAULT 0, "
        "usage_month TEXT NOT NULL DEFAULT '', usage_bytes INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID"_s,
        u"CREATE TABLE media_queue (profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE, "
        "sha256 TEXT NOT NULL, direction TEXT NOT NULL CHECK (direction IN ('down', 'up')), size INTEGER NOT NULL DEFAULT 0, "
        "mime TEXT NOT NULL DEFAULT '', queued_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, "
        "PRIMARY KEY (profile_id, direction, sha256)) WITHOUT ROWID"_s,
        u"CREATE INDEX media_queue_by_size ON media_queue (profile_id, direction, size)"_s,
    };
}

// Version 4: when each person was last in contact, as this device learnt it — a teacher's sync brings the hub's
// last sync of each of her students; a student's USB return pack, the moment it was made. Local only, never
// synced (the hub is the authority and sends it again). sync_state.last_seen_until is the hub's mark for
// "only what changed since" (PROTOCOL.md, "last_seen_after").
QStringList version4()
{
    return {
        u"CREATE TABLE last_contact (person TEXT PRIMARY KEY NOT NULL, at TEXT NOT NULL, "
        "via TEXT NOT NULL CHECK (via IN ('hub', 'usb', 'classroom'))) WITHOUT ROWID"_s,
        u"ALTER TABLE sync_state ADD COLUMN last_seen_until TEXT NOT NULL DEFAULT ''"_s,
    };
}

// Version 5: a quiz's answer key in its own row, apart from the questions (a student's device gets it only when the
// teacher allows: after handing in, after the due date, never, or at once for practice), and the assignment's choice.
QStringList version5()
{
    return {
        u"CREATE TABLE answer_keys (" SYNCABLE_COLUMNS ", assignment_id TEXT, answers TEXT)"_s,
        u"ALTER TABLE assignments ADD COLUMN answers_shown TEXT"_s,
    };
}

// Version 6: a change the hub refused for now with a wait ("quota": only room made by its administrator cures it) is
// not sent again before then (PROTOCOL.md, "Retry-After").
QStringList version6()
{
    return {u"ALTER TABLE outbox ADD COLUMN not_before TEXT"_s};
}

// Version 7: the device keys learnt off packs and classroom sessions, pinned per (device, person). One installation
// signs for all its profiles with one key, so two sisters on the family laptop are two pins of one device and one
// key (before: one pin per device, in meta rows "bundle_device_key:<device>" = "<person> <base64 key>", and the
// second sister's genuine pack was refused as forged). The meta rows move here.
QStringList version7()
{
    return {
        u"CREATE TABLE pinned_keys (device TEXT NOT NULL, person TEXT NOT NULL, public_key TEXT NOT NULL, "
        "PRIMARY KEY (device, person)) WITHOUT ROWID"_s,
        u"CREATE INDEX pinned_keys_by_person ON pinned_keys (person)"_s,
        u"INSERT OR IGNORE INTO pinned_keys (device, person, public_key) "
        "SELECT substr(key, 19), substr(value, 1, instr(value, ' ') - 1), substr(value, instr(value, ' ') + 1) FROM meta "
        "WHERE substr(key, 1, 18) = 'bundle_device_key:' AND length(key) > 18 AND instr(value, ' ') > 1"_s,
        u"DELETE FROM meta WHERE substr(key, 1, 18) = 'bundle_device_key:'"_s,
    };
}

// Version 8: the hub protocol each profile's hub said it speaks (PROTOCOL.md, "Short answers"); 0 until it says.
QStringList version8()
{
    return {u"ALTER TABLE sync_state ADD COLUMN hub_protocol INTEGER NOT NULL DEFAULT 0"_s};
}

// Version 9: where a submission stands (Work::delivery: its row's latest outbox entry) is found by an index on the
// row id the body names. The outbox keeps every change written on the device, 10 KB lessons included, and the question
// parsed each body with json_extract: a pupil's to-do asks it for each of her submissions, which cost 3 s of CPU at
// each sign-in with the GOALS workload (bench/README, "Session 22"). The expression is the query's own, to the letter.
QStringList version9()
{
    return {u"CREATE INDEX outbox_by_row ON outbox (kind, json_extract(body, '$.row'), seq)"_s};
}

#undef SYNCABLE_COLUMNS
} // namespace

const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps{version1(), version2(), version3(), version4(), version5(), version6(), version7(), version8(), version9()};
    return steps;
}

} // namespace Continuite::Schema
