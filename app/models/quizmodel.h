// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/records.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

/**
 * @brief The questions of a quiz being written: the prompt, multiple choice (with the right ones ticked)
 * or a short answer (with the answers accepted), and the points. Filled and read by AssignmentEditor.
 */
class QuizModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("QuizModel comes from an AssignmentEditor.")

    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// The points of all questions together.
    Q_PROPERTY(double totalPoints READ totalPoints NOTIFY edited)

public:
    enum Roles {
        QuestionIdRole = Qt::UserRole, ///< QString: the question's id in the answers ("q1")
        NumberRole,                    ///< int: 1-based
        KindRole,                      ///< QString: "choice" or "short"
        PromptRole,                    ///< QString: the question
        ChoicesRole,                   ///< QStringList: the choices (choice questions)
        CorrectRole,                   ///< QVariantList of int: indexes of the right choices
        AcceptedTextRole,              ///< QString: accepted short answers, separated by " ; "
        PointsRole,                    ///< double
    };
    Q_ENUM(Roles)

    explicit QuizModel(QObject *parent = nullptr);

    void setQuiz(const Continuite::Quiz &quiz);
    Continuite::Quiz quiz() const;
    int count() const { return int(m_questions.size()); }
    double totalPoints() const;
    /// A sentence saying what is wrong with the questions for the teacher, or empty.
    QString problem() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Adds a question ("choice" with two empty choices, or "short"); its row.
    Q_INVOKABLE int addQuestion(const QString &kind);
    Q_INVOKABLE void removeQuestion(int row);
    Q_INVOKABLE void setPrompt(int row, const QString &prompt);
    Q_INVOKABLE void setKind(int row, const QString &kind);
    Q_INVOKABLE void setPoints(int row, double points);
    Q_INVOKABLE void setChoice(int row, int choice, const QString &text);
    Q_INVOKABLE void addChoice(int row);
    Q_INVOKABLE void removeChoice(int row, int choice);
    Q_INVOKABLE void setCorrect(int row, int choice, bool correct);
    /// Accepted short answers, separated by ";" (e.g. "3/4 ; 0,75 ; trois quarts").
    Q_INVOKABLE void setAccepted(int row, const QString &text);

Q_SIGNALS:
    void countChanged();
    /// A question was changed, added or removed.
    void edited();

private:
    bool valid(int row) const { return row >= 0 && row < count(); }
    void changed(int row, const QList<int> &roles);

    QList<Continuite::QuizQuestion> m_questions;
};
