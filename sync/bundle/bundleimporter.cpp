// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/bundle/bundleimporter.h"

#include "content/secrets.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcBundle)

namespace Continuite {

using namespace Qt::StringLiterals;

namespace {

QString describe(const Change &c)
{
    return u"%1 %2"_s.arg(c.kind, c.row);
}
} // namespace

struct BundleImporter::Plan
{
    QString forProfile;   ///< login of the profile on this device the pack is for
    QString relayedBy;    ///< return packs: the teacher on this device whose sync relays the changes
    QString makerName;
    QList<BundleDeviceKey> pin; ///< device keys to trust from now on
    QStringList newDeviceKeys;
};

BundleImporter::BundleImporter(Store &store)
    : m_store(store)
{
}

Result<BundleContents> BundleImporter::inspect(const QString &path)
{
    auto contents = BundleFile::read(path);
    if (!contents)
        return contents;
    if (Status s = checkSignatures(*contents); !s)
        return Result<BundleContents>::failure(s.error());
    if (Status s = checkBlobs(*contents); !s)
        return Result<BundleContents>::failure(s.error());
    return contents;
}

bool BundleImporter::needsConfirmation() const
{
    return m_needsConfirmation;
}

Status BundleImporter::checkSignatures(const BundleContents &contents)
{
    const BundleManifest &m = contents.manifest;
    const auto maker = contents.deviceKeys.constFind(m.deviceId);
    if (maker == contents.deviceKeys.constEnd() || maker->publicKey != m.devicePublicKey || maker->personId != m.makerId)
        return Status::failure(tr("The pack's manifest and its device keys disagree about who made it: it is refused whole."));
    for (const Change &c : contents.changes) {
        const auto key = contents.deviceKeys.constFind(c.device);
        if (key == contents.deviceKeys.constEnd())
            return Status::failure(tr("The change %1 was signed by a device the pack does not name: it is refused whole.").arg(describe(c)));
        if (key->personId != c.author)
            return Status::failure(tr("The change %1 claims an author whose device did not sign it: it is refused whole.").arg(describe(c)));
        if (!Signing::verify(c, key->publicKey))
            return Status::failure(tr("The change %1 does not carry a valid signature of its device: it was altered or forged. "
                                      "The pack is refused whole.").arg(describe(c)));
    }
    return success();
}

Status BundleImporter::checkBlobs(const BundleContents &contents)
{
    // The blobs table is not signed: a file is taken only when a signed change of the pack names it, so whoever
    // handles the stick cannot fill this device with files nobody sent.
    QSet<QString> referenced;
    for (const Change &c : contents.changes)
        for (const QJsonValue &a : c.fields.value(u"attachments"_s).toArray())
            referenced.insert(a.toObject().value(u"sha256"_s).toString());
    for (const BundleBlob &b : contents.blobs) {
        if (!referenced.contains(b.sha256))
            return Status::failure(tr("The pack carries a file that none of its changes uses (%1): it is refused whole.").arg(b.sha256.left(64)));
        if (!isSha256(b.sha256)
            || QString::fromLatin1(QCryptographicHash::hash(b.bytes, QCryptographicHash::Sha256).toHex()) != b.sha256)
            return Status::failure(tr("A file in the pack does not match its SHA-256 (%1): it is refused whole.").arg(b.sha256.left(64)));
        if (b.bytes.size() > m_store.media().maxFileSize())
            return Status::failure(tr("A file in the pack is larger than this device accepts (%1 MB).").arg(b.bytes.size() / (1024 * 1024)));
    }
    return success();
}

Status BundleImporter::checkAuthorization(const BundleContents &contents, Plan &plan)
{
    const BundleManifest &m = contents.manifest;
    const QString className = m.className.isEmpty() ? m.classId : m.className;
    const bool classKnown = m_store.changes().classOf(u"class"_s, m.classId).has_value();
    const QList<Profile> here = m_store.profiles();

    if (m.kind == BundleKind::ReturnPack) {
        // For a teacher of the class on this device, from a student of it.
        for (const Profile &p : here)
            if (p.role == Role::Teacher && m_store.isMember(m.classId, p.id, u"teacher"_s) && plan.relayedBy.isEmpty()) {
                plan.relayedBy = p.id;
                plan.forProfile = p.login;
            }
        if (plan.relayedBy.isEmpty())
            return Status::failure(tr("This pack is for the class \"%1\", which no teacher on this device teaches: it is refused.").arg(className));
        if (!m_store.isMember(m.classId, m.makerId, u"student"_s))
            return Status::failure(tr("This pack was made by %1, who is not a student of the class \"%2\" on this device: it is refused.")
                                       .arg(m.makerName.left(100), className));
        for (const Change &c : contents.changes) {
            const KindSpec *spec = kindSpec(c.kind);
            if (spec->writer != Writer::Student)
                return Status::failure(tr("The pack was made by a student but carries a %1 (%2), which only a teacher may write: "
                                          "it is refused whole.").arg(c.kind, c.row));
            if (c.author != m.makerId || c.fields.value(u"student"_s).toString() != m.makerId)
                return Status::failure(tr("The change %1 is not %2's own work: a student's pack carries only their own. "
                                          "It is refused whole.").arg(describe(c), m.makerName.left(100)));
            if (c.classId != m.classId)
                return Status::failure(tr("The change %1 is for another class than the pack: it is refused whole.").arg(describe(c)));
            if (c.kind == u"submission") {
                const auto assignmentClass = m_store.changes().classOf(u"assignment"_s, c.fields.value(u"assignment_id"_s).toString());
                if (assignmentClass && *assignmentClass != c.classId)
                    return Status::failure(tr("The change %1 answers an assignment of another class: it is refused whole.").arg(describe(c)));
            }
        }
        return success();
    }

    // A teacher's pack: every change by the maker, a teacher of the class, in that class.
    bool makerTeachesInPack = false;
    QSet<QString> membersInPack;
    for (const Change &c : contents.changes)
        if (c.kind == u"member" && !c.isDelete()) {
            membersInPack.insert(c.fields.value(u"person"_s).toString());
            if (c.fields.value(u"person"_s).toString() == m.makerId && c.fields.value(u"role"_s).toString() == u"teacher")
                makerTeachesInPack = true;
        }
    // Trusted from the local roster once the class is known here; on first contact, from the pack itself
    // (whose device key is then pinned: trust on first use).
    if (classKnown ? !m_store.isMember(m.classId, m.makerId, u"teacher"_s) : !makerTeachesInPack)
        return Status::failure(tr("This pack was made by %1, who is not a teacher of the class \"%2\": it is refused.")
                                   .arg(m.makerName.left(100), className));
    for (const Change &c : contents.changes) {
        const KindSpec *spec = kindSpec(c.kind);
        if (spec->writer != Writer::Teacher || c.author != m.makerId)
            return Status::failure(tr("A teacher's pack carries the change %1, which is not its teacher's: it is refused whole.").arg(describe(c)));
        if (c.classId != m.classId || (c.kind == u"class" && c.row != m.classId))
            return Status::failure(tr("The change %1 is for another class than the pack: it is refused whole.").arg(describe(c)));
        if (spec->perStudent && (m.kind != BundleKind::StudentPack || c.fields.value(u"student"_s).toString() != m.studentId))
            return Status::failure(tr("The pack carries the change %1, which belongs to another student: it is refused whole.").arg(describe(c)));
        // Only a one-student pack carries a PIN hash, and only its student's own (BundleExporter).
        if (c.fields.contains(u"pin_hash"_s)
            && (m.kind != BundleKind::StudentPack || c.kind != u"member" || c.fields.value(u"person"_s).toString() != m.studentId))
            return Status::failure(tr("The pack carries a PIN hash (%1) that is not its own student's: it is refused whole.").arg(describe(c)));
        const auto rowClass = m_store.changes().classOf(c.kind, c.row);
        if (rowClass && *rowClass != c.classId)
            return Status::failure(tr("The change %1 would move a row of another class: it is refused whole.").arg(describe(c)));
    }
    for (const Profile &p : here) {
        const bool audience = m.kind == BundleKind::StudentPack
            ? p.id == m.studentId
            : m_store.isMember(m.classId, p.id) || membersInPack.contains(p.id);
        if (audience && plan.forProfile.isEmpty())
            plan.forProfile = p.login;
    }
    if (plan.forProfile.isEmpty())
        return Status::failure(m.kind == BundleKind::StudentPack
                                   ? tr("This pack is for one student of the class \"%1\", who has no profile on this device: it is refused.").arg(className)
                                   : tr("This pack is for the class \"%1\", and no one on this device is in it: it is refused.").arg(className));
    return success();
}

Status BundleImporter::checkTrust(const BundleContents &contents, const Options &options, Plan &plan)
{
    QSet<QString> here;
    for (const Profile &p : m_store.profiles())
        here.insert(p.id);
    QSet<QString> signers{contents.manifest.deviceId};
    for (const Change &c : contents.changes)
        signers.insert(c.device);
    for (const QString &device : std::as_const(signers)) {
        const BundleDeviceKey &key = contents.deviceKeys.value(device);
        if (device == m_store.deviceId()) {
            if (key.publicKey != m_store.changes().devicePublicKey())
                return Status::failure(tr("The pack claims to come from this very device, with another key: it is forged and refused."));
            continue;
        }
        // One installation signs for all its profiles with one key: another key under a device id known here is
        // a forgery of one of the two, whoever it names.
        if (m_store.sync().deviceHasAnotherKey(device, key.publicKey))
            return Status::failure(tr("The device %1 signs with another key than the one this device learnt from its first pack: "
                                      "the pack may be forged and is refused.").arg(device));
        // Pinned per (device, person): the second sister on the family laptop is new here, not a forgery.
        if (!m_store.sync().pinnedKey(device, key.personId).publicKey.isEmpty())
            continue;
        const QString who = key.personId == contents.manifest.makerId ? contents.manifest.makerName : key.personId;
        // Every profile on this device is a known person: the device it knows for her is this one. Before, a pack
        // "by the teacher" from a device id a pupil made up was trusted on first use on his own device.
        if (here.contains(key.personId) && !options.trustNewDevice) {
            m_needsConfirmation = true;
            return Status::failure(tr("This pack says it was made by %1, who has a profile on this device, on another device "
                                      "this device has never seen. If %1 really made it on another computer, confirm it and "
                                      "import again; if not, it is forged: do not import it.").arg(who.left(100)));
        }
        const bool personKnown = m_store.sync().knowsADeviceOf(key.personId);
        if (personKnown && !options.trustNewDevice) {
            m_needsConfirmation = true;
            return Status::failure(tr("%1 made this pack on a device this device has never seen. If %1 really changed device, "
                                      "confirm it and import again.").arg(who.left(100)));
        }
        plan.pin.append(key);
        plan.newDeviceKeys << u"%1 (%2)"_s.arg(who.left(100), device);
    }
    return success();
}

Result<BundleImportSummary> BundleImporter::import(const QString &path, const Options &options)
{
    auto read = inspect(path);
    if (!read)
        return Result<BundleImportSummary>::failure(read.error());
    if (options.progress)
        options.progress(0.5); // the seal, every signature and every file's hash: most of the work
    return apply(*read, path, options);
}

Result<BundleFirstRun> BundleImporter::importAsNewStudent(const QString &path, const QString &login, const QString &pin,
                                                          const Options &options)
{
    using R = Result<BundleFirstRun>;
    auto read = inspect(path);
    if (!read)
        return R::failure(read.error());
    if (options.progress)
        options.progress(0.5);
    const BundleContents &contents = *read;
    const BundleManifest &m = contents.manifest;
    const QString className = m.className.isEmpty() ? m.classId : m.className;
    if (m.kind == BundleKind::ReturnPack)
        return R::failure(tr("This is a student's return pack (their work for the teacher), not a pack from your teacher: "
                             "choose the pack your teacher gave you."));
    const Change *card = nullptr;
    for (const Change &c : contents.changes)
        if (c.kind == u"member" && !c.isDelete() && c.fields.value(u"role"_s).toString() == u"student"
            && c.fields.value(u"login"_s).toString().compare(login.trimmed(), Qt::CaseInsensitive) == 0)
            card = &c;
    if (!card)
        return R::failure(tr("The pack of the class \"%1\" has no student with the login code %2: check the code on your card, "
                             "and that the pack is your class's.").arg(className.left(100), login.trimmed().left(64)));
    const QString pinHash = card->fields.value(u"pin_hash"_s).toString();
    // A hash with other costs than the app's own could hold this device for hours (or ask for all its memory).
    if (!pinHash.isEmpty() && !Secrets::isOwnHash(pinHash))
        return R::failure(tr("This pack cannot check your PIN (it was not made by Continuité as it should be): "
                             "ask your teacher for a new pack made for you."));
    if (pinHash.isEmpty())
        return R::failure(m.kind == BundleKind::ClassPack
                              ? tr("This pack is for the whole class \"%1\": to keep everyone's PIN secret it carries none, so it "
                                   "cannot check yours. Ask your teacher for a pack made for you (a pack for one student), "
                                   "then start again.").arg(className.left(100))
                              : tr("This pack cannot check your PIN: ask your teacher for a new pack made for you."));
    if (!Secrets::verify(pinHash, pin))
        return R::failure(tr("This is not the PIN of the card %1: check it and type it again.").arg(login.trimmed().left(64)));
    const QString personId = card->fields.value(u"person"_s).toString();
    const QString cardLogin = card->fields.value(u"login"_s).toString();
    if (m_store.profile(cardLogin) || m_store.profile(personId))
        return R::failure(tr("%1 already has a profile on this device: open it, then import the pack from the Exchanges page.")
                              .arg(cardLogin));

    // The profile and the pack in one transaction: a pack refused at any step leaves no profile behind.
    BundleFirstRun made;
    Status s = m_store.atomically([&]() -> Status {
        auto added = m_store.addProfile(cardLogin, card->fields.value(u"display_name"_s).toString(), Role::Student, pin, personId);
        if (!added)
            return Status::failure(added.error());
        auto summary = apply(contents, path, options);
        if (!summary)
            return Status::failure(summary.error());
        if (Status active = m_store.setActiveProfile(*added); !active)
            return active;
        made.profile = *added;
        made.summary = *summary;
        return success();
    });
    if (!s)
        return R::failure(s.error());
    qCInfo(lcBundle) << "first pack made the profile" << made.profile.login;
    return made;
}

Result<BundleImportSummary> BundleImporter::apply(const BundleContents &contents, const QString &path, const Options &options)
{
    using R = Result<BundleImportSummary>;
    m_needsConfirmation = false;
    Plan plan;
    if (Status s = checkAuthorization(contents, plan); !s)
        return R::failure(s.error());
    if (Status s = checkTrust(contents, options, plan); !s)
        return R::failure(s.error());

    if (options.cancelled && options.cancelled->load())
        return R::failure(tr("The import was stopped before anything was changed."));
    if (options.progress)
        options.progress(0.6);
    BundleImportSummary summary;
    summary.manifest = contents.manifest;
    summary.forProfile = plan.forProfile;
    summary.newDeviceKeys = plan.newDeviceKeys;
    for (const Change &c : contents.changes)
        ++summary.kinds[c.kind];
    summary.files = int(contents.blobs.size());
    // Files first: content-addressed, so one stored before a failed transaction is only an unused copy.
    for (const BundleBlob &b : contents.blobs) {
        if (m_store.media().contains(b.sha256)) {
            ++summary.mediaKnown;
            continue;
        }
        auto stored = m_store.media().importBytes(b.bytes, b.sha256);
        if (!stored)
            return R::failure(stored.error());
        ++summary.mediaAdded;
    }
    if (options.progress)
        options.progress(0.75);
    // A student's PIN hash served only to check their PIN on a first pack: like the hub, no student's device keeps it.
    QList<Change> changes = contents.changes;
    for (Change &c : changes)
        c.fields.remove(u"pin_hash"_s);
    Status s = m_store.atomically([&]() -> Status {
        auto verdicts = m_store.changes().applyAll(changes);
        if (!verdicts)
            return Status::failure(verdicts.error());
        for (ApplyVerdict v : *verdicts)
            ++(v == ApplyVerdict::Applied ? summary.applied : summary.duplicates);
        if (contents.manifest.kind == BundleKind::ReturnPack) {
            // The continuity board's last contact: the student made this pack then. Their device's clock may be
            // wrong, but the pack cannot have been made after it was carried here.
            const QDateTime importedAt = QDateTime::currentDateTimeUtc();
            const QDateTime madeAt = contents.manifest.madeAt.isValid() ? std::min(contents.manifest.madeAt.toUTC(), importedAt) : importedAt;
            if (Status c = m_store.recordContacts({{contents.manifest.makerId, madeAt}}, u"usb"_s); !c)
                return c;
            for (const Change &c : contents.changes) {
                auto queued = m_store.changes().queueForRelay(c, plan.relayedBy);
                if (!queued)
                    return Status::failure(queued.error());
                summary.relayQueued += *queued ? 1 : 0;
            }
        }
        for (const BundleBlob &b : contents.blobs)
            if (Status f = m_store.sync().recordFile(b.sha256, qint64(b.bytes.size()), b.mime); !f)
                return f;
        for (const BundleDeviceKey &k : std::as_const(plan.pin))
            if (Status p = m_store.sync().pinKey(k.deviceId, k.personId, k.publicKey); !p)
                return p;
        return success();
    });
    if (!s)
        return R::failure(tr("The pack could not be imported, nothing was changed: %1").arg(s.error()));
    qCInfo(lcBundle) << "imported" << QFileInfo(path).fileName() << "applied" << summary.applied << "duplicates"
                     << summary.duplicates << "relay" << summary.relayQueued;
    return summary;
}

} // namespace Continuite
