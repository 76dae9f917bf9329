// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "personalmarks.h"

#include <QDir>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString partKeys[PersonalMarks::PartCount] = {u"before"_s, u"in"_s, u"after"_s};
}

PersonalMarks::PersonalMarks(const QString &dataDir)
    : m_file(dataDir.isEmpty() ? QString() : QDir(dataDir).filePath(u"personal-marks.ini"_s))
{
}

QList<bool> PersonalMarks::partsDone(const QString &profileId, const QString &lessonId) const
{
    QList<bool> done(PartCount, false);
    if (m_file.isEmpty() || profileId.isEmpty() || lessonId.isEmpty())
        return done;
    QSettings settings(m_file, QSettings::IniFormat);
    const QStringList ticked = settings.value(profileId + u"/parts/"_s + lessonId).toStringList();
    for (int i = 0; i < PartCount; ++i)
        done[i] = ticked.contains(partKeys[i]);
    return done;
}

bool PersonalMarks::setPartDone(const QString &profileId, const QString &lessonId, int part)
{
    if (m_file.isEmpty() || profileId.isEmpty() || lessonId.isEmpty() || part < 0 || part >= PartCount)
        return false;
    QSettings settings(m_file, QSettings::IniFormat);
    const QString key = profileId + u"/parts/"_s + lessonId;
    QStringList ticked = settings.value(key).toStringList();
    if (!ticked.contains(partKeys[part]))
        ticked << partKeys[part];
    settings.setValue(key, ticked);
    settings.sync();
    return std::all_of(std::begin(partKeys), std::end(partKeys), [&](const QString &k) { return ticked.contains(k); });
}

bool PersonalMarks::feedbackSeen(const QString &profileId, const QString &feedbackId, const QString &hlc) const
{
    if (m_file.isEmpty())
        return true; // nowhere to remember it: never nag
    QSettings settings(m_file, QSettings::IniFormat);
    return settings.value(profileId + u"/feedback/"_s + feedbackId).toString() == hlc;
}

void PersonalMarks::markFeedbackSeen(const QString &profileId, const QString &feedbackId, const QString &hlc)
{
    if (m_file.isEmpty() || profileId.isEmpty() || feedbackId.isEmpty())
        return;
    QSettings settings(m_file, QSettings::IniFormat);
    settings.setValue(profileId + u"/feedback/"_s + feedbackId, hlc);
    settings.sync();
}
