// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import Continuite

// A small rounded label for a lesson's state: to read, started, done (a student) or draft, published (a teacher).
Rectangle {
    id: root

    property string kind
    property string text

    implicitWidth: label.implicitWidth + 20
    implicitHeight: Math.max(26, label.implicitHeight + 6)
    radius: 13
    color: root.kind === "completed" || root.kind === "published" ? Theme.successSurface : root.kind === "opened" ? Theme.infoSurface : root.kind === "draft" ? Theme.surfaceAlt : Theme.warningSurface
    border.color: Qt.darker(color, 1.15)

    Label {
        id: label
        anchors.centerIn: parent
        text: (root.kind === "completed" ? "✓ " : "") + root.text
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: root.kind === "completed" || root.kind === "published" ? Theme.success : root.kind === "opened" ? Theme.primaryDark : root.kind === "draft" ? Theme.textMuted : Theme.warning
    }
}
