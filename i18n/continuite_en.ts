<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <source>✓ Lesson done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have finished this lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson marked as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this lesson as done</source>
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
</context>
<context>
    <name>MarkdownSection</name>
    <message>
        <source>*Nothing in this part.*</source>
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
        <source>Could not store the file (disk full?): %1</source>
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
        <source>Nobody uses this device yet. Ask your teacher for your login card, or start the app with --demo to try it.</source>
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
</TS>
