// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "bundlecommand.h"

#include "context.h"

#include "sync/bundle/bundleexporter.h"
#include "sync/bundle/bundleimporter.h"

#include <QJsonArray>

namespace Continuite::Cli {

using namespace Qt::StringLiterals;

namespace {
QJsonObject manifestJson(const BundleManifest &m)
{
    return {{u"kind"_s, bundleKindName(m.kind)}, {u"class"_s, m.classId}, {u"class_name"_s, m.className},
            {u"made_by"_s, m.makerName}, {u"made_by_login"_s, m.makerLogin}, {u"device"_s, m.deviceId},
            {u"student"_s, m.studentId}, {u"made_at"_s, m.madeAt.toString(Qt::ISODate)},
            {u"changes"_s, m.changeCount}, {u"files"_s, m.blobCount}, {u"file_bytes"_s, double(m.blobBytes)}};
}

} // namespace

QList<Subcommand> BundleCommand::subcommands() const
{
    Subcommand exportPack;
    exportPack.name = u"export"_s;
    exportPack.synopsis = u"--to FILE (--class C | --student S)"_s;
    exportPack.summary = tr("Write a pack for a USB stick: a teacher's pack for a class or one student, or a student's work to return.");
    exportPack.options = {{u"to"_s, tr("The pack file to write."), u"FILE"_s},
                          {u"class"_s, tr("A teacher: the class to pack. A student: the class the work is for."), u"C"_s},
                          {u"student"_s, tr("A teacher: pack for this student only (login code or id), with their feedback."), u"S"_s}};
    exportPack.required = {u"to"_s};
    exportPack.run = [](Context &c, const Invocation &in) {
        const QString to = in.options.value(u"to"_s);
        const bool teacher = c.store().current()->role == Role::Teacher;
        const bool forClass = in.options.isSet(u"class"_s);
        const bool forStudent = in.options.isSet(u"student"_s);
        if (teacher && forClass == forStudent)
            return c.misuse(tr("Give either --class C (a class pack) or --student S (a pack for one student)."));
        if (!teacher && forStudent)
            return c.misuse(tr("A student exports their own work: use --class C or nothing."));
        BundleExporter exporter(c.store());
        const QString classId = forClass ? c.classId(in.options.value(u"class"_s)) : QString();
        auto made = !teacher ? exporter.exportReturnPack(to, classId)
                   : forClass ? exporter.exportClassPack(classId, to)
                              : exporter.exportStudentPack(in.options.value(u"student"_s), to);
        if (!made)
            return c.fail(made.error());
        QJsonObject o = manifestJson(made->manifest);
        o.insert(u"path"_s, made->path);
        o.insert(u"bytes"_s, double(made->fileBytes));
        o.insert(u"missing_files"_s, QJsonArray::fromStringList(made->missingMedia));
        QString text = tr("Wrote %1 (%2 KB) for %3: %n change(s)", nullptr, made->manifest.changeCount)
                           .arg(made->path)
                           .arg((made->fileBytes + 1023) / 1024)
                           .arg(made->manifest.className)
                     + tr(", %n file(s).", nullptr, made->manifest.blobCount);
        if (!made->missingMedia.isEmpty())
            text += u'\n' + tr("%n file(s) are not on this device yet and are not in the pack: sync first to include them.", nullptr,
                               int(made->missingMedia.size()));
        return c.done(o, text);
    };

    Subcommand importPack;
    importPack.name = u"import"_s;
    importPack.synopsis = u"FILE [--login CODE --pin-stdin] [--trust-new-device]"_s;
    importPack.summary = tr("Bring in a pack from a USB stick: checked whole, applied whole, or refused with the reason.");
    importPack.options = {{u"login"_s, tr("A student's first pack on this device (a pack made for them): their login code; "
                                          "their profile is made once their PIN matches the pack."), u"CODE"_s},
                          {u"pin-stdin"_s, tr("Read the PIN of the card from stdin (or $CONTINUITE_SECRET); with --login.")},
                          {u"trust-new-device"_s, tr("You confirm that this person really uses a new device.")}};
    importPack.minArguments = 1;
    importPack.maxArguments = 1;
    importPack.needs = Subcommand::Needs::Store;
    importPack.run = [](Context &c, const Invocation &in) {
        const QString path = in.arguments.first();
        BundleImporter::Options options;
        options.trustNewDevice = in.options.isSet(u"trust-new-device"_s);
        if (in.options.isSet(u"pin-stdin"_s) && !in.options.isSet(u"login"_s))
            return c.misuse(tr("--pin-stdin goes with --login CODE (a student's first pack on this device)."));
        Result<BundleImportSummary> got = Result<BundleImportSummary>::failure({});
        if (in.options.isSet(u"login"_s)) {
            // A student's first pack on a device that never met the hub: the pack checks the PIN of their card.
            const QString login = in.options.value(u"login"_s);
            const auto pin = c.readSecret(tr("PIN for %1 (on your card): ").arg(login));
            if (!pin || pin->isEmpty())
                return c.fail(tr("Type the PIN of the card on standard input (--pin-stdin), or set CONTINUITE_SECRET."));
            if (c.store().profile(login.trimmed())) {
                // Already on this device (the same command run again): their PIN opens it, then a plain import.
                auto me = c.store().unlock(login.trimmed(), *pin);
                if (!me)
                    return c.fail(me.error());
                c.store().setCurrent(*me);
                got = BundleImporter(c.store()).import(path, options);
            } else {
                auto first = BundleImporter(c.store()).importAsNewStudent(path, login, *pin, options);
                if (!first)
                    return c.fail(first.error());
                c.store().setCurrent(first->profile);
                got = first->summary;
            }
        } else {
            BundleImporter importer(c.store());
            got = importer.import(path, options);
            if (!got && importer.needsConfirmation())
                return c.fail(got.error() + u' ' + tr("To confirm: --trust-new-device."));
        }
        if (!got)
            return c.fail(got.error());
        QJsonObject o = manifestJson(got->manifest);
        o.insert(u"applied"_s, got->applied);
        o.insert(u"duplicates"_s, got->duplicates);
        o.insert(u"files_added"_s, got->mediaAdded);
        o.insert(u"files_known"_s, got->mediaKnown);
        o.insert(u"relay_queued"_s, got->relayQueued);
        o.insert(u"for"_s, got->forProfile);
        o.insert(u"new_device_keys"_s, QJsonArray::fromStringList(got->newDeviceKeys));
        QString text = got->nothingNew()
            ? tr("Nothing new in this pack from %1: it was already here.").arg(got->manifest.makerName)
            : tr("Imported the pack from %1 for %2: %3 changes (%4 already here), %5 new files.")
                  .arg(got->manifest.makerName, got->forProfile)
                  .arg(got->applied)
                  .arg(got->duplicates)
                  .arg(got->mediaAdded);
        if (got->relayQueued > 0)
            text += u'\n' + tr("%n change(s) will be sent to the hub at the next sync.", nullptr, got->relayQueued);
        for (const QString &device : std::as_const(got->newDeviceKeys))
            text += u'\n' + tr("Now trusting the device of %1.").arg(device);
        return c.done(o, text);
    };
    return {exportPack, importPack};
}

} // namespace Continuite::Cli
