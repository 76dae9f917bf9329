// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// The bar at the bottom that always tells the truth about sync: offline / syncing (progress and bytes) /
// up to date, when the last sync was, what waits to be sent, data used this month; and a "Sync" button.
// Its inputs follow SyncController; tests set them directly.
ToolBar {
    id: root

    property int syncState: SyncController.state
    property string stateText: SyncController.stateText
    property double progress: SyncController.progress
    property string progressText: SyncController.progressText
    property double bytesUp: SyncController.bytesUp
    property double bytesDown: SyncController.bytesDown
    property date lastSync: SyncController.lastSync
    property int pendingChanges: SyncController.pendingChanges
    property int queuedMedia: SyncController.queuedMedia
    property int rejectedCount: SyncController.rejectedChanges.length
    property double dataUsed: SyncController.dataUsedThisMonth
    property int monthlyCapMB: DataPolicySettings.monthlyCapMB
    /// "Now" for the last-sync sentence (tests fix it).
    property date now: new Date()
    /// A pupil's family sees plain words; counts of changes, files and data are behind "Details" (issue 14).
    property bool forFamily: !Session.currentIsTeacher
    /// At very large text a teacher's technical line is behind "Details" too: the bar took 116 px of every page at
    /// 1024×600 (review-app22 F7).
    property bool showDetails: !forFamily && !Theme.largeText

    readonly property bool syncing: syncState === SyncController.Syncing
    readonly property alias syncButton: syncButton
    readonly property alias stateLabel: stateLabel
    readonly property alias detailsLabel: detailsLabel
    readonly property alias progressBar: progressBar

    /// True from a press on the sync button until that sync's result has been said.
    property bool userAskedSync: false
    /// The sync she asked for has started (its end is then said).
    property bool askedSyncStarted: false
    /// The state the last sync ended in (not Syncing): a background sync is said only when it changes this.
    property int lastResultState: -1

    signal syncRequested
    signal openSettings

    /// "today at 14:02", "yesterday at 9:10", "28 Nov at 10:00", or "never".
    function lastSyncText(): string {
        if (isNaN(root.lastSync.getTime()))
            return qsTr("never");
        const time = root.lastSync.toLocaleTimeString(Qt.locale(), "HH:mm"); // 24 h in French and British English
        const day = new Date(root.lastSync.getFullYear(), root.lastSync.getMonth(), root.lastSync.getDate());
        const today = new Date(root.now.getFullYear(), root.now.getMonth(), root.now.getDate());
        const days = Math.round((today.getTime() - day.getTime()) / 86400000);
        if (days <= 0)
            return qsTr("today at %1").arg(time);
        if (days === 1)
            return qsTr("yesterday at %1").arg(time);
        return qsTr("%1 at %2").arg(root.lastSync.toLocaleDateString(Qt.locale(), "d MMM")).arg(time);
    }

    function detailsText(): string {
        let text = qsTr("Last sync: %1").arg(lastSyncText());
        if (root.pendingChanges > 0)
            text += " · " + qsTr("%n change(s) waiting to be sent", "", root.pendingChanges);
        if (root.queuedMedia > 0)
            text += " · " + qsTr("%n file(s) waiting", "", root.queuedMedia);
        if (root.rejectedCount > 0)
            text += " · " + qsTr("%n refused by the hub", "", root.rejectedCount);
        const used = SyncController.formatBytes(root.dataUsed);
        text += " · " + (root.monthlyCapMB > 0 ? qsTr("Data this month: %1 of %2 MB").arg(used).arg(root.monthlyCapMB) : qsTr("Data this month: %1").arg(used));
        return text;
    }

    /// What a family needs: when it last synced, and whether work still waits to leave.
    function familyText(): string {
        let text = qsTr("Last sync: %1").arg(lastSyncText());
        if (root.pendingChanges > 0 || root.queuedMedia > 0)
            text += " · " + qsTr("your work leaves at the next sync");
        if (root.rejectedCount > 0)
            text += " · " + qsTr("something was refused: see the details");
        return text;
    }

    /// Says a sync's result to a screen reader (issue 18): the tool bar's name and labels change
    /// silently, since Orca drops a name change on an object that is not the focus. A sync the person asked for is
    /// said from start to end; one in the background (after each save, on the timer) only when its outcome changes
    /// to or from a problem (offline, an error), so that routine syncs do not talk over her work.
    function saySyncResult() {
        if (root.syncState === SyncController.Syncing)
            return;
        const routine = state => state === SyncController.UpToDate || state === SyncController.Pending;
        const before = root.lastResultState;
        root.lastResultState = root.syncState;
        const changed = before !== root.syncState && before !== -1 && !(routine(before) && routine(root.syncState));
        const asked = root.userAskedSync && root.askedSyncStarted;
        if (!asked && !changed)
            return;
        if (asked) {
            root.userAskedSync = false;
            root.askedSyncStarted = false;
        }
        const time = new Date().toLocaleTimeString(Qt.locale(), "HH:mm");
        if (root.syncState === SyncController.UpToDate)
            syncAnnouncement.announce(qsTr("Sync finished at %1: %2").arg(time).arg(root.stateText));
        else
            syncAnnouncement.announce(qsTr("Sync ended at %1: %2").arg(time).arg(root.stateText));
    }

    onSyncStateChanged: {
        if (root.syncState === SyncController.Syncing) { // not root.syncing: its binding may not have run yet
            if (root.userAskedSync) {
                root.askedSyncStarted = true;
                syncAnnouncement.announce(qsTr("Sync under way"));
            }
        } else {
            // stateText follows the same signal: it is read once every binding has its new value.
            sayResultLater.start();
        }
    }
    Component.onCompleted: if (!root.syncing) root.lastResultState = root.syncState
    // A zero timer rather than Qt.callLater, which Qt 6.4's qmllint cannot type (and which calls a destroyed
    // object in Qt 6.4); it dies with the bar.
    Timer {
        id: sayResultLater
        interval: 0
        onTriggered: root.saySyncResult()
    }

    function accent(): color {
        switch (root.syncState) {
        case SyncController.UpToDate:
            return Theme.success;
        case SyncController.Offline:
        case SyncController.Pending:
            return Theme.warning;
        case SyncController.Error:
            return Theme.error;
        case SyncController.Syncing:
            return Theme.primary;
        }
        return Theme.textMuted;
    }

    function symbol(): string {
        switch (root.syncState) {
        case SyncController.UpToDate:
            return "✓";
        case SyncController.Offline:
            return "⊘";
        case SyncController.Pending:
            return "↑";
        case SyncController.Error:
            return "⚠";
        case SyncController.Syncing:
            return "⟳";
        }
        return "○";
    }

    // Grows with the text size; 58 at the normal size.
    implicitHeight: Math.max(58, Math.round(Theme.fontBody * 2.6) + 19, barRow.implicitHeight + 12)
    Accessible.role: Accessible.StatusBar
    Accessible.name: root.stateText + " " + (root.showDetails || !root.forFamily ? root.detailsText() : root.familyText())

    background: Rectangle {
        color: Theme.surface
        Rectangle {
            width: parent.width
            height: 1
            color: Theme.border
        }
        Rectangle {
            width: 6
            height: parent.height
            color: root.accent()
        }
    }

    RowLayout {
        id: barRow
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing

        Label {
            text: root.symbol()
            textFormat: Text.PlainText
            color: root.accent()
            font.pixelSize: Theme.fontTitle
            font.bold: true
            Accessible.ignored: true
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                id: stateLabel
                objectName: "syncStateText"
                Layout.fillWidth: true
                text: root.syncing && root.progressText.length > 0 ? root.progressText : root.stateText
                textFormat: Text.PlainText
                color: root.syncState === SyncController.Error ? Theme.error : Theme.text
                font.pixelSize: Theme.fontBody
                font.bold: true
                // The whole sentence, on two lines when it must ("…sera envoyé plus …" was cut: review-app19); the
                // bar grows for it.
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Label {
                id: detailsLabel
                objectName: "syncDetailsText"
                Layout.fillWidth: true
                // A family's plain line always; a teacher's technical one unless folded behind "Details".
                visible: root.showDetails || root.forFamily
                text: root.showDetails ? root.detailsText() : root.familyText()
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                // On two lines when it must, as the sentence above: at very large text "ton travail partira à la …"
                // lost what a family needs to know (review-app19, ui19).
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
        Button {
            id: detailsButton
            objectName: "detailsButton"
            visible: root.forFamily || Theme.largeText || !root.showDetails
            flat: true
            text: root.showDetails ? qsTr("Fewer details") : qsTr("Details")
            Accessible.name: root.showDetails ? qsTr("Hide the technical details of sync") : qsTr("Show the technical details of sync")
            onClicked: root.showDetails = !root.showDetails
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            contentItem: Label {
                text: detailsButton.text
                textFormat: Text.PlainText
                color: Theme.primary
                font.pixelSize: Theme.fontSmall
                font.underline: true
                Accessible.ignored: true
            }
            background: Rectangle {
                color: "transparent"
                radius: 4
                border.width: detailsButton.visualFocus ? 2 : 0
                border.color: Theme.focus
            }
        }
        ColumnLayout {
            visible: root.syncing
            spacing: 2
            Layout.preferredWidth: 190
            ProgressBar {
                id: progressBar
                Layout.fillWidth: true
                from: 0
                to: 1
                value: root.progress < 0 ? 0 : root.progress
                indeterminate: root.progress < 0
                Accessible.name: qsTr("Sync progress")
            }
            Label {
                Layout.fillWidth: true
                visible: root.showDetails
                text: qsTr("↑ %1 · ↓ %2").arg(SyncController.formatBytes(root.bytesUp)).arg(SyncController.formatBytes(root.bytesDown))
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                horizontalAlignment: Text.AlignRight
                Accessible.name: qsTr("%1 sent, %2 received").arg(SyncController.formatBytes(root.bytesUp)).arg(SyncController.formatBytes(root.bytesDown))
            }
        }
        PrimaryButton {
            id: syncButton
            objectName: "syncButton"
            text: root.syncState === SyncController.NotConnected ? qsTr("Connect…") : qsTr("Sync")
            secondary: true
            // Unavailable while syncing, never disabled: Enter on it starts a sync, and a disabled button would drop
            // the keyboard on nothing (issue 18).
            available: !root.syncing
            busyText: qsTr("Sync under way")
            Accessible.name: root.syncState === SyncController.NotConnected ? qsTr("Connect to a hub: open the settings") : qsTr("Sync now with the hub")
            onActivated: {
                if (root.syncState === SyncController.NotConnected) {
                    root.openSettings();
                } else {
                    root.userAskedSync = true;
                    root.syncRequested();
                }
            }
        }
    }
    Announcement {
        id: syncAnnouncement
        objectName: "syncAnnouncement"
    }
}
