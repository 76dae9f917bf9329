<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddPersonFlow</name>
    <message>
        <source>Signing in to the classroom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to the school&apos;s server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is not ready to sign in yet: try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPersonPage</name>
    <message>
        <source>Welcome! Nobody uses this device yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what is written on your login card. This first time needs a network; afterwards your work stays on this device and syncs when it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the school&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. http://192.168.1.10:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. K7PQ2M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN (teachers: password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in and add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the school&apos;s server and add this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop signing in and go back to the profile cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the profile cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the pack your teacher gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuité packs (*.continuite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the school&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the school&apos;s server (needs a network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have a pack on a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have a pack on a USB stick (no network needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the pack your teacher made for you (your name is on it), then type what is written on your login card. No network needed: your work stays on this device and goes back to your teacher on the stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the pack file on the USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pack chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the PIN with the pack and add this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop: nobody is added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN on your card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In class, on the room&apos;s network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In class: join the classroom your teacher&apos;s computer serves on the room&apos;s network (no internet needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the address and the code shown on your teacher&apos;s screen, then what is written on your login card. No internet needed: this device syncs with your teacher&apos;s computer in class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address on your teacher&apos;s screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10:8765</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the class and add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the classroom and add this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card yet? Ask your teacher. No network at home? Ask for a pack made for you on a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack %1 on the USB stick %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14 letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerController</name>
    <message>
        <source>This assignment is not on this device, or it is not published yet. Go back and sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a student can answer an assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too big (%2, at most %3): take a smaller photo or a lighter file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assignment cannot be answered here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice: each answer is marked right (✓) or wrong (✗) as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your teacher has released the right answers: each answer is marked right (✓) or wrong (✗).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will see which answers are right once you have handed in and synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will see which answers are right after the due date, at your next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your teacher keeps the right answers for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your teacher keeps the right answers: their comment and score will tell you how you did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice: the right answers come at your next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still being prepared: wait a moment before adding another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still being prepared: hand in when it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerPage</name>
    <message>
        <source>Attach a photo or a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.odt *.docx *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list (your draft is saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1</source>
        <comment>when work is due</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesson: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word for your teacher (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your answer here. It is saved on this device as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach your work: a photo of your exercise book or a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may attach a photo or a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Draft saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n question(s) answered</source>
        <translation>
            <numerusform>%1 of %n question answered</numerusform>
            <numerusform>%1 of %n questions answered</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand in a new version (the earlier ones are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand in your work (sent at the next sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions handed in, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not handed in yet. When you hand in, your work waits on this device and leaves at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos in colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep photos in colour (heavier); otherwise a page of the exercise book is made grey and contrasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise a photo of your exercise book is made grey and contrasted: lighter to send, just as easy to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n right</source>
        <translation>
            <numerusform>%n right</numerusform>
            <numerusform>%n right</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You still have %n question(s) without an answer.</source>
        <translation>
            <numerusform>You still have %n question without an answer.</numerusform>
            <numerusform>You still have %n questions without an answer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the questions without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand in anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hand in anyway, with %n question(s) unanswered</source>
        <translation>
            <numerusform>Hand in anyway, with %n question unanswered</numerusform>
            <numerusform>Hand in anyway, with %n questions unanswered</numerusform>
        </translation>
    </message>
    <message>
        <source>No internet? Put your work on your USB stick for your teacher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB stick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put your work on a USB stick (no internet needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files from your teacher — to download: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of files wait: the data settings keep them for a network that does not count data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of files will arrive at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download anyway (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the files of this assignment now anyway: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your teacher has released the right answers: %1 of %n question(s) right.</source>
        <translation>
            <numerusform>Your teacher has released the right answers: %1 of %n question right.</numerusform>
            <numerusform>Your teacher has released the right answers: %1 of %n questions right.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppHeader</name>
    <message>
        <source>Continuité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change person: go back to the profile cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: hub, data use and PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges: USB packs and the classroom without internet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentCard</name>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentCommand</name>
    <message>
        <source>Create a draft assignment: free text, a file to hand in, or a quiz from a JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instructions, a Markdown file (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date, e.g. 2026-12-04T18:00:00+01:00 or 2026-12-04.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson it follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quiz file (JSON: questions with choices or accepted answers, and points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (default) or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file to attach (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type must be &quot;text&quot;, &quot;file&quot; or &quot;quiz&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quiz makes a quiz: leave out --type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at character %3): fix the quiz file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a quiz: it must be a JSON object with a &quot;questions&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as 2026-12-04T18:00:00+01:00 or 2026-12-04.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the draft assignment &quot;%1&quot; (id %2); publish it with &quot;assignment publish %2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish an assignment to its class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assignment&apos;s instructions and questions (a teacher also sees the answers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assignment %1 for you here: see &quot;assignment list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments by due date (students see published ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this class (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assignment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1 · due %2 · %3 · id %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz (%1 points):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When students get the quiz&apos;s right answers: after-submit (once they hand in), after-due (once the due date has passed; the default with --due), never, or practice (at once: their device marks each answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--answers-shown is for a quiz: give its questions with --quiz FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--answers-shown must be after-submit, after-due, never or practice, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentEditor</name>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assignment cannot be edited here: it is not one of your classes&apos; assignments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date “%1” is not understood: write it as 04/12/2026 18:00, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a class first: an assignment belongs to a class.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentListModel</name>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 handed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n to review</numerusform>
            <numerusform>%n to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentModel</name>
    <message>
        <source>Not tied to a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already handed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentsPage</name>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new assignment for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a class first (Classes &amp; roster).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assignment yet: write one with “New assignment”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: 04/12/2026 18:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date and time, like 04/12/2026 18:00; empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After no lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson this assignment follows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quiz, graded automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions for the students, in Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions, in Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a multiple-choice question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Short answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a short-answer question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes: students get them at their next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish: the class&apos;s students get the assignment at their next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students see the right answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once they have handed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never (only you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at once: practice, marked as they answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When students see the right answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a due date first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assignment is published: once saved, your changes reach your students at their next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published, changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>%1, %2, heavy for mobile data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file for this lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not opened by this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of “%1” was saved. This app does not open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — video included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — sound included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound not played here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video not played here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a picture too large to be shown on this computer: the app does not decode it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not on this device yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a place on this computer to save %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read on this device: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged on this device: nothing was saved. It will be fetched again at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture not shown here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds %2 (%3): this app neither opens that kind of file nor hands it to another program. Save a copy only if you trust who sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not opened here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · not downloaded yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message numerus="yes">
        <source>Silent for %n day(s)</source>
        <translation>
            <numerusform>Silent for %n day</numerusform>
            <numerusform>Silent for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Behind with the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a class first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: check that the folder is writable and the disk not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact yet: no sync with the school&apos;s server, no USB pack received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact %1: a USB return pack made on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact %1: the classroom session of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact %1: a sync with the school&apos;s server on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected yet: no sync, no USB pack, nothing opened. Their login card is what they need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 opened</source>
        <translation>
            <numerusform>%n of %1 opened</numerusform>
            <numerusform>%n of %1 opened</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n completed</numerusform>
            <numerusform>%n completed</numerusform>
        </translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected yet: no sync, no USB pack. Only what was done on this device is known.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>Export the continuity board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuity board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the continuity board as a CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students, the silent ones first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a class first (Classes &amp; roster).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student in this class yet: add them in Classes &amp; roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s last sync with the school&apos;s server, or the last USB pack they sent back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n student(s)</source>
        <translation>
            <numerusform>%1 · %n student</numerusform>
            <numerusform>%1 · %n students</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected yet (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in this state: choose another chip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View of the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons × students</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardRow</name>
    <message>
        <source>%1: %2. %3 Last activity: %4. Lessons: %5. Work: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleCommand</name>
    <message>
        <source>PIN for %1 (on your card): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a pack for a USB stick: a teacher&apos;s pack for a class or one student, or a student&apos;s work to return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A teacher: the class to pack. A student: the class the work is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A teacher: pack for this student only (login code or id), with their feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --class C (a class pack) or --student S (a pack for one student).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A student exports their own work: use --class C or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2 KB) for %3: %n change(s)</source>
        <translation>
            <numerusform>Wrote %1 (%2 KB) for %3: %n change</numerusform>
            <numerusform>Wrote %1 (%2 KB) for %3: %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n file(s).</source>
        <translation>
            <numerusform>, %n file.</numerusform>
            <numerusform>, %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are not on this device yet and are not in the pack: sync first to include them.</source>
        <translation>
            <numerusform>%n file is not on this device yet and is not in the pack: sync first to include it.</numerusform>
            <numerusform>%n files are not on this device yet and are not in the pack: sync first to include them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring in a pack from a USB stick: checked whole, applied whole, or refused with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You confirm that this person really uses a new device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new in this pack from %1: it was already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the pack from %1 for %2: %3 changes (%4 already here), %5 new files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) will be sent to the hub at the next sync.</source>
        <translation>
            <numerusform>%n change will be sent to the hub at the next sync.</numerusform>
            <numerusform>%n changes will be sent to the hub at the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now trusting the device of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A student&apos;s first pack on this device (a pack made for them): their login code; their profile is made once their PIN matches the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the PIN of the card from stdin (or $CONTINUITE_SECRET); with --login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pin-stdin goes with --login CODE (a student&apos;s first pack on this device).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the PIN of the card on standard input (--pin-stdin), or set CONTINUITE_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm: --trust-new-device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleExporter</name>
    <message>
        <source>The %1 %2 cannot be packed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a teacher can export a pack for a student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a student of a class you teach: check the login code with &quot;student list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in several of your classes: say which one with --class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is selected: choose who you are first (profile switch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no class %1 here: check the id with &quot;class list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a teacher of this class can export its pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a student exports a return pack (their work for the teacher).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are in no class on this device: import your class pack first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are in several classes: say which one the pack is for with --class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not in the class %1 on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a teacher of this class can serve it in the classroom.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleFile</name>
    <message>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the bundle %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the bundle %1: check that the folder is writable and the disk not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not seal the bundle %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not seal the bundle %1: its seal value is not unique in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a bundle (%2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read all of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Continuité bundle (it is not a SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete (was it copied whole? copy it again from the sending device).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Continuité bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by another version of Continuité (bundle format %2, this one reads %3): update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed or cut short after it was made (its SHA-256 does not match): it is refused whole. Copy it again from the sending device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a kind of bundle this app does not know (&quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an invalid manifest (who made it, or for whom).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds an invalid change (%2): it is refused whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold what its manifest says (changes, files or keys are missing): it is refused whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not seal the bundle %1: it has no seal to fill in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Continuité bundle: it holds tables or code that a pack never holds. It is refused whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 makes this device work far longer than a pack of its size needs: it is refused whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a change or a file larger than a pack may carry: it is refused whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says it holds more than a pack may (at most %2 changes, %3 files and %4 device keys): it is refused whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more text than a pack may carry (%2 MB): it is refused whole.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleImporter</name>
    <message>
        <source>The pack&apos;s manifest and its device keys disagree about who made it: it is refused whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change %1 was signed by a device the pack does not name: it is refused whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change %1 claims an author whose device did not sign it: it is refused whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change %1 does not carry a valid signature of its device: it was altered or forged. The pack is refused whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file in the pack does not match its SHA-256 (%1): it is refused whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file in the pack is larger than this device accepts (%1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack is for the class &quot;%1&quot;, which no teacher on this device teaches: it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack was made by %1, who is not a student of the class &quot;%2&quot; on this device: it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack was made by a student but carries a %1 (%2), which only a teacher may write: it is refused whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change %1 is not %2&apos;s own work: a student&apos;s pack carries only their own. It is refused whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change %1 is for another class than the pack: it is refused whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change %1 answers an assignment of another class: it is refused whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack was made by %1, who is not a teacher of the class &quot;%2&quot;: it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A teacher&apos;s pack carries the change %1, which is not its teacher&apos;s: it is refused whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack carries the change %1, which belongs to another student: it is refused whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change %1 would move a row of another class: it is refused whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack is for one student of the class &quot;%1&quot;, who has no profile on this device: it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack is for the class &quot;%1&quot;, and no one on this device is in it: it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack claims to come from this very device, with another key: it is forged and refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device %1 signs with another key than the one this device learnt from its first pack: the pack may be forged and is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be imported, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack carries a PIN hash (%1) that is not its own student&apos;s: it is refused whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a student&apos;s return pack (their work for the teacher), not a pack from your teacher: choose the pack your teacher gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack of the class &quot;%1&quot; has no student with the login code %2: check the code on your card, and that the pack is your class&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack is for the whole class &quot;%1&quot;: to keep everyone&apos;s PIN secret it carries none, so it cannot check yours. Ask your teacher for a pack made for you (a pack for one student), then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack cannot check your PIN: ask your teacher for a new pack made for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the PIN of the card %1: check it and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a profile on this device: open it, then import the pack from the Exchanges page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped before anything was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack carries a file that none of its changes uses (%1): it is refused whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack cannot check your PIN (it was not made by Continuité as it should be): ask your teacher for a new pack made for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack says it was made by %1, who has a profile on this device, on another device this device has never seen. If %1 really made it on another computer, confirm it and import again; if not, it is forged: do not import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 made this pack on a device this device has never seen. If %1 really changed device, confirm it and import again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>Invalid change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not queue the change for sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep the previous value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep the losing value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the device key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not queue the change for relay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen way</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassCommand</name>
    <message>
        <source>Create a class; you are its teacher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class&apos;s name, e.g. &quot;6e B — Mathématiques&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the class %1 (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassModel</name>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is signed in: choose your profile first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <source>Save the login cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes and roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
    <message>
        <source>First and last name of a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the student to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print login cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the login cards of the class as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A PIN is shown only once: print the cards before you leave this page. %n new PIN(s) to print.</source>
        <translation>
            <numerusform>A PIN is shown only once: print the cards before you leave this page. %n new PIN to print.</numerusform>
            <numerusform>A PIN is shown only once: print the cards before you leave this page. %n new PINs to print.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each student you add gets a login code and a PIN to sign in. Lost card? Give a new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your first class below, then add its students.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student in this class yet: type a name above and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name, e.g. 5e A — Français</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a new class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will no longer get this class&apos;s lessons and assignments, and their card will no longer sign in to it. The work they handed in stays, for you to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added: login code %2, PIN %3. A PIN is shown only once: print the cards before you leave this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN for %1: %2. Print the card before you leave this page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassroomHub</name>
    <message>
        <source>Only a teacher of this class can serve it in the classroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classroom hub could not open its data in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classroom hub could not listen on the network (port %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classroom hub is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classroom hub refused the class: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classroom hub could not store the class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The students&apos; work could not be read from the classroom hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change by a student&apos;s device that did not sign it was left aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A student&apos;s device signs with another key than the one this laptop knows: its work was left aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The students&apos; work could not be saved on this laptop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classroom&apos;s secure connection could not be prepared (its code could not be computed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The data folder (the store and its media).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as this profile for this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: continuite-cli [--data DIR] [--user LOGIN] COMMAND … [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder defaults to %1. Exit status: 0 done, 1 an error to fix (the message says how), 2 bad usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which command? See the list below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing argument: see the usage below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot; on this device: see &quot;profile list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected: type the PIN or password on standard input, or set CONTINUITE_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is selected: run &quot;profile switch LOGIN&quot; or add --user LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist: check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file: give the path of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (%2; the limit is %3): compress it or split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 (%2): check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign this device in to a hub (a teacher&apos;s password or a student&apos;s PIN, read from stdin); the person&apos;s profile is created here if needed and becomes the active one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s address, e.g. http://192.168.1.10:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login (a student&apos;s login code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password or PIN from stdin (or $CONTINUITE_SECRET).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password or PIN: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password or PIN was given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3). Run &quot;continuite-cli sync&quot; to fetch and send everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send what this device has not sent and fetch what is new; prints changes, bytes each way, round trips, media and time. Policy options are kept for later syncs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is metered (mobile data): media wait if the policy says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records only, this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When files may be downloaded and sent: never, unmetered or always.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop media once this month&apos;s sync traffic would pass N MB (0: no cap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most N kilobytes per second (0: no cap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not signed in to a hub on this device: run &quot;continuite-cli login --hub URL --login %1 --password-stdin&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--media-policy is never, unmetered or always.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync did not complete; run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached (size on this device → size kept and sent):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How pictures are made light: &quot;photo&quot; (colours kept) or &quot;document&quot; (grey, contrasted, lighter: pages of writing). Default: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pictures is &quot;photo&quot; or &quot;document&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the light copies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the files as they are (no light copy of pictures or videos).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy %1 into a temporary folder (%2): free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Continuite::ClassroomKey</name>
    <message>
        <source>The classroom&apos;s secure connection could not be prepared (its key could not be made).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classroom&apos;s secure connection could not be prepared: %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPolicySettings</name>
    <message>
        <source>Nobody is signed in on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly cap is a number of megabytes, 0 or more (0: no cap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a hub first: the data policy belongs with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The disk is full: free some space, then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is busy in another program: try again in a moment. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is read-only: check the folder&apos;s permissions. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk could not be written (full or failing?): nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1: check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Continuité store (not a SQLite file, or damaged). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or not a Continuité store (%2). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite file from another program, not a Continuité store. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store was written by a newer version of Continuité (schema %1, this program knows %2): update Continuité. The store was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up the store before upgrading it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the store to schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date in a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows: a day or a week · Page Up/Down: a month · Enter: choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Load the demo course (a 6e maths sequence on fractions) into the store; loading twice changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher: %1 (password %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student: %1, %2 (PIN %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo course &quot;%1&quot; is already in this store: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the demo course &quot;%1&quot;: %2 lessons, %3 assignments, published.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <source>The demo course is incomplete (%1): reinstall Continuité.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not unpack the demo course into a temporary folder: check the free space in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store already has a profile &quot;%1&quot; that is not the demo&apos;s: load the demo in another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo student %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo lesson &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo assignment &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo course was not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadRequest</name>
    <message>
        <source>Could not write the file being downloaded (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file arrived damaged; it will be fetched again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download did not complete; it will resume at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file is larger than the lesson or the work naming it says: it was not downloaded, so that it costs no more than was shown. Ask for it to be attached again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangesController</name>
    <message>
        <source>return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pack was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n assignment</numerusform>
            <numerusform>%n assignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of work handed in</source>
        <translation>
            <numerusform>%n piece of work handed in</numerusform>
            <numerusform>%n pieces of work handed in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback comment(s)</source>
        <translation>
            <numerusform>%n feedback comment</numerusform>
            <numerusform>%n feedback comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>pack of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to write the pack (your USB stick).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the stick to your teacher: your work reaches them when they import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be packed: they are not on this device yet (sync first).</source>
        <translation>
            <numerusform>%n file could not be packed: it is not on this device yet (sync first).</numerusform>
            <numerusform>%n files could not be packed: they are not on this device yet (sync first).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new in this pack from %1: everything was already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) new on this device</source>
        <translation>
            <numerusform>%n change new on this device</numerusform>
            <numerusform>%n changes new on this device</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation>
            <numerusform>%n already here</numerusform>
            <numerusform>%n already here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) will be sent to the hub at the next sync.</source>
        <translation>
            <numerusform>%n change will be sent to the hub at the next sync.</numerusform>
            <numerusform>%n changes will be sent to the hub at the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Device now trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile is no longer on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the pack… (a year of a class takes a few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and importing the pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your PIN and bringing in your class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the pack in progress is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the pack was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder could not be opened, so nobody can be added. Check the folder and restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the pack your teacher gave you (a .continuite file on the USB stick).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the login code written on your card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the PIN written on your card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangesPage</name>
    <message>
        <source>Type the PIN on your card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are in the classroom: your lessons come and your work goes with no internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the pack for the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write my work for my teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuité packs (*.continuite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a pack to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges without internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the class&apos;s lessons and assignments for households with no internet; import the work they bring back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your work for your teacher; import the pack your teacher gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class of the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the pack is for: the whole class or one student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write my work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a pack of the class on a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write my work on a USB stick for my teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a pack from a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom without internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students type this address and code (or scan the code). Leaving this page closes the classroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the class on this room&apos;s network: students sync with this computer, and their work goes to the school&apos;s hub at your next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In class, type the address and code shown on your teacher&apos;s screen, then the PIN on your card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the classroom: students can no longer sync here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the classroom for the chosen class on this room&apos;s network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) connected</source>
        <translation>
            <numerusform>%n student connected</numerusform>
            <numerusform>%n students connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of work received</source>
        <translation>
            <numerusform>%n piece of work received</numerusform>
            <numerusform>%n pieces of work received</numerusform>
        </translation>
    </message>
    <message>
        <source>QR code of the classroom&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10:8765</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN on your card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the classroom with this address and code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A student starting on a new device with no internet needs a pack made for them (choose their name): only it can check the PIN on their card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop writing or reading the pack: nothing is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the pack on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put my work on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the pack on the USB stick %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put my work on the USB stick %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug in a USB stick: it shows here as a button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug in your USB stick: it shows here as a button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom open. Students type the address %1 and the code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It really is their device: import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that this new device is really theirs, and import the pack</source>
        <translation></translation>
    </message>
    <message>
        <source>Back to the page you were on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it really is their device, press the button “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14 letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackCommand</name>
    <message>
        <source>Comment (and score) one version of a student&apos;s work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission (one version&apos;s id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another version of the same student&apos;s work, by number (1 is the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score, e.g. 8.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no submission %1 here: see &quot;submission list --assignment A&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no version %1 of this work (versions 1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a score: write a number such as 8.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback saved (score %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback on one version of a student&apos;s work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feedback yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s answer is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the file being downloaded (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection stalled or timed out (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s answer arrived damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub is busy or unavailable (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This classroom&apos;s address was not checked against the code on the teacher&apos;s screen: join the classroom again with that code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at this address showed no usable certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubFailure</name>
    <message>
        <source>The hub does not accept this device any more (%1). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubSignIn</name>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder could not be opened, so nobody can be added. Check the folder and restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already signing in: wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the address of the school&apos;s server, as your teacher gave it (for example http://192.168.1.10:8080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Type it as your teacher gave it, for example http://192.168.1.10:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the login code written on your card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the PIN written on your card (teachers: your password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login code or the PIN is wrong. Check both on your login card and type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many tries with this login code. Wait a few minutes, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s server at %1 could not be reached. Check the address, or come back when you have network. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 answered, but not as a Continuité server does. Check the address with your teacher. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in, and your profile was already on this device with another PIN. Go back, choose your card and type the PIN you use here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, %1. Your lessons are on their way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub knows this login as another person: a separate profile was made on this device. Sign in to it from the profile cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageReducer</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a picture (%2, at most %3): it is not a photo that can be made light.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named like a picture but its content is not one (damaged, or another kind of file): nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named like a picture but it is a %2 (%3): give it its true extension (.%4) and attach it again; nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a HEIC photo, which this device cannot read: on the phone, choose &quot;Most compatible&quot; (JPEG) in the camera&apos;s settings, or share the photo as JPEG. Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a picture in a format this device cannot make light (%2): save it as JPEG or PNG and attach it again. Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as a picture: it may be damaged. Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 announces %2 × %3 pixels, far more than any photo: it cannot be opened safely and was not attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cut short (an interrupted copy or download?): copy the photo again from the phone. Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be made light (the picture could not be encoded). Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a JPEG of %2 × %3 pixels saved in several passes: opening it would take too much of this computer&apos;s memory, so it was not attached. Save it as a normal JPEG, or smaller, and attach it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a JPEG saved in more than %2 passes, which no camera or program does: reading it would freeze this computer for seconds, so it was not attached. Save it again as a normal JPEG, and attach it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>This photo could not be shown: the file may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to the width (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ and − zoom in and out, the arrows move around the photo, 0 fits it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanController</name>
    <message>
        <source>Only a teacher can open the classroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the address shown on your teacher&apos;s screen (for example 192.168.1.10:8765).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the code shown on your teacher&apos;s screen, beside the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code on your teacher&apos;s screen has %1 letters and digits; you typed %2. Check it and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open classroom with this code at %1. Check the code on your teacher&apos;s screen (a new one is made each time the classroom opens) and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login code or the PIN is wrong. Check both on your login card and type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classroom at %1 could not be reached. Check the address on your teacher&apos;s screen, that the classroom is open, and that this device is on the room&apos;s network (its Wi-Fi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something answered at %1, but not your teacher&apos;s classroom. Check the address on your teacher&apos;s screen. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong tries from this device (the classroom code, or the login code and PIN). Wait a few minutes, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonCard</name>
    <message>
        <source>Lesson %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n attached file</numerusform>
            <numerusform>%n attached files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonCommand</name>
    <message>
        <source>Status: %1 · planned %2 · id %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a draft lesson from Markdown: &quot;## Avant la classe / En classe / Après la classe&quot; sections; linked images are attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title (default: the file&apos;s &quot;# Title&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson&apos;s Markdown file (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file to attach (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the draft lesson &quot;%1&quot; (id %2) with %3 attachments; publish it with &quot;lesson publish %2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; now has %2 attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a lesson: its class&apos;s students see it at their next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson&apos;s sections and attachments (with SHA-256, size and type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lesson %1 for you here: see &quot;lesson list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons in sequence order (students see published ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this class (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lesson yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files to a lesson (stored once, by content; pictures as light copies).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <source>This lesson cannot be edited here: it is not one of your classes&apos; lessons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class day “%1” is not a date: write it as 04/12/2026, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a class first: a lesson belongs to a class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be found: choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the lesson a title first: it is saved as a draft before a file is attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson is no longer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Before class” is empty: your students will have nothing to study at home before the lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“In class” is empty: nothing says what you will do together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“After class” is empty: nothing to practise or look back on afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student in this class yet: nobody gets the lesson until you add students in Classes &amp; roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still being made light: wait for it, or stop it, before attaching another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in: choose your profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your voice note is kept: give the lesson a title and save it, and the note is attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your voice note is kept: it is attached when the lesson is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link “%1” in “%2” has no address: your students cannot open it. Write the web page’s address after https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link “%1” in “%2” will not open for your students: “%3” is not a whole web address. Write it with https:// in front.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonGrid</name>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons and students: who opened and who finished each lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student in this class yet: add them in Classes &amp; roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lesson published yet: the grid fills in as you publish lessons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ finished (before, in and after class) · ◐ opened · – not opened · ? no news from the student yet. As of each student&apos;s last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ finished · ◐ opened · – not opened · ? no news yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and Down: a student. Left and Right: a lesson. Home and End: the first and the last lesson. Ctrl+Home and Ctrl+End: the first and the last student. Page Up and Page Down: a screen of students. Enter: the student&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonGridModel</name>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n opened</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No news yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No news for %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonGridRow</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonList</name>
    <message>
        <source>Lessons of my classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts are only visible to you until you publish them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the “Before class” part at home, before the lesson day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lesson yet. Create one with continuite-cli (lesson create), then publish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lesson yet. Your teacher has not published anything for your class: come back after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonModel</name>
    <message>
        <source>To read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonPartArea</name>
    <message>
        <source>Write in Markdown: # a title, **bold**, - a list, ![a picture](media:…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the part “%1”, in Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <source>This lesson is not on this device, or it is not published yet. Go back to the list and sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonReaderPage</name>
    <message>
        <source>‹ Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ·  in class %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · Before class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · In class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 · After class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To download: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of files wait: the data settings keep them for a network that does not count data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of files will arrive at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download anyway (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the files of this lesson now anyway: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework of this lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, handed in: open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ “%1” done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have done “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is marked as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Lesson done: your teacher sees it at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” done. Lesson done: your teacher sees it at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginCardPrinter</name>
    <message>
        <source>Continuité — login card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign in to Continuité, type this login code, then this PIN. Keep the PIN secret: if you lose this card, your teacher gives you a new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no student to print a card for: add students first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: check that the folder is writable and the disk not full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginRequest</name>
    <message>
        <source>Wrong login or password (or PIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is signed in on too many devices: one you no longer use must be signed out first (in the settings of another device, or by a teacher), then sign in here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device was signed out of this account for good. Reset the app on it (or install it again) to sign in as a new device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s key already belongs to another device of this account (or a teacher vouched for it under another name). Reset the app on this device (or install it again) to sign in as a new device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Continuité — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top bar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync bar: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownSection</name>
    <message>
        <source>*Nothing in this part.*</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownToolbar</name>
    <message>
        <source>bold words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words of the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the line a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the chosen words in bold (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the chosen lines a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the chosen words a link to a web page (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put one of the lesson&apos;s pictures in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables, code, HTML, underlined titles and separator lines (---) are left as they are: the buttons do not change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures of the lesson</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkingPage</name>
    <message>
        <source>Returned to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of work (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous student’s work (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next student’s work: %1 (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last student’s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files handed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written with this work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned, %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score for %1, out of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the work to %1 with the comment and the score (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not on this computer yet: it comes with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be shown in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file and no text with this work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: a new line · Ctrl+Enter: return the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File handed in by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaPlayerPage</name>
    <message>
        <source>‹ Back to the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be played here (%1). Sync again to download it anew, or ask your teacher for another format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen with headphones if others are working nearby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>position / duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space: play or pause · Left/Right: 5 seconds back or forward · Escape: back to the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>minutes, then seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaPreparation</name>
    <message>
        <source>Making the light copy of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the light version of %1… %2</source>
        <extracomment>%2 is a percentage already formatted (&quot;42 %&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaReducer</name>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the light copy of %1: the folder %2 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1 was not attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named like a video but it is a %2 (%3): give it its true extension (.%4) and attach it again; nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no more room on the disk for the light copy of %1 (%2 needed, %3 free in %4): free some space, then try again. Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The light copy of %1 could not be written: the disk is full or refuses to be written (%2 free in %3). Free some space, then try again. Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first picture only: an animation is kept as one up to %1 pixels and %2, and the app shows only its first picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaStore</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (%2; the limit is %3): a household on mobile data could not download it. Compress it or split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the media folder in %1: check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough free disk space for %1 (%2 needed, %3 free): free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in the media folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy %1 (disk full?): %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store %1 in the media folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The received file is damaged (its SHA-256 does not match): it was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large (%1; the limit is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not on this device yet: sync to fetch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged on this device: it will be fetched again at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be stored: the disk is full or refuses to be written (%2 free). Free some space, then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavButton</name>
    <message>
        <source>Open page. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackPrinter</name>
    <message>
        <source>Worksheets to print with this page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To hand in by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no class %1 here: check the id with &quot;class list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a teacher of this class can print its pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class has no students yet: add them first (student add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a student of this class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the card your teacher gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — class pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: check that the folder is writable and the disk not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video “%1”: its first picture. Watch it in the app, or at school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be shown on paper (see them in the app):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not on this computer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged, or not a picture this app reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it announces %1 × %2 pixels, too many to be read safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the pack already holds %n picture(s), as many as it may</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Picture not printed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture not printed: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is saved in more than %1 passes, which would take seconds to read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfViewerPage</name>
    <message>
        <source>‹ Back to the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n page(s)</source>
        <translation>
            <numerusform>%1 · %n page</numerusform>
            <numerusform>%1 · %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>This PDF could not be opened: the file may be damaged. Sync again to download it anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page has no words to read: it is only a picture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreparationRow</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop making %1 light: it is not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making %1 light for mobile data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrimaryButton</name>
    <message>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>Prints a class pack as a PDF: one section per student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder (the store and its media).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teacher&apos;s login (password on standard input or $CONTINUITE_SECRET).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class (id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this student (login code or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: continuite-print --data DIR [--user LOGIN] --class C [--student S] --to FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is selected: add --user LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Printed %1: %n student(s)</source>
        <translation>
            <numerusform>Printed %1: %n student</numerusform>
            <numerusform>Printed %1: %n students</numerusform>
        </translation>
    </message>
    <message>
        <source>Print this worksheet too: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be printed (damaged, or not downloaded yet): %1; see it in the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileCard</name>
    <message>
        <source>%1, %2, used this device last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · last here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <source>Continuité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is working today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your card, then type your PIN. Teachers type their password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add a person on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person on this device, with their login card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person on this device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Add a person to this device; their PIN or password is read from stdin (a teacher needs one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teacher or student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s id, when they already exist (a student added to a class).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the PIN or password from stdin (or $CONTINUITE_SECRET).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role must be &quot;teacher&quot; or &quot;student&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN or password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN or password on standard input: type it there, or set CONTINUITE_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A teacher&apos;s profile needs a password: add --secret-stdin and type it on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the %1 profile %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles on this device; * marks the active one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile on this device yet: add one with &quot;profile add&quot;, or load the demo with &quot;demo load&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Become this profile on this device; their PIN or password is read from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot; on this device: see &quot;profile list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected: type the PIN or password on standard input, or set CONTINUITE_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are now %1 (%2) on this device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileModel</name>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressCommand</name>
    <message>
        <source>&quot;%1&quot; is not a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson completed (%1 min spent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson opened (%1 min spent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent to add, in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a lesson as opened (a student), adding time spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a lesson as completed (a student).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress on the lessons: a student&apos;s own, or a teacher&apos;s whole class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lesson %1 for you here: see &quot;lesson list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points of question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice %1 is a right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice %1 of question %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove choice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the right answer (or answers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a choice to question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted answers, separated by ; (e.g. 3/4 ; 0,75)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted answers of question %1, separated by semicolons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizModel</name>
    <message>
        <source>A quiz needs at least one question: add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1: write the question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1: give at least two choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1: tick the right choice (or choices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1: write at least one accepted answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1: points go from 0 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizQuestionCard</name>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>Several answers are right: tick them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Question %1, %n point(s): %2</source>
        <translation>
            <numerusform>Question %1, %n point: %2</numerusform>
            <numerusform>Question %1, %n points: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Question %1: right answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1: wrong answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizText</name>
    <message>
        <source>The quiz has no &quot;questions&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quiz has more than 200 questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs a short &quot;id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;id&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;prompt&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;points&quot; must be between 0 and 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice question needs at least two &quot;choices&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;correct&quot; must list indexes of choices, from 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;correct&quot; must name at least one right choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a short-answer question needs &quot;accepted&quot; answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;type&quot; must be &quot;choice&quot; or &quot;short&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingText</name>
    <message>
        <source>Blank line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Nobody is signed in: choose your profile first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>a former student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (device clock, not yet received by the hub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score “%1” is not a number: write it like 14 or 14.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no longer in the class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/ %1</source>
        <comment>the scale beside a score field: out of 20</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score cannot be negative: write a number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score %1 is above the scale: at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing handed in yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work handed in for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assignment in this class yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing handed in for this assignment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Choose a class first, then add its students.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no student in this class yet: add them first, then print their cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the cards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterRow</name>
    <message>
        <source>%1, login code %2, PIN %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, login code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 a new PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretEntry</name>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the space of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the profile cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN of %1 (4 digits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionTab</name>
    <message>
        <source>%1, done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>No folder was given for the data: start the app with --data FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder could not be opened, so nobody can sign in. Check the folder and restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your PIN, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same: type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new PINs are not the same: type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is made of digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the password of %1. Forgotten? The school&apos;s hub administrator can give you a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the PIN on %1&apos;s card. Forgotten? Ask your teacher for a new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsField</name>
    <message>
        <source>%1: %2</source>
        <comment>whose secret: what it is</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Type the hub&apos;s address first, for example http://192.168.1.10:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the PIN on your card to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly cap is a whole number of MB (0: no cap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password on this device is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN on this device is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1. Your work syncs by itself when there is a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: everything stays on this device. Ask your teacher or school for the hub&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN on your card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the hub with this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never download or send files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files only on unmetered networks (Wi-Fi, cable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly cap in MB (0: no cap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device cannot tell whether its network is metered: files wait as on mobile data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network now is metered (mobile data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network now is not metered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the data policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens your profile on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens your profile on this device. To connect to the hub, use the PIN on your card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password (6 characters or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN (4 digits or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes are kept on this device; the hub will not take them. Ask your teacher if you do not understand why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons and work always sync. Files (images, videos, PDFs) are heavier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. http://192.168.1.10:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once connected to a hub, choose here when files (images, videos, PDFs) may use the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speed cap is a whole number of kB/s (0: no cap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed cap in kB/s (0: no cap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed cap of syncs in kilobytes per second (0: no cap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A speed cap leaves part of a shared connection to the rest of the household; syncs take longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For you only on this device. Ctrl++ and Ctrl+- change it from any screen, Ctrl+0 goes back to normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1. Your classes&apos; work syncs by itself when there is a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: everything stays on this device. The school&apos;s hub administrator gives the hub&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes are kept on this device; the hub will not take them. The hub&apos;s reason is beside each one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpokenMarkdown</name>
    <message>
        <source>This link cannot be opened from the app: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links in this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpokenText</name>
    <message>
        <source>Image without a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>What this device has not sent yet (for the acting profile), and who acts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1 (refused by the hub: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub: not connected yet · last sync: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: %1 · store: %2 (schema %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub: %1 · last sync: %2 · files waiting: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Could not initialise the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not initialise the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is selected: choose who you are first (profile switch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a teacher can do this; %1 is a student profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no class %1 here: check the id with &quot;class list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a teacher of this class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is too long (%1 characters, at most %2): shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 linked in the text: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid login: use letters, digits, dots, dashes (64 at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a name of 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a profile &quot;%1&quot; on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a person id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A teacher&apos;s password needs at least 6 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN needs at least 4 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot; on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not switch profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a teacher can create a class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class needs a name of 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A student needs a name of 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member %1 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lesson %1 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lesson %1 in this class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quiz assignment needs questions (--quiz FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assignment %1 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a student can hand in work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assignment %1 for you here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long (%1 characters, at most 262,144).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to hand in: write a text, answer the quiz or attach a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quiz has no question &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not hand in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no submission %1 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is too long (at most 32,768 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback needs a comment or a score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score must be between 0 and 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is recorded for students.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lesson %1 for you here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent must be between 0 and 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong tries for %1: wait %2 seconds, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the new secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a student has a PIN; a teacher signs in with their password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not on this device any more: attach it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record when a student was last in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each quiz question needs its right answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers cannot be shown after the due date: there is none. Set a due date or choose when the answers are shown (--answers-shown after-submit, never or practice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score must be between 0 and %1, the scale of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text shows %1 as a picture, but that file is not a picture: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text shows %1 as a picture, but that file is not in the text&apos;s folder (%2) or below it: a text only brings pictures from its own folder. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text shows a picture that is not there: %1 does not exist. Check the link; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text shows %1 as a picture, but it cannot be read (%2): check its permissions. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text shows %1, a picture on the internet or elsewhere on this computer: pupils&apos; apps do not load such pictures (a site would learn who reads the lesson, and it costs their data). Save the picture beside the text and link it from there, or attach it. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentAssignmentsPage</name>
    <message>
        <source>My assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n assignment</numerusform>
            <numerusform>%n assignments</numerusform>
        </translation>
    </message>
    <message>
        <source>Assignments, lesson by lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assignment yet. Your teacher&apos;s assignments appear here after a sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentCommand</name>
    <message>
        <source>Add a student to a class: prints their login code and PIN (shown only once: write them on their card).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1: login %2, PIN %3 (write them on their card; the PIN is not shown again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class&apos;s members (a student sees their teachers and themselves).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not in a class %1: check the id with &quot;class list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last contact %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contact yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentHome</name>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys 1, 2, 3 switch; Enter opens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentNavButton</name>
    <message>
        <source>%1, %2</source>
        <comment>a place and its count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open page, key %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <source>‹ Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the continuity board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons: %1 · Work: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN (lost card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 a new PIN: the old card no longer opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack on a USB stick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a pack on a USB stick for a student without internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN for %1: %2. Write it on their card, or print the cards in Classes &amp; roster before you leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons and work of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentWorkModel</name>
    <message>
        <source>Not opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed in on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: it was due on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentWorkRow</name>
    <message>
        <source>%1: %2. Open in Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review ›</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionCard</name>
    <message>
        <source>%1, version %2 of %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the work to %1 with the comment and the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1’s work, seen big</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned, %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionCommand</name>
    <message>
        <source>The versions handed in, with their feedback (a student sees only their own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this student (a person id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assignment %1 for you here: see &quot;assignment list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback: %1 (score %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing handed in yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionHistoryModel</name>
    <message>
        <source>New comment from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmitCommand</name>
    <message>
        <source>Hand in your work: a new version each time, never replacing the last; quizzes are scored at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer from a text file (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz answers, a JSON file: {&quot;q1&quot;: [0], &quot;q2&quot;: &quot;3/4&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file to hand in (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --text or --text-file, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object of answers like {&quot;q1&quot;: [0], &quot;q2&quot;: &quot;3/4&quot;}: fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed in (kept on this device until the next sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · handed in %2 · id %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) waiting</source>
        <translation>
            <numerusform>%n file waiting</numerusform>
            <numerusform>%n files waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the hub</source>
        <translation>
            <numerusform>%n refused by the hub</numerusform>
            <numerusform>%n refused by the hub</numerusform>
        </translation>
    </message>
    <message>
        <source>Data this month: %1 of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data this month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ %1 · ↓ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent, %2 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a hub: open the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now with the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your work leaves at the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something was refused: see the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the technical details of sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the technical details of sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync finished at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync ended at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync under way</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>This profile is no longer on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A piece of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A student card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub says you may not make this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub found it malformed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to another class on the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this login code is already used on the hub: make another card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %n change(s) so far</source>
        <translation>
            <numerusform>Receiving: %n change so far</numerusform>
            <numerusform>Receiving: %n changes so far</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the hub what is new…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub no longer accepts this device. Open the settings and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a hub: everything stays on this device. Connect in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the hub cannot be reached. Your work is kept here and will be sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: no network. Your work is kept here and will be sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quiz&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub could not store it this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is waiting: %2. It will be sent again at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the space kept for you on the school&apos;s server is full (ask the teacher or the school&apos;s IT to make room; nothing is lost meanwhile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub is busy or the connection too slow for it: your work is kept here and will be sent in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device was in a classroom before classrooms were secured: join the classroom again with the code on your teacher&apos;s screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>&quot;%1&quot; is not a hub address: give one like https://hub.example.org or http://192.168.1.10:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device already has a profile &quot;%1&quot; that is not the hub&apos;s %1. Rename or remove it, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync of %1 is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync of %1 is already running on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not signed in to a hub on this device: run login first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files wait for next month: this month&apos;s data cap (%1 MB) would be passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store a downloaded file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its hash changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be stored by the hub this time; they will be sent again at the next sync.</source>
        <translation>
            <numerusform>%n change could not be stored by the hub this time; it will be sent again at the next sync.</numerusform>
            <numerusform>%n changes could not be stored by the hub this time; they will be sent again at the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a classroom address this app can check (it needs https and the whole code on the teacher&apos;s screen). Type the address and the code as your teacher&apos;s screen shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not your class&apos;s computer: what answers at this address does not match the code on your teacher&apos;s screen, so nothing was sent to it. Check the address and the code and type them again; if they are right, tell your teacher.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message>
        <source>Sent %1 change(s), received %2; %3 bytes up, %4 bytes down in %5 request(s); media: %6 fetched, %7 sent, %8 waiting; %9 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 change(s) refused by the hub: see status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncRoundTrip</name>
    <message>
        <source>The hub&apos;s answer arrived damaged; the sync will try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>Could not keep the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cap cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the data policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a hub first (login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record how far the sync got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not queue a file for sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not queue a file for download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the file queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record when the hub received a submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remember the device keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeacherHome</name>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class worked on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes &amp; roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students, login cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write, attach, publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions, due date, quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work handed in, feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuity board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has gone silent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeacherLessonsPage</name>
    <message>
        <source>Attach a file to the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheets, pictures, audio and video (*.pdf *.png *.jpg *.jpeg *.mp3 *.ogg *.mp4 *.webm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new lesson for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a click opens a lesson to edit it. Drafts are only visible to you until you publish them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: one sentence for the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the class session, like 04/12/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at home, to discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, as students will see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attached file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n file(s) over 2 MB: heavy for a family on mobile data. Prefer a lighter version (a compressed PDF, a shorter video).</source>
        <translation>
            <numerusform>⚠ %n file over 2 MB: heavy for a family on mobile data. Prefer a lighter version (a compressed PDF, a shorter video).</numerusform>
            <numerusform>⚠ %n files over 2 MB: heavy for a family on mobile data. Prefer a lighter version (a compressed PDF, a shorter video).</numerusform>
        </translation>
    </message>
    <message>
        <source>See as a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the lesson in the reader, as a student sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes: students get them at their next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish: the class&apos;s students get the lesson at their next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a class first (Classes &amp; roster).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lesson here yet: write one with “New lesson”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached, made light for mobile data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a voice note for the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is offline: the lesson leaves at the next connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish “%1” as it is?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light version of videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach videos as their light version, about 1 MB a minute (360p)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone&apos;s video costs 30 to 60 MB a minute: a family on mobile data cannot receive it. Your own file is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson is published: once saved, your changes reach your students at their next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published, changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed from the lesson. No attached file left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed from the lesson. Now on %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextFile</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a text (%2 KB, at most %3 KB): split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text: save it as UTF-8 in your editor, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextSizeShortcuts</name>
    <message>
        <source>Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the largest)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>New comments from your teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1 (past)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1</source>
        <comment>a class day</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoModel</name>
    <message>
        <source>Handed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To hand in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to hand in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a due date: day, then time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>a score out of a maximum</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New comment from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoPage</name>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is handed in. Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do for now. New work from your teacher appears here after a sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <translation>
            <numerusform>%n new comment</numerusform>
            <numerusform>%n new comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) to read</source>
        <translation>
            <numerusform>%n lesson to read</numerusform>
            <numerusform>%n lessons to read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of work to hand in</source>
        <translation>
            <numerusform>%n piece of work to hand in</numerusform>
            <numerusform>%n pieces of work to hand in</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Your work is saved on this device as you write, even offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadRequest</name>
    <message>
        <source>Could not read the file to send (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the file to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload did not complete; it will resume at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsbDriveModel</name>
    <message>
        <source>%1 free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionCard</name>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teacher&apos;s comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed in %1 · received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this device; it leaves at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) · quiz: %1</source>
        <translation>
            <numerusform>%n answer · quiz: %1</numerusform>
            <numerusform>%n answers · quiz: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: « %2 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoReducer</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos cannot be read on this computer (GStreamer: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its format needs a GStreamer plugin this computer does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged or not a video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as a video: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no moving picture: attach it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the light version of %1: its folder cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos cannot be made light on this computer (a GStreamer plugin is missing: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as a video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The light version of %1 could not be made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: no light version of %1 was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the light version of %1 (disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos cannot be read on this computer (a GStreamer plugin is missing: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes too long to read: it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as a video: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no picture to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a video of %2 × %3 pixels, more than a phone films (4K at most): decoding it would take too much of this computer&apos;s memory. Nothing was attached; film it again in 1080p or 720p.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stops after %2, though it announces %3: the file is cut short (a copy that was interrupted?). Nothing was attached: copy the video again from where it was filmed, then attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not read through in %2 seconds: it is not played here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pictures of %1 cannot be checked on this computer (%2): the app does not decode them, so that a file cannot take all its memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cut into too many tiny pieces to be checked on this computer: it is not played here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carries a picture in its tags (a cover) too large or too complex to be shown safely: it is not played here, so that a file cannot take all this computer&apos;s memory or freeze the window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceCapture</name>
    <message>
        <source>voice-capsule</source>
        <extracomment>The start of a voice recording&apos;s file name, before its date (&quot;capsule-vocale-2026-12-05-1912.opus&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceCaptureRow</name>
    <message>
        <source>Record my voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording finished: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ Stop (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording: speak now, then press the button again to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording cancelled: nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceRecorder</name>
    <message>
        <source>A recording is already under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound cannot be recorded on this computer (GStreamer: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound cannot be recorded on this computer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone can be used: plug one in, or check that no other program holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is being recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A voice recording lasts at most %n minute(s): it stopped there.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The recording could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded: check the microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the recording (disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkthroughCommand</name>
    <message>
        <source>Show the demo course without a display: as the teacher, then as a student who takes the quiz and reads the feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo course &quot;%1&quot; is in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the demo course &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the teacher, %1: the lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo class has no lessons: load the demo into a new data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first lesson, as the students will read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo course has no quiz or no student: load the demo into a new data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the student %1: the lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (%1 reads the first lesson and marks it completed.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hands in the quiz:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the teacher: feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comments version %2: %3 (score %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the student again: my work and its feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback: %1 (score %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes are waiting on this device for the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkCard</name>
    <message>
        <source>for %1</source>
        <comment>when work is due</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesson: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Handed in %n time(s)</source>
        <translation>
            <numerusform>Handed in once</numerusform>
            <numerusform>Handed in %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files to download: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkStates</name>
    <message>
        <source>Handed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation type="unfinished">
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
