// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import Continuite

// A text field of the teacher's forms: clear border, an orange ring when it has the keyboard.
TextField {
    id: field

    font.pixelSize: Theme.fontBody
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    selectByMouse: true
    Accessible.name: placeholderText
    // Orca 43 reads no words of a Qt 6.4 text field (every text-attribute run it asks for comes back empty):
    // the description says what the field holds, as it was when the keyboard arrived (not while typing,
    // or each key would read the whole field again). Empty, it is the placeholder. Written, not bound: Qt 6.4
    // writes the placeholder over the description when accessibility wakes up (the quiz editor's fields said
    // "Choix 1" instead of "1/6"), so it is said again whenever the keyboard arrives.
    property string spokenValue
    function sayValue() {
        Accessible.description = spokenValue.length > 0 ? spokenValue : placeholderText;
    }
    onSpokenValueChanged: sayValue()
    onPlaceholderTextChanged: sayLater.restart()
    // Not Qt.callLater: in Qt 6.4 it still calls a field destroyed meanwhile (a page closed in the same turn),
    // and the app crashed in the description's lookup. A timer dies with its field.
    Timer {
        id: sayLater
        interval: 0
        onTriggered: field.sayValue()
    }
    Component.onCompleted: {
        spokenValue = text;
        sayValue();
    }
    onActiveFocusChanged: {
        if (activeFocus)
            sayValue();
        else
            spokenValue = text;
    }
    // Text loaded into the field shows from its start, not scrolled to its end.
    onTextChanged: {
        if (!activeFocus) {
            cursorPosition = 0;
            spokenValue = text;
        }
    }
    background: Rectangle {
        implicitHeight: 40
        implicitWidth: 200
        radius: 8
        color: field.enabled ? Theme.surface : Theme.background
        border.width: field.activeFocus ? 3 : 1
        border.color: field.activeFocus ? Theme.focus : Theme.border
    }
}
