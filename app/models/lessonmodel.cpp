// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "lessonmodel.h"

#include "attachmentmodel.h"

#include "content/outsidepictures.h"
#include "content/store.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using Continuite::PublicationStatus;
using Continuite::Role;

LessonModel::LessonModel(QObject *parent)
    : SessionListModel(parent)
{
}

void LessonModel::setClassId(const QString &id)
{
    if (id == m_classId)
        return;
    m_classId = id;
    reload();
    Q_EMIT classIdChanged();
}

void LessonModel::load()
{
    m_rows.clear();
    if (Continuite::Store *store = this->store()) {
        const bool teacher = store->current()->role == Role::Teacher;
        QHash<QString, QString> classNames;
        for (const Continuite::SchoolClass &c : store->classes())
            classNames.insert(c.meta.id, c.name);
        for (const Continuite::Lesson &lesson : store->lessons()) {
            if (!m_classId.isEmpty() && lesson.meta.classId != m_classId)
                continue;
            WorkStates::LessonState state;
            if (teacher) {
                state = lesson.status == PublicationStatus::Draft ? WorkStates::Draft : WorkStates::Published;
            } else {
                const auto progress = store->progress(lesson.meta.id);
                state = !progress || !progress->openedAt.isValid() ? WorkStates::ToRead
                    : progress->completed                          ? WorkStates::Done
                                                                   : WorkStates::Started;
            }
            m_rows.append({lesson, classNames.value(lesson.meta.classId), state});
        }
    }
}

QString LessonModel::stateText(WorkStates::LessonState state)
{
    switch (state) {
    case WorkStates::ToRead:
    case WorkStates::NoNews:
        return tr("To read");
    case WorkStates::Started:
        return tr("Started");
    case WorkStates::Done:
        return tr("Done");
    case WorkStates::Draft:
        return tr("Draft");
    case WorkStates::Published:
        break;
    }
    return tr("Published");
}

QVariant LessonModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    const Continuite::Lesson &lesson = row.lesson;
    switch (role) {
    case LessonIdRole:
        return lesson.meta.id;
    case Qt::DisplayRole:
    case TitleRole:
        return lesson.title;
    case SummaryRole:
        return Continuite::withoutOutsidePictures(lesson.summary); // shown as Markdown (LessonCard): nothing fetched
    case ClassNameRole:
        return row.className;
    case PlannedDateRole:
        return lesson.plannedDate;
    case PlannedDateTextRole:
        return lesson.plannedDate.isValid() ? QLocale().toString(lesson.plannedDate, u"dddd d MMMM"_s) : QString();
    case StateRole:
        return int(row.state);
    case StateTextRole:
        return stateText(row.state);
    case AttachmentCountRole:
        return int(lesson.attachments.size());
    case PositionRole:
        return index.row() + 1;
    case DownloadCostTextRole:
        return AttachmentModel::costText(lesson.attachments);
    }
    return {};
}

QHash<int, QByteArray> LessonModel::roleNames() const
{
    return {
        {LessonIdRole, "lessonId"},
        {TitleRole, "title"},
        {SummaryRole, "summary"},
        {ClassNameRole, "className"},
        {PlannedDateRole, "plannedDate"},
        {PlannedDateTextRole, "plannedDateText"},
        {StateRole, "lessonState"},
        {StateTextRole, "lessonStateText"},
        {AttachmentCountRole, "attachmentCount"},
        {PositionRole, "position"},
        {DownloadCostTextRole, "downloadCostText"},
    };
}

int LessonModel::indexOf(const QString &lessonId) const
{
    for (int i = 0; i < count(); ++i)
        if (m_rows.at(i).lesson.meta.id == lessonId)
            return i;
    return -1;
}

QString LessonModel::lessonIdAt(int row) const
{
    return row >= 0 && row < count() ? m_rows.at(row).lesson.meta.id : QString();
}
