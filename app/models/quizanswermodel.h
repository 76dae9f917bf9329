// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/records.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QtQml/qqmlregistration.h>

/**
 * @brief The questions of a quiz with the student's answers so far: choices ticked, short answers typed.
 * Marks an answer right or wrong only when the quiz's key is on this device, which it is only once the
 * teacher's choice releases it to this student (practice: at once). Filled and read by AnswerController;
 * QML answers through it.
 */
class QuizAnswerModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("QuizAnswerModel comes from an AnswerController.")

    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY answersChanged)
    /// The answers are marked right or wrong (the key is on this device and the teacher allows it).
    Q_PROPERTY(bool marked READ marked NOTIFY countChanged)
    /// Answers marked right (0 when not marked).
    Q_PROPERTY(int rightCount READ rightCount NOTIFY answersChanged)

public:
    enum Roles {
        QuestionIdRole = Qt::UserRole, ///< QString: the question's id in the quiz ("q1")
        NumberRole,                    ///< int: 1-based
        PromptRole,                    ///< QString
        TypeRole,                      ///< QString: "choice" or "short"
        ChoicesRole,                   ///< QStringList: the choices (choice questions)
        MultipleRole,                  ///< bool: several choices may be ticked
        PointsRole,                    ///< double: what the question is worth
        SelectedRole,                  ///< QVariantList of int: the ticked choices
        AnswerTextRole,                ///< QString: the short answer typed
        AnsweredRole,                  ///< bool: something is ticked or typed
        MarkRole,                      ///< QString: "right" or "wrong" once the answers are released here, else ""
    };
    Q_ENUM(Roles)

    explicit QuizAnswerModel(QObject *parent = nullptr);

    void setQuiz(const Continuite::Quiz &quiz, const QJsonObject &answers);
    /// The answers in the store's shape: {"q1": [0, 2], "q2": "3/4"}; unanswered questions are left out.
    QJsonObject answers() const;
    int count() const { return int(m_questions.size()); }
    int answeredCount() const;
    bool marked() const;
    int rightCount() const;

    /// Ticks or unticks choice @p choice of question @p row (a single-choice question keeps one tick).
    Q_INVOKABLE void setChoice(int row, int choice, bool ticked);
    Q_INVOKABLE void setAnswerText(int row, const QString &text);
    /// The quiz's key came while she answers (a sync brought it, or handing in released it): the same questions,
    /// now with their right answers. Her answers stay and no row is rebuilt (the keyboard stays where it is);
    /// false, changing nothing, when @p quiz is not these questions.
    bool takeKey(const Continuite::Quiz &quiz);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();
    /// The student changed an answer.
    void answersChanged();

private:
    bool answered(int row) const;
    QJsonValue answerOf(int row) const;

    QList<Continuite::QuizQuestion> m_questions;
    QList<QList<int>> m_selected;
    QStringList m_texts;
};
